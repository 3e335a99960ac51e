/**
 * Dedup and clustering end to end on a labelled synthetic set (scripts/lib/synthetic.ts: planted
 * events, two similar events per story, wire copies and near-duplicates) through the real stages
 * and embedded store: pinned quality, order independence, idempotence.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticles, type SyntheticArticle } from '../scripts/lib/synthetic.js';
import { ingestSynthetic } from '../scripts/lib/ingest-synthetic.js';
import { bcubed, pairwise } from '../scripts/lib/bcubed.js';
import { openEmbeddedStore } from '../src/store/embedded/index.js';
import { defaultStagesFor } from '../src/stages.js';
import { DEFAULT_CONFIG } from '../src/config.js';
import type { Store } from '../src/store/store.js';
import { tempDir, testCtx } from './helpers.js';

const SET = [...generateArticles({ articles: 160, seed: 11 })];
const root = tempDir('dossier-clusters-');
const stages = defaultStagesFor(DEFAULT_CONFIG);

interface Outcome {
  readonly event: Map<string, string>;
  readonly story: Map<string, string>;
  /** Copy group of each article: its duplicateOf, or itself. */
  readonly copyGroup: Map<string, string>;
  readonly store: Store;
}

async function ingest(order: readonly SyntheticArticle[], batchSize: number): Promise<Outcome> {
  const opened = await openEmbeddedStore(mkdtempSync(join(root, 's-')));
  if (!opened.ok) throw new Error(opened.error.message);
  const store = opened.value;
  await ingestSynthetic(store, order, stages, testCtx(), batchSize);
  const event = new Map<string, string>();
  const story = new Map<string, string>();
  const copyGroup = new Map<string, string>();
  for await (const a of store.streamArticles()) {
    const name = a.source.path!;
    event.set(name, a.event ?? `none:${name}`);
    story.set(name, a.story ?? `none:${name}`);
    copyGroup.set(name, a.duplicateOf ?? a.id);
  }
  return { event, story, copyGroup, store };
}

/** Planted truth, keyed by article name. */
function truth(articles: readonly SyntheticArticle[]) {
  const byName = new Map(articles.map((a) => [a.name, a]));
  const rootOf = (a: SyntheticArticle): string => (a.truth.copyOf ? rootOf(byName.get(a.truth.copyOf)!) : a.name);
  return {
    event: new Map(articles.map((a) => [a.name, a.truth.event])),
    story: new Map(articles.map((a) => [a.name, a.truth.story])),
    copyGroup: new Map(articles.map((a) => [a.name, rootOf(a)])),
  };
}

describe('clustering on a labelled synthetic set', () => {
  const gold = truth(SET);

  it('finds the planted events, stories and copies (pinned scores)', async () => {
    const out = await ingest(SET, 40);
    try {
      const events = bcubed(out.event, gold.event);
      const stories = bcubed(out.story, gold.story);
      const copies = pairwise(out.copyGroup, gold.copyGroup);
      console.log(`synthetic 160: events BCubed F1 ${events.f1.toFixed(3)} (P ${events.p.toFixed(3)} R ${events.r.toFixed(3)}), stories ${stories.f1.toFixed(3)}, copies P ${copies.p.toFixed(3)} R ${copies.r.toFixed(3)}`);
      expect(events.f1).toBeGreaterThanOrEqual(EVENTS_F1_BAR);
      expect(stories.f1).toBeGreaterThanOrEqual(STORIES_F1_BAR);
      expect(copies.p).toBeGreaterThanOrEqual(COPIES_P_BAR);
      expect(copies.r).toBeGreaterThanOrEqual(COPIES_R_BAR);
      // Every event's articles are linked to it, and every event belongs to a story that lists it.
      for (const e of await out.store.listEvents({}, { limit: 1000 })) {
        expect(e.story).not.toBeNull();
        expect((await out.store.getStory(e.story!))?.events).toContain(e.id);
      }
    } finally {
      await out.store.close();
    }
  });

  it('gives nearly the same events whatever order and batch size the articles arrive in', async () => {
    const reference = await ingest(SET, 40);
    await reference.store.close();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 30 }), fc.constantFrom(17, 60), async (seed, batchSize) => {
        const shuffled = shuffle(SET, seed);
        const out = await ingest(shuffled, batchSize);
        await out.store.close();
        const agreement = bcubed(out.event, reference.event);
        console.log(`order seed ${seed}, batches of ${batchSize}: events agree with the reference at BCubed F1 ${agreement.f1.toFixed(3)}`);
        expect(agreement.f1).toBeGreaterThanOrEqual(ORDER_AGREEMENT_BAR);
      }),
      { numRuns: 2, seed: 7, examples: [[12345, 17]] },
    );
  });
});

/** Measured on this set (see the console lines above), minus a small margin, so a real drop fails. */
// Measured: events 0.918 (P 0.848 R 1.000), stories 0.997, copies P 0.976 R 1.000, order agreement 1.000.
const EVENTS_F1_BAR = 0.89;
const STORIES_F1_BAR = 0.95;
const COPIES_P_BAR = 0.95;
const COPIES_R_BAR = 0.95;
const ORDER_AGREEMENT_BAR = 0.95;

function shuffle<T>(xs: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const random = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return xs.map((x) => [random(), x] as const).sort((p, q) => p[0] - q[0]).map(([, x]) => x);
}
