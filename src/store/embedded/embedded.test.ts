import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runStoreContract, sampleAnalysis, sampleArticle } from '../store-contract.js';
import { openEmbeddedStore, EMBEDDED_FILE } from './index.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import type { StoreOptions } from '../sql-store.js';
import { tempDir } from '../../../test/helpers.js';
import { mkdtempSync } from 'node:fs';

const root = tempDir();
const fresh = async (options?: StoreOptions) => {
  const r = await openEmbeddedStore(mkdtempSync(join(root, 's-')), undefined, options);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

runStoreContract('embedded', fresh);

describe('embedded store', () => {
  it('keeps its data across reopen and migrates only once', async () => {
    const dir = mkdtempSync(join(root, 'reopen-'));
    const a = await openEmbeddedStore(dir);
    if (!a.ok) throw new Error(a.error.message);
    await a.value.addArticles([{ article: sampleArticle(1), analysis: sampleAnalysis }]);
    await a.value.close();
    const b = await openEmbeddedStore(dir);
    if (!b.ok) throw new Error(b.error.message);
    expect(await b.value.countArticles()).toBe(1);
    expect(await b.value.schemaVersion()).toBe(Math.max(...SQLITE_MIGRATIONS.map((m) => m.version)));
    await b.value.close();
  });

  it('refuses a store written by a newer schema and says which versions it reads', async () => {
    const dir = mkdtempSync(join(root, 'newer-'));
    const a = await openEmbeddedStore(dir);
    if (!a.ok) throw new Error(a.error.message);
    await a.value.close();
    const db = new Database(join(dir, EMBEDDED_FILE));
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01')").run();
    db.close();
    const b = await openEmbeddedStore(dir);
    expect(!b.ok && b.error.code).toBe('STORE_SCHEMA_VERSION');
    expect(!b.ok && b.error.message).toMatch(/schema version 99.*versions 1 to \d/);
  });

  it('reports a store path that cannot be a folder', async () => {
    const file = join(root, 'not-a-folder');
    writeFileSync(file, 'x');
    const r = await openEmbeddedStore(file);
    expect(!r.ok && r.error.code).toBe('STORE_UNAVAILABLE');
  });
});
