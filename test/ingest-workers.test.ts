/**
 * Ingest on worker threads. The pool starts compiled workers only, so these tests run the built
 * dist/ (the binary, or its library entry): parallel ingest stores the same articles in the same
 * order as the main thread alone, and a worker that fails does not stop the ingest.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateArticles } from '../scripts/lib/synthetic.js';
import { REPO, runCli, tempDir, testCtx } from './helpers.js';

const root = tempDir();
const corpus = join(root, 'corpus');
mkdirSync(corpus);
for (const a of generateArticles({ articles: 130, seed: 11, htmlShare: 0.3 })) writeFileSync(join(corpus, a.name), a.content);

function ingestWith(workers: number): { stderr: string; articles: Record<string, unknown>[] } {
  const config = join(root, `config-${workers}.json`);
  writeFileSync(config, JSON.stringify({ ingest: { workers, batchSize: 40 } }));
  const db = join(root, `db-${workers}`);
  const r = runCli(['ingest', corpus, '--db', db, '--config', config, '--verbose']);
  expect(r.status, r.stderr).toBe(0);
  const exported = JSON.parse(runCli(['export', '--db', db]).stdout) as { articles: Record<string, unknown>[] };
  const articles = exported.articles.map(({ id, source, format, title, outlet, authors, credits, published, body, removed }) => ({ id, source, format, title, outlet, authors, credits, published, body, removed }));
  return { stderr: r.stderr, articles };
}

describe('dossier ingest with worker threads', () => {
  it('stores what the main thread alone stores, in the same order', () => {
    const alone = ingestWith(0);
    const parallel = ingestWith(2);
    expect(alone.stderr).not.toMatch(/worker thread/);
    expect(parallel.stderr).toMatch(/debug: cleaning on 2 worker threads/);
    expect(parallel.stderr).toMatch(/ingested 130 articles, 0 already stored, 0 rejected/);
    expect(parallel.articles).toEqual(alone.articles);
  });

  it('cleans on the main thread when a worker fails', async () => {
    const dist = (await import(pathToFileURL(join(REPO, 'dist', 'index.js')).href)) as typeof import('../src/index.js');
    const opened = await dist.openStore(mkdtempSync(join(root, 'broken-')));
    if (!opened.ok) throw new Error(opened.error.message);
    const config = dist.DEFAULT_CONFIG;
    const core = dist.coreStagesFor(config);
    const broken = { ...core, recipe: { ...core.recipe!, factory: 'noSuchFactory' } };
    const warnings: string[] = [];
    const ctx = { ...testCtx(), log: { debug: () => undefined, info: () => undefined, warn: (m: string) => warnings.push(m) } };
    try {
      const summary = await dist.ingestSpecs([corpus], opened.value, { ...config.ingest, workers: 1, batchSize: 40 }, broken, ctx);
      expect(summary).toMatchObject({ ingested: 130, rejected: 0 });
      expect(warnings.join('\n')).toMatch(/noSuchFactory.*cleaning on the main thread from here on/s);
    } finally {
      await opened.value.close();
    }
  });
});
