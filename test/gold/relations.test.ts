/**
 * Pinned scores on the relations gold set (gold claim records: the relation logic alone), and the
 * brief's automatic checks on every gold story. Thresholds sit a little below the measured figures
 * (see `npm run eval:relate`), so a regression fails CI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relateClaims } from '../../src/relate/index.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { buildBrief } from '../../src/brief/index.js';
import { checkBrief } from '../../src/brief/check.js';
import type { StoryMaterial } from '../../src/types.js';
import { goldLabels, HELDOUT_DIR, ingestForRecords, loadGold, predictedLabels, recordsMaterial, score, type Ingested } from './relations-eval.js';

/** Measured 2026-11-25: corroborates P 1.000 R 0.957; conflicts P 1.000 R 0.889; updates P 1.000 R 0.909. */
const PINNED = {
  corroborates: { precision: 0.95, recall: 0.9 },
  conflicts: { precision: 0.95, recall: 0.85 },
  updates: { precision: 0.95, recall: 0.85 },
} as const;

/**
 * The held-out story was written after the rules were frozen; measured then: corroborates R 0.00,
 * conflicts P 0.00 (one false conflict: an undated count restated the next day), updates R 0.00.
 * Three general fixes followed (undated figures restated on a later day within one event are
 * updates; a copy dates from its original; the source's words set no scope; residents are people),
 * giving corroborates P 1.000 R 0.500, conflicts P 1.000 R 1.000, updates P 1.000 R 0.500.
 * It is pinned as a regression set now, no longer as an unseen one.
 */
const HELDOUT_PINNED = {
  corroborates: { precision: 0.95, recall: 0.45 },
  conflicts: { precision: 0.95, recall: 0.95 },
  updates: { precision: 0.95, recall: 0.45 },
} as const;

const stories = loadGold();
const heldout = loadGold(HELDOUT_DIR);
let ing: Ingested;
let held: Ingested;
let materials: StoryMaterial[];
let heldMaterials: StoryMaterial[];

beforeAll(async () => {
  ing = await ingestForRecords(stories);
  materials = stories.map((s) => recordsMaterial(s, ing.byFile));
  held = await ingestForRecords(heldout, HELDOUT_DIR);
  heldMaterials = heldout.map((s) => recordsMaterial(s, held.byFile));
});
afterAll(async () => {
  await ing?.close();
  await held?.close();
});

describe('relations gold set', () => {
  it('holds at least 60 hand-labelled pairs across several multi-outlet stories', () => {
    expect(stories.length).toBeGreaterThanOrEqual(4);
    expect(stories.reduce((n, s) => n + s.pairs.length, 0)).toBeGreaterThanOrEqual(60);
  });

  it.each(Object.entries(PINNED))('%s keeps its pinned precision and recall', (kind, pinned) => {
    const relations = materials.flatMap((m) => [...relateClaims(m).relations]);
    const { kinds } = score(goldLabels(stories), predictedLabels(relations).labels);
    const k = kinds.find((x) => x.kind === kind)!;
    expect(k.precision).toBeGreaterThanOrEqual(pinned.precision);
    expect(k.recall).toBeGreaterThanOrEqual(pinned.recall);
  });

  it.each(Object.entries(HELDOUT_PINNED))('%s keeps its pinned scores on the once-held-out story', (kind, pinned) => {
    const relations = heldMaterials.flatMap((m) => [...relateClaims(m).relations]);
    const k = score(goldLabels(heldout), predictedLabels(relations).labels).kinds.find((x) => x.kind === kind)!;
    expect(k.precision).toBeGreaterThanOrEqual(pinned.precision);
    expect(k.recall).toBeGreaterThanOrEqual(pinned.recall);
  });

  it('briefs of every gold story quote their cited spans verbatim and cite no removed chrome', () => {
    for (const m of [...materials, ...heldMaterials]) {
      const { relations, facts } = relateClaims(m);
      const brief = buildBrief({ material: m, relations, facts, timeline: buildTimeline(m) }, { sentences: 8 });
      expect(brief.sentences.length).toBeGreaterThan(0);
      expect(checkBrief(brief, m.articles)).toEqual([]);
    }
  });

  it('states the treaty story\'s disagreement in its brief with the conflict template', () => {
    const treaty = materials.find((m) => m.story?.label === 'drava-treaty')!;
    const { relations, facts } = relateClaims(treaty);
    const brief = buildBrief({ material: treaty, relations, facts, timeline: buildTimeline(treaty) });
    expect(brief.sentences.some((s) => s.kind === 'conflict' && s.text.startsWith('Sources disagree on'))).toBe(true);
  });
});
