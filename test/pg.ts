/**
 * PostgreSQL for tests: a server URL (DOSSIER_TEST_PG, default the machine's trust-auth server),
 * whether it answers, and a fresh schema per store, dropped after the file's tests.
 * When no server answers, PostgreSQL tests are skipped and `pgSkipReason` says why.
 */
import pg from 'pg';
import { afterAll } from 'vitest';

export const PG_URL = process.env.DOSSIER_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

async function probe(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (e) {
    const error = e as { message?: string; code?: string };
    return `PostgreSQL at ${PG_URL} is not reachable (${error.message || error.code || String(e)}); set DOSSIER_TEST_PG or start the server (see .ci/run)`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Null when the server answers; otherwise why PostgreSQL tests are skipped. */
export const pgSkipReason: string | null = await probe();
export const hasPg = pgSkipReason === null;
if (pgSkipReason) console.warn(`skipping PostgreSQL tests: ${pgSkipReason}`);

let counter = 0;
const created: string[] = [];
afterAll(dropCreated);

/** A store URL in a new, empty schema; the schema is dropped after the calling file's tests. */
export function freshPgUrl(label = 't'): string {
  const schema = `dossier_${label}_${process.pid}_${Date.now().toString(36)}_${++counter}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  created.push(schema);
  const url = new URL(PG_URL);
  url.searchParams.set('schema', schema);
  return url.href;
}

async function dropCreated(): Promise<void> {
  const schemas = created.splice(0);
  if (schemas.length === 0) return;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  } finally {
    await client.end();
  }
}
