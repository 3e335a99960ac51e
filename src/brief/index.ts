/**
 * Brief: one story -> a few cited sentences. Extractive: every sentence is copied verbatim from
 * the spans it cites; the only written words are the conflict template ("Sources disagree on X:
 * A says "…"; B says "…""). It leads with the latest event, prefers what independent sources
 * corroborate, and states disagreements instead of picking a side. Pure.
 */
import type { Brief, BriefSentence, BriefSide, ClaimId, Fact, Relation, StoryMaterial, TimelineEntry } from '../types.js';
import { copyRoots, outletName } from '../relate/sources.js';
import { collectCandidates, citation, originalFirst, verbatimSplit, type Candidate, type Cited } from './candidates.js';

export interface BriefOptions {
  /** Sentences in the brief, conflict lines included. Default 5. */
  readonly sentences: number;
  /** At most this many conflict lines. Default 2. */
  readonly maxConflicts: number;
}

export const DEFAULT_BRIEF_OPTIONS: BriefOptions = Object.freeze({ sentences: 5, maxConflicts: 2 });

export interface BriefInput {
  readonly material: StoryMaterial;
  readonly relations: readonly Relation[];
  readonly facts: readonly Fact[];
  readonly timeline: readonly TimelineEntry[];
}

export function buildBrief(input: BriefInput, options: Partial<BriefOptions> = {}): Brief {
  const opts = { ...DEFAULT_BRIEF_OPTIONS, ...options };
  const m = input.material;
  const label = m.story?.label ?? 'All articles';
  if (opts.sentences <= 0) return { story: m.story?.id ?? null, label, sentences: [] };

  const recency = eventRecency(m);
  const conflicted = new Set(input.relations.filter((r) => r.kind === 'conflicts').flatMap((r) => r.claims));
  const superseded = new Set(input.relations.filter((r) => r.kind === 'updates').map((r) => r.claims[0]!));
  const conflictedSpans = m.claims.filter((c) => conflicted.has(c.id)).map((c) => ({ article: c.article, span: c.span }));
  const contested = (c: Candidate) =>
    [...c.claims].some((id) => conflicted.has(id)) ||
    [...c.sources, ...c.alsoReportedBy].some((s) => conflictedSpans.some((x) => x.article === s.article && x.span.start < s.span.end && s.span.start < x.span.end));

  const candidates = collectCandidates(m, input.facts, input.timeline).filter((c) => !contested(c));
  // Events in time order; an article outside any event ranks by its own publication day.
  const rank = (c: Candidate): string => (c.event !== null && recency.has(c.event) ? recency.get(c.event)! : c.published);
  const isSuperseded = (c: Candidate) => ([...c.claims].some((id) => superseded.has(id)) ? 1 : 0);

  // Lead: the opening sentence of the latest event's first original article, else its best-sourced sentence.
  const latest = candidates.map(rank).sort().at(-1);
  const lead = candidates
    .filter((c) => rank(c) === latest)
    .sort((a, b) => a.position - b.position || b.independent - a.independent || isSuperseded(a) - isSuperseded(b))[0];
  const conflictLines = conflictSentences(input, opts.maxConflicts).slice(0, Math.max(0, opts.sentences - (lead ? 1 : 0)));
  const room = opts.sentences - (lead ? 1 : 0) - conflictLines.length;
  const facts = candidates
    .filter((c) => c !== lead)
    .sort((a, b) => b.independent - a.independent || isSuperseded(a) - isSuperseded(b) || rank(b).localeCompare(rank(a)) || a.position - b.position)
    .slice(0, Math.max(0, room));

  const sentences: BriefSentence[] = [
    ...(lead ? [toSentence(lead, 'lead')] : []),
    ...facts.map((c) => toSentence(c, 'fact')),
    ...conflictLines,
  ];
  return { story: m.story?.id ?? null, label, sentences };
}

const toSentence = (c: Candidate, kind: 'lead' | 'fact'): BriefSentence => ({
  kind, text: c.text, sources: c.sources, alsoReportedBy: c.alsoReportedBy, independentSources: c.independent, event: c.event,
});

/** Each event's time key: its `when` end, else its latest article's publication day (ISO strings compare in time order). */
function eventRecency(m: StoryMaterial): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of m.articles) {
    if (!a.event || !a.published?.end) continue;
    const prev = out.get(a.event);
    if (!prev || a.published.end > prev) out.set(a.event, a.published.end);
  }
  for (const e of m.events) if (e.when?.end) out.set(e.id, e.when.end);
  return out;
}

/** One line per pair of disagreeing facts, the best-sourced disagreements first. */
function conflictSentences(input: BriefInput, max: number): BriefSentence[] {
  const m = input.material;
  const articles = new Map(m.articles.map((a) => [a.id, a]));
  const claims = new Map(m.claims.map((c) => [c.id, c]));
  const factOf = new Map<ClaimId, Fact>();
  for (const f of input.facts) for (const id of f.claims) factOf.set(id, f);
  const order = originalFirst(copyRoots(m.articles));
  const seen = new Set<string>();
  const lines: { sentence: BriefSentence; weight: number }[] = [];

  for (const r of input.relations) {
    if (r.kind !== 'conflicts') continue;
    const facts = r.claims.map((id) => factOf.get(id)).filter((f): f is Fact => f !== undefined);
    if (facts.length !== 2) continue;
    const key = facts.map((f) => f.claims[0]).sort().join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    const sides: BriefSide[] = [];
    for (const [i, f] of facts.entries()) {
      // The side quotes the claim the relation names, with every copy of its words.
      const named = claims.get(r.claims[i]!)!;
      const cited: Cited[] = f.claims.map((id) => claims.get(id)).filter((c) => c !== undefined).map((c) => ({ article: articles.get(c.article)!, span: c.span })).filter((c) => c.article);
      const split = verbatimSplit(cited, (a, b) => (a.article.id === named.article && a.span.start === named.span.start ? -1 : b.article.id === named.article && b.span.start === named.span.start ? 1 : order(a, b)));
      if (!split) break;
      const first = split.same[0]!;
      const who = named.attributedTo ? `${outletName(first.article)} (citing ${named.attributedTo})` : outletName(first.article);
      sides.push({ who: f.sources > 1 ? `${who} and ${f.sources - 1} other source${f.sources > 2 ? 's' : ''}` : who, text: split.text, sources: split.same.map(citation) });
    }
    if (sides.length !== 2) continue;
    const about = claims.get(r.claims[0]!)!.about.trim() || 'a figure';
    const text = `Sources disagree on ${about}: ${sides.map((s) => `${s.who} says "${s.text}"`).join('; ')}`;
    lines.push({
      sentence: { kind: 'conflict', text, sources: [], alsoReportedBy: [], independentSources: facts.reduce((n, f) => n + f.sources, 0), event: articles.get(claims.get(r.claims[0]!)!.article)?.event ?? null, sides },
      weight: facts.reduce((n, f) => n + f.sources, 0),
    });
  }
  return lines.sort((a, b) => b.weight - a.weight).slice(0, max).map((l) => l.sentence);
}
