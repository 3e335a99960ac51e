/**
 * Places dated events on a horizontal time axis for the story chart: x from the event's interval,
 * a lane per row so labels do not overlap, and calendar ticks at a step that keeps them readable.
 * Pure: the chart component only draws what this returns.
 */
import type { DateValue } from '../../../types.js';
import { dayNumber } from './dates.js';

export interface TimelineInput {
  readonly id: string;
  readonly label: string;
  readonly when: DateValue | null;
  readonly weight: number;
}

export interface PlacedEvent extends TimelineInput {
  readonly x: number;
  /** Right end of the interval (equal to x for a single day). */
  readonly x2: number;
  readonly lane: number;
  /** Which side of the mark the label goes: 'start' = to the right. */
  readonly anchor: 'start' | 'end';
}

export interface Tick {
  readonly x: number;
  readonly label: string;
}

export interface TimelineLayout {
  readonly placed: PlacedEvent[];
  readonly undated: TimelineInput[];
  readonly ticks: Tick[];
  readonly lanes: number;
}

export interface LayoutOptions {
  /** Drawing width in px, margins included. */
  readonly width: number;
  /** Left and right margin, px. */
  readonly margin: number;
  /** Approximate width of one label character, px (labels are cut to fit a lane). */
  readonly charWidth: number;
  /** Longest label kept, characters. */
  readonly maxLabelChars: number;
  /** At most this many ticks. */
  readonly maxTicks: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { width: 760, margin: 24, charWidth: 6.5, maxLabelChars: 40, maxTicks: 8 };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function layoutTimeline(events: readonly TimelineInput[], options: LayoutOptions = DEFAULT_LAYOUT): TimelineLayout {
  const dated = events.filter((e) => e.when?.start && e.when.end && !Number.isNaN(dayNumber(e.when.start)) && !Number.isNaN(dayNumber(e.when.end)));
  const undated = events.filter((e) => !dated.includes(e));
  if (dated.length === 0) return { placed: [], undated, ticks: [], lanes: 0 };
  let min = Math.min(...dated.map((e) => dayNumber(e.when!.start!)));
  let max = Math.max(...dated.map((e) => dayNumber(e.when!.end!)));
  // A single day (or identical days) still needs a visible axis: pad by a few days each side.
  if (max - min < 6) {
    min -= 3;
    max += 3;
  }
  const inner = options.width - 2 * options.margin;
  const xOf = (day: number): number => options.margin + ((day - min) / (max - min)) * inner;

  const laneEnds: number[] = [];
  const placed = [...dated]
    .sort((a, b) => dayNumber(a.when!.start!) - dayNumber(b.when!.start!))
    .map((e) => {
      const x = xOf(dayNumber(e.when!.start!));
      const x2 = xOf(dayNumber(e.when!.end!));
      const labelWidth = Math.min(e.label.length, options.maxLabelChars) * options.charWidth + 12;
      // Labels run right of the mark (past the end of an interval), or left of its start when they would leave the drawing.
      const anchor: 'start' | 'end' = x2 + labelWidth > options.width ? 'end' : 'start';
      const [from, to] = anchor === 'start' ? [x - 6, x2 + labelWidth] : [x - labelWidth, x2 + 6];
      let lane = laneEnds.findIndex((end) => end < from);
      if (lane < 0) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = to + 4;
      return { ...e, x, x2, lane, anchor };
    });
  return { placed, undated, ticks: ticksBetween(min, max, xOf, options.maxTicks), lanes: laneEnds.length };
}

type Unit = { readonly name: string; readonly step: (d: Date) => Date; readonly floor: (d: Date) => Date; readonly label: (d: Date) => string };

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m, d));
const UNITS: readonly Unit[] = [
  { name: 'day', floor: (d) => d, step: (d) => utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1), label: (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` },
  { name: 'week', floor: (d) => utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7)), step: (d) => utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 7), label: (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` },
  { name: 'month', floor: (d) => utc(d.getUTCFullYear(), d.getUTCMonth(), 1), step: (d) => utc(d.getUTCFullYear(), d.getUTCMonth() + 1, 1), label: (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` },
  { name: 'quarter', floor: (d) => utc(d.getUTCFullYear(), d.getUTCMonth() - (d.getUTCMonth() % 3), 1), step: (d) => utc(d.getUTCFullYear(), d.getUTCMonth() + 3, 1), label: (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` },
  { name: 'year', floor: (d) => utc(d.getUTCFullYear(), 0, 1), step: (d) => utc(d.getUTCFullYear() + 1, 0, 1), label: (d) => String(d.getUTCFullYear()) },
  { name: 'decade', floor: (d) => utc(d.getUTCFullYear() - (d.getUTCFullYear() % 10), 0, 1), step: (d) => utc(d.getUTCFullYear() + 10, 0, 1), label: (d) => String(d.getUTCFullYear()) },
];

/** Calendar-aligned ticks inside [min, max] (days since epoch), at the finest unit that gives at most `maxTicks`. */
export function ticksBetween(min: number, max: number, xOf: (day: number) => number, maxTicks: number): Tick[] {
  for (const unit of UNITS) {
    const ticks: Tick[] = [];
    let d = unit.floor(new Date(min * 86_400_000));
    if (d.getTime() / 86_400_000 < min) d = unit.step(d);
    while (d.getTime() / 86_400_000 <= max && ticks.length <= maxTicks) {
      ticks.push({ x: xOf(d.getTime() / 86_400_000), label: unit.label(d) });
      d = unit.step(d);
    }
    if (ticks.length <= maxTicks) return ticks;
  }
  return [];
}
