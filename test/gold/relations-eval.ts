/**
 * The relations gold set (test/gold/relations/<story>/{articles/*.txt, gold.json}) and its scoring,
 * shared by `npm run eval:relate` and the pinned-score test. Two modes:
 * - records: the real ingest (cleaning, metadata) reads the articles; claims, events, copies and
 *   place mentions come from the gold annotations, so only the relation logic is measured;
 * - end-to-end: the full default pipeline (extractor, clustering, relate pass) runs; extracted
 *   claims are matched to gold claims by article, overlapping span and value.
 * Labels: every pair of gold claims in two different articles is `unrelated` unless listed; a copy's
 * claim (copyOf) inherits its original's labels and is `same-source` with it.
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, basename } from 'node:path';
import { tmpdir } from 'node:os';
import type { Article, ArticleId, Claim, ClaimId, DateValue, EventId, Quantity, Relation, RelationKind, StoryId, StoryMaterial } from '../../src/types.js';
import { openStore, type Store } from '../../src/store/index.js';
import { ingestSpecs, defaultStages, type Stages } from '../../src/pipeline.js';
import { normalizeUnit } from '../../src/relate/units.js';
import { sentenceSpans } from '../../src/timeline/sentences.js';

export const GOLD_DIR = join(import.meta.dirname, 'relations');
/** Stories written after the rules were frozen, to measure on text the rules were not tuned on. */
export const HELDOUT_DIR = join(import.meta.dirname, 'relations-heldout');
export type GoldLabel = RelationKind | 'unrelated' | 'same-source';
export const KINDS: readonly RelationKind[] = ['corroborates', 'conflicts', 'updates'];

export interface GoldClaim {
  readonly id: string;
  readonly article: string;
  readonly text: string;
  readonly about: string;
  readonly quantity: Quantity | null;
  readonly when: string | null;
  readonly attributedTo: string | null;
  readonly copyOf?: string;
}

export interface GoldStory {
  readonly story: string;
  readonly articles: Record<string, { event: string; copyOf: string | null; places: string[] }>;
  readonly claims: GoldClaim[];
  readonly pairs: { claims: [string, string]; label: GoldLabel; why: string }[];
}

export function loadGold(dir = GOLD_DIR): GoldStory[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => JSON.parse(readFileSync(join(dir, d.name, 'gold.json'), 'utf8')) as GoldStory)
    .sort((a, b) => a.story.localeCompare(b.story));
}

export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Every cross-article pair of gold claims with its label (story-qualified ids: "halvik-port/p1"). */
export function goldLabels(stories: readonly GoldStory[]): Map<string, GoldLabel> {
  const out = new Map<string, GoldLabel>();
  const all = stories.flatMap((s) => s.claims.map((c) => ({ ...c, qid: `${s.story}/${c.id}`, story: s.story })));
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const [a, b] = [all[i]!, all[j]!];
      if (a.story === b.story && a.article === b.article) continue;
      out.set(pairKey(a.qid, b.qid), 'unrelated');
    }
  }
  for (const s of stories) {
    const original = (id: string): string => s.claims.find((c) => c.id === id)?.copyOf ?? id;
    const copiesOf = (id: string): string[] => [id, ...s.claims.filter((c) => c.copyOf === id).map((c) => c.id)];
    for (const c of s.claims) if (c.copyOf) out.set(pairKey(`${s.story}/${c.id}`, `${s.story}/${c.copyOf}`), 'same-source');
    for (const p of s.pairs) {
      for (const x of copiesOf(original(p.claims[0]))) {
        for (const y of copiesOf(original(p.claims[1]))) {
          const key = pairKey(`${s.story}/${x}`, `${s.story}/${y}`);
          if (out.has(key)) out.set(key, p.label);
        }
      }
    }
  }
  return out;
}

export function whenValue(w: string | null): DateValue | null {
  if (w === null) return null;
  if (/^\d{4}$/.test(w)) return { start: `${w}-01-01`, end: `${w}-12-31`, precision: 'year', text: w };
  if (/^\d{4}-\d{2}$/.test(w)) {
    const [y, m] = w.split('-').map(Number) as [number, number];
    return { start: `${w}-01`, end: `${w}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`, precision: 'month', text: w };
  }
  return { start: w, end: w, precision: 'day', text: w };
}

export interface Ingested {
  readonly store: Store;
  /** "story/file.txt" -> stored article. */
  readonly byFile: Map<string, Article>;
  close(): Promise<void>;
}

const silentCtx = { now: () => new Date('2026-06-01T00:00:00Z'), log: { debug: () => undefined, info: () => undefined, warn: () => undefined } };

/** Ingests every gold article into a fresh embedded store with the given stages. */
export async function ingestGold(stories: readonly GoldStory[], stages: Stages, dir = GOLD_DIR): Promise<Ingested> {
  const db = mkdtempSync(join(tmpdir(), 'dossier-relgold-'));
  const opened = await openStore(db);
  if (!opened.ok) throw new Error(opened.error.message);
  const store = opened.value;
  const files = stories.map((s) => join(dir, s.story, 'articles'));
  await ingestSpecs(files, store, { maxFileMiB: 8, batchSize: 200 }, stages, silentCtx);
  const byFile = new Map<string, Article>();
  for await (const a of store.streamArticles()) {
    const path = a.source.path ?? '';
    byFile.set(`${basename(join(path, '..', '..'))}/${basename(path)}`, a);
  }
  return { store, byFile, close: async () => { await store.close(); rmSync(db, { recursive: true, force: true }); } };
}

/** Ingests with the cleaning stages only (no extractor, no corpus passes). */
export const ingestForRecords = (stories: readonly GoldStory[], dir = GOLD_DIR) => ingestGold(stories, { ...defaultStages, extractor: null, corpus: [] }, dir);

/** A story's material built from gold records over the really ingested articles. */
export function recordsMaterial(s: GoldStory, byFile: ReadonlyMap<string, Article>): StoryMaterial {
  const storyId = `s-${s.story}` as StoryId;
  const articles: Article[] = Object.entries(s.articles).map(([file, g]) => {
    const a = byFile.get(`${s.story}/${file}`);
    if (!a) throw new Error(`gold article not ingested: ${s.story}/${file}`);
    const copy = g.copyOf ? byFile.get(`${s.story}/${g.copyOf}`)?.id ?? null : null;
    return { ...a, event: `${s.story}/${g.event}` as EventId, story: storyId, duplicateOf: copy };
  });
  const byName = new Map(Object.keys(s.articles).map((f, i) => [f, articles[i]!]));
  const claims: Claim[] = s.claims.map((c) => {
    const a = byName.get(c.article)!;
    const at = a.body.indexOf(c.text);
    if (at < 0) throw new Error(`gold claim ${s.story}/${c.id} not in the clean body of ${c.article}`);
    const sentence = sentenceSpans(a.body).find((x) => x.start <= at && at < x.end) ?? { start: at, end: at + c.text.length };
    return {
      id: `${s.story}/${c.id}` as ClaimId, article: a.id, sentence: a.body.slice(sentence.start, sentence.end), span: sentence,
      about: c.about, quantity: c.quantity, when: whenValue(c.when), attributedTo: c.attributedTo,
    };
  });
  // Place mentions as an entity extractor would give them: every occurrence of the article's places.
  const mentions = Object.entries(s.articles).flatMap(([file, g]) => {
    const a = byName.get(file)!;
    return g.places.flatMap((p) => [...a.body.matchAll(new RegExp(`\\b${p}\\b`, 'g'))].map((m) => ({
      article: a.id, name: p, type: 'place' as const, text: p, span: { start: m.index, end: m.index + p.length },
    })));
  });
  const events = [...new Set(articles.map((a) => a.event!))].map((id) => ({ id, label: id, articles: articles.filter((a) => a.event === id).map((a) => a.id), when: null, story: storyId }));
  return { story: { id: storyId, label: s.story, events: events.map((e) => e.id), articles: articles.map((a) => a.id) }, events, articles, claims, quotes: [], dates: [], mentions };
}

/** Relations over claim ids -> predicted labels per pair key. */
export function predictedLabels(relations: readonly Relation[], idMap: (c: ClaimId) => string | null = (c) => c): { labels: Map<string, RelationKind>; unjudged: number } {
  const labels = new Map<string, RelationKind>();
  let unjudged = 0;
  for (const r of relations) {
    const ids = r.claims.map(idMap);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        if (ids[i] === null || ids[j] === null || ids[i] === ids[j]) unjudged++;
        else labels.set(pairKey(ids[i]!, ids[j]!), r.kind);
      }
    }
  }
  return { labels, unjudged };
}

export interface KindScore { readonly kind: RelationKind; readonly tp: number; readonly fp: number; readonly fn: number; readonly precision: number; readonly recall: number; readonly f1: number }

export function score(gold: ReadonlyMap<string, GoldLabel>, predicted: ReadonlyMap<string, RelationKind>): { kinds: KindScore[]; errors: string[] } {
  const errors: string[] = [];
  const kinds = KINDS.map((kind) => {
    let tp = 0, fp = 0, fn = 0;
    for (const [key, label] of gold) {
      const p = predicted.get(key);
      if (p === kind && label === kind) tp++;
      else if (p === kind) (fp++, errors.push(`false ${kind}: ${key} (gold ${label})`));
      else if (label === kind) (fn++, errors.push(`missed ${kind}: ${key}${p ? ` (said ${p})` : ''}`));
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    return { kind, tp, fp, fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  });
  return { kinds, errors: [...new Set(errors)].sort() };
}

/**
 * Maps extracted claims to gold claims: same article, overlapping the gold text, and (when both
 * carry a quantity) the same value after unit scale, within 1%. One extracted claim per gold claim.
 */
export function matchExtracted(stories: readonly GoldStory[], byFile: ReadonlyMap<string, Article>, claims: readonly Claim[]): Map<ClaimId, string> {
  const out = new Map<ClaimId, string>();
  const used = new Set<ClaimId>();
  for (const s of stories) {
    for (const g of s.claims) {
      const a = byFile.get(`${s.story}/${g.article}`);
      if (!a) continue;
      const at = a.body.indexOf(g.text);
      const span = { start: at, end: at + g.text.length };
      const candidates = claims.filter((c) => c.article === a.id && !used.has(c.id) && c.span.start < span.end && span.start < c.span.end);
      const gv = g.quantity ? g.quantity.value * normalizeUnit(g.quantity.unit).scale : null;
      const match = candidates.find((c) => {
        if (gv === null) return c.quantity === null;
        if (!c.quantity) return false;
        const cv = c.quantity.value * normalizeUnit(c.quantity.unit).scale;
        return Math.abs(cv - gv) <= 0.01 * Math.abs(gv) || Math.abs(c.quantity.value - g.quantity!.value) <= 0.01 * Math.abs(g.quantity!.value);
      });
      if (match) {
        used.add(match.id);
        out.set(match.id, `${s.story}/${g.id}`);
      }
    }
  }
  return out;
}

export type { ArticleId };
