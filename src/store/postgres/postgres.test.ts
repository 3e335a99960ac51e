import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { runStoreContract, sampleAnalysis, sampleArticle } from '../store-contract.js';
import { openPostgresStore, parsePostgresUrl } from './index.js';
import { toPgPlaceholders } from './pg-driver.js';
import { PG_MIGRATIONS } from './migrations.js';
import { freshPgUrl, hasPg, PG_URL, pgSkipReason } from '../../../test/pg.js';
import type { Store } from '../store.js';
import type { StoreOptions } from '../sql-store.js';

const open = async (url: string, options?: StoreOptions): Promise<Store> => {
  const r = await openPostgresStore(url, undefined, options);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('postgres placeholders and URLs', () => {
  it.each([
    { name: 'numbers each ?', input: 'SELECT ? , ?', expected: 'SELECT $1 , $2' },
    { name: 'leaves quoted ? alone', input: "SELECT '?', \"a?\", ?", expected: "SELECT '?', \"a?\", $1" },
    { name: 'no placeholders', input: 'SELECT 1', expected: 'SELECT 1' },
  ])('$name', ({ input, expected }) => expect(toPgPlaceholders(input)).toBe(expected));

  it('reads the schema parameter and hides the password', () => {
    expect(parsePostgresUrl('postgres://u:secret@h:5433/db?schema=s1&sslmode=disable')).toEqual({
      connectionString: 'postgres://u:secret@h:5433/db?sslmode=disable',
      schema: 's1',
      redacted: 'postgres://u:***@h:5433/db?sslmode=disable&schema=s1',
    });
    expect(parsePostgresUrl('postgres://')).toMatchObject({ schema: null });
  });

  it('reports an unreachable server as STORE_UNAVAILABLE', async () => {
    const r = await openPostgresStore('postgres://nobody@127.0.0.1:1/none');
    expect(!r.ok && r.error.code).toBe('STORE_UNAVAILABLE');
    expect(!r.ok && r.error.message).toMatch(/127\.0\.0\.1:1\/none/);
  });

  it('rejects a schema name that is not a plain identifier', async () => {
    const r = await openPostgresStore('postgres://u@127.0.0.1:1/db?schema=a;drop');
    expect(!r.ok && r.error.message).toMatch(/not a plain identifier/);
  });
});

if (!hasPg) describe.skip(`postgres store (${pgSkipReason})`, () => undefined);
else {
  runStoreContract('postgres', (options) => open(freshPgUrl('contract'), options));

  describe('postgres store', () => {
    it('migrates once, even when several processes open a new store at the same time', async () => {
      const url = freshPgUrl('migrate');
      const stores = await Promise.all(Array.from({ length: 4 }, () => open(url)));
      await stores[0]!.addArticles([{ article: sampleArticle(1), analysis: sampleAnalysis }]);
      for (const s of stores) expect(await s.countArticles()).toBe(1);
      await Promise.all(stores.map((s) => s.close()));
      const again = await open(url);
      expect(await again.schemaVersion()).toBe(Math.max(...PG_MIGRATIONS.map((m) => m.version)));
      await again.close();
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      const schema = new URL(url).searchParams.get('schema');
      const rows = (await client.query(`SELECT version FROM "${schema}".schema_migrations`)).rows;
      await client.end();
      expect(rows.map((r) => Number(r.version))).toEqual(PG_MIGRATIONS.map((m) => m.version));
    });

    it('refuses a store written by a newer schema and says which versions it reads', async () => {
      const url = freshPgUrl('newer');
      const s = await open(url);
      await s.close();
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`INSERT INTO "${new URL(url).searchParams.get('schema')}".schema_migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01')`);
      await client.end();
      const r = await openPostgresStore(url);
      expect(!r.ok && r.error.code).toBe('STORE_SCHEMA_VERSION');
      expect(!r.ok && r.error.message).toMatch(/schema version 99.*versions 1 to \d/);
    });

    it('returns integer ids and counts as numbers and searches through the GIN index', async () => {
      const url = freshPgUrl('types');
      const s = await open(url);
      try {
        await s.addArticles([{ article: sampleArticle(1), analysis: sampleAnalysis }]);
        expect(await s.countArticles()).toBe(1);
        const mention = (await s.listMentions(['a1' as never]))[0]!;
        expect(typeof mention.id).toBe('number');
        const client = new pg.Client({ connectionString: PG_URL });
        await client.connect();
        await client.query(`SET search_path TO "${new URL(url).searchParams.get('schema')}"`);
        await client.query('SET enable_seqscan = off');
        const plan = (await client.query(`EXPLAIN SELECT id FROM articles WHERE search @@ websearch_to_tsquery('simple', 'warehouse')`)).rows.map((r) => r['QUERY PLAN']).join('\n');
        await client.end();
        expect(plan).toMatch(/articles_search/);
      } finally {
        await s.close();
      }
    });
  });
}

if (hasPg) {
  describe('postgres and embedded schemas', () => {
    it('have the same tables and columns once migrated', async () => {
      const { openEmbeddedStore, EMBEDDED_FILE } = await import('../embedded/index.js');
      const { default: Database } = await import('better-sqlite3');
      const { mkdtempSync, rmSync } = await import('node:fs');
      const { join } = await import('node:path');
      const { tmpdir } = await import('node:os');
      const dir = mkdtempSync(join(tmpdir(), 'dossier-cols-'));
      const embedded = await openEmbeddedStore(dir);
      if (!embedded.ok) throw new Error(embedded.error.message);
      await embedded.value.close();
      const db = new Database(join(dir, EMBEDDED_FILE), { readonly: true });
      const sqliteTables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'articles_fts%' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((r) => r.name);
      const sqlite = Object.fromEntries(sqliteTables.map((t) => [t, (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name).sort()]));
      db.close();
      rmSync(dir, { recursive: true, force: true });

      const url = freshPgUrl('columns');
      const s = await open(url);
      await s.close();
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      const rows = (await client.query('SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = $1', [new URL(url).searchParams.get('schema')])).rows as { table_name: string; column_name: string }[];
      await client.end();
      const postgres: Record<string, string[]> = {};
      // `search` is PostgreSQL's stand-in for the FTS5 table.
      for (const r of rows) if (!(r.table_name === 'articles' && r.column_name === 'search')) (postgres[r.table_name] ??= []).push(r.column_name);
      for (const cols of Object.values(postgres)) cols.sort();
      expect(postgres).toEqual(sqlite);
    });
  });
}
