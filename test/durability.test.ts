/**
 * kill -9 in the middle of a large ingest, on both stores, with real processes (scripts/durability.ts):
 * the store reopens cleanly, holds only whole articles, and the same ingest run again completes it
 * without duplicates.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runDurability } from '../scripts/durability.js';
import { writeSyntheticJsonl } from '../scripts/lib/synthetic-jsonl.js';
import { tempDir } from './helpers.js';
import { guard } from './hang-guard.js';
import { BOTH_STORES, freshDb } from './stores.js';

/** Big enough for several batches (200 documents each) between kills; small enough for `npm test`. */
const ARTICLES = 1000;
const KILLS = 3;

const root = tempDir();
const input = join(root, 'input.jsonl');
await writeSyntheticJsonl({ articles: ARTICLES, seed: 11 }, [{ path: input, from: 0, to: ARTICLES }]);

describe.each(BOTH_STORES)('kill -9 during ingest (%s store)', (mode) => {
  // Each ingest runs the whole extractor (dates, entities, quotes, claims) and the corpus passes;
  // on a loaded 2-core machine one store's case took up to ~3 minutes, hence the budget.
  it('leaves only whole articles, and a re-run completes the store without duplicates', { timeout: guard(420_000) }, async () => {
    const report = await runDurability({ db: freshDb(mode, 'durable'), input, kills: KILLS, seed: mode.length });
    expect(report.expected).toBe(ARTICLES);
    // At least one kill must land mid-ingest, or the test proves nothing.
    expect(report.kills.filter((k) => k.killed).length).toBeGreaterThan(0);
    for (const k of report.kills) {
      expect(k.problems).toEqual([]);
      expect(k.afterCount).toBeLessThan(ARTICLES);
    }
    expect(report.final).toMatchObject({ exitCode: 0, articles: ARTICLES, problems: [] });
    expect(report.final.ingested + report.final.alreadyStored).toBe(ARTICLES);
    expect(report.rerun).toEqual({ ingested: 0, alreadyStored: ARTICLES });
  });
});
