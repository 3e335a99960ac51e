/** ingestSpecs over a real embedded store: re-ingest skips cleaning, duplicates within a batch, a failing stage costs one document. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultStages, ingestSpecs, type IngestEvent, type Stages } from '../src/pipeline.js';
import { openEmbeddedStore } from '../src/store/embedded/index.js';
import { DEFAULT_CONFIG } from '../src/config.js';
import type { Store } from '../src/store/store.js';
import { tempDir, testCtx } from './helpers.js';

const root = tempDir();
const page = (n: number): string => `Harbour report ${n}\n\nThe harbour authority said on Monday that ${n} ships had called at Halvik in the first week of the month, officials said.`;

function corpus(name: string, count: number): string {
  const dir = join(root, name);
  mkdirSync(dir);
  for (let i = 1; i <= count; i++) writeFileSync(join(dir, `${String(i).padStart(3, '0')}.txt`), page(i));
  return dir;
}

async function freshStore(): Promise<Store> {
  const r = await openEmbeddedStore(mkdtempSync(join(root, 'db-')));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** The default stages with a cleaner that counts the pages it is given. */
function countingStages(): { stages: Stages; cleaned: () => number } {
  let n = 0;
  const stages: Stages = { ...defaultStages, cleaner: { name: 'counting', clean: (p, ctx) => (n++, defaultStages.cleaner.clean(p, ctx)) } };
  return { stages, cleaned: () => n };
}

describe('ingestSpecs', () => {
  it('does not clean documents already stored when they come again', async () => {
    const dir = corpus('again', 30);
    const store = await freshStore();
    try {
      const { stages, cleaned } = countingStages();
      const options = { ...DEFAULT_CONFIG.ingest, batchSize: 7 };
      const first = await ingestSpecs([dir], store, options, stages, testCtx());
      expect(first).toMatchObject({ ingested: 30, alreadyStored: 0, rejected: 0 });
      expect(cleaned()).toBe(30);
      writeFileSync(join(dir, '031.txt'), page(31));
      const second = await ingestSpecs([dir], store, options, stages, testCtx());
      expect(second).toMatchObject({ ingested: 1, alreadyStored: 30, rejected: 0 });
      expect(cleaned()).toBe(31);
      expect(await store.countArticles()).toBe(31);
    } finally {
      await store.close();
    }
  });

  it('stores a document given twice in one batch once', async () => {
    const dir = corpus('twice', 3);
    const store = await freshStore();
    try {
      const r = await ingestSpecs([dir, join(dir, '002.txt')], store, DEFAULT_CONFIG.ingest, defaultStages, testCtx());
      expect(r).toMatchObject({ ingested: 3, alreadyStored: 1, rejected: 0 });
    } finally {
      await store.close();
    }
  });

  it('reports a document whose processing throws, and stores the rest of its batch', async () => {
    const dir = corpus('throws', 5);
    const store = await freshStore();
    try {
      const stages: Stages = {
        ...defaultStages,
        cleaner: { name: 'fragile', clean: (p, ctx) => (p.kind === 'text' && p.text.includes('report 3\n') ? (() => { throw new Error('boom'); })() : defaultStages.cleaner.clean(p, ctx)) },
      };
      const events: IngestEvent[] = [];
      const r = await ingestSpecs([dir], store, DEFAULT_CONFIG.ingest, stages, testCtx(), (e) => events.push(e));
      expect(r).toMatchObject({ ingested: 4, rejected: 1 });
      expect(events.filter((e) => e.kind === 'rejected')).toEqual([expect.objectContaining({ path: join(dir, '003.txt'), code: 'INTERNAL' })]);
    } finally {
      await store.close();
    }
  });
});
