/**
 * Several `dossier ingest` processes writing to one store at once (real processes, both stores):
 * two ingest the same file, two ingest other files that overlap it and each other, one of them in
 * reverse order (so PostgreSQL sees opposite lock orders and must resolve deadlocks). Every article
 * must be stored once, whole, and nothing lost.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticJsonl } from '../scripts/lib/synthetic-jsonl.js';
import { checkWholeArticles, expectedArticles } from '../scripts/lib/store-check.js';
import { parseSummary, startIngest } from '../scripts/lib/ingest-process.js';
import { openStore } from '../src/store/index.js';
import { tempDir } from './helpers.js';
import { guard } from './hang-guard.js';
import { BOTH_STORES, freshDb } from './stores.js';

const TOTAL = 1200;
const root = tempDir();
const all = join(root, 'all.jsonl');
await writeSyntheticJsonl({ articles: TOTAL, seed: 5 }, [{ path: all, from: 0, to: TOTAL }]);
const lines = readFileSync(all, 'utf8').trimEnd().split('\n');
const write = (name: string, picked: string[]): string => {
  const path = join(root, name);
  writeFileSync(path, `${picked.join('\n')}\n`);
  return path;
};
const a = write('a.jsonl', lines.slice(0, 600));
const b = write('b.jsonl', lines.slice(400, 1000));
const c = write('c.jsonl', [...lines.slice(800, 1200), ...lines.slice(0, 100)].reverse());
const jobs = [{ file: a, docs: 600 }, { file: a, docs: 600 }, { file: b, docs: 600 }, { file: c, docs: 500 }];
const expected = await expectedArticles([all]);

describe.each(BOTH_STORES)('four ingest processes at once (%s store)', (mode) => {
  it('store each article once, whole, and lose nothing', { timeout: guard(180_000) }, async () => {
    const db = freshDb(mode, 'concurrent');
    const runs = jobs.map((job, i) => startIngest([job.file], db, `dossier-concurrent-${i}`));
    const results = await Promise.all(runs.map((r) => r.done));
    const summaries = results.map((r) => parseSummary(r.stderr));
    for (const [i, r] of results.entries()) {
      expect(r.code, r.stderr).toBe(0);
      expect(summaries[i]!.ingested + summaries[i]!.alreadyStored).toBe(jobs[i]!.docs);
    }
    // Each article is counted as newly stored by exactly one process.
    expect(summaries.reduce((n, s) => n + s!.ingested, 0)).toBe(TOTAL);
    const opened = await openStore(db);
    if (!opened.ok) throw new Error(opened.error.message);
    try {
      const check = await checkWholeArticles(opened.value, expected);
      expect(check.problems).toEqual([]);
      expect(check.articles).toBe(TOTAL);
    } finally {
      await opened.value.close();
    }
  });
});
