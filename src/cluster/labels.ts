/**
 * Cluster members -> a readable label and an event-time date. Extractive: the label is the
 * headline of the most central article (highest total similarity to the others); the date is the
 * day the articles' own date mentions agree on most, else the earliest publication day. Pure.
 */
import type { ClusterFeatures, DateValue } from '../types.js';
import { isoDay } from './features.js';

/** Date mentions further before publication than this are background, not the event, days. */
const EVENT_WINDOW_DAYS = 14;

/** Index (into `members`) of the member with the highest total similarity to the others; ties to the first. */
export function mostCentral(members: readonly number[], sim: (i: number, j: number) => number): number {
  let best = 0;
  let bestScore = -Infinity;
  members.forEach((i, k) => {
    let score = 0;
    for (const j of members) if (j !== i) score += sim(i, j);
    if (score > bestScore) {
      bestScore = score;
      best = k;
    }
  });
  return best;
}

export function clusterLabel(headline: string | undefined): string {
  return headline && headline.trim() ? headline : '(untitled)';
}

/**
 * The event's day. Each article votes for the day-precision dates its body states that fall in the
 * fortnight up to its publication (or any, when undated), one vote shared among its days; the most
 * voted day wins, ties to the earlier. Without any, the earliest publication day; else null.
 */
export function eventWhen(features: readonly ClusterFeatures[]): DateValue | null {
  const votes = new Map<number, { weight: number; text: string }>();
  for (const f of features) {
    const days = new Map<number, string>();
    for (const d of f.dates) {
      if (f.published !== null && (d.day > f.published || d.day < f.published - EVENT_WINDOW_DAYS)) continue;
      if (!days.has(d.day)) days.set(d.day, d.text);
    }
    for (const [day, text] of days) {
      const v = votes.get(day) ?? votes.set(day, { weight: 0, text }).get(day)!;
      v.weight += 1 / days.size;
    }
  }
  if (votes.size > 0) {
    const [day, v] = [...votes].sort((a, b) => b[1].weight - a[1].weight || a[0] - b[0])[0]!;
    return { start: isoDay(day), end: isoDay(day), precision: 'day', text: v.text };
  }
  const published = features.map((f) => f.published).filter((d): d is number => d !== null);
  if (published.length === 0) return null;
  const day = Math.min(...published);
  return { start: isoDay(day), end: isoDay(day), precision: 'day' };
}
