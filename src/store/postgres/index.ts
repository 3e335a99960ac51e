/**
 * The PostgreSQL store: `--db postgres://user@host:port/db[?schema=name]`. The same schema and
 * queries as the embedded store (sql-store.ts); migrations are applied on open. `schema` (default
 * `public`) lets several dossiers share a database; it is created when missing.
 */
import { createHash } from 'node:crypto';
import { err, ok, type Result } from '../../result.js';
import { applyMigrations } from '../migrate.js';
import { SqlStore, type StoreOptions } from '../sql-store.js';
import type { Store } from '../store.js';
import type { SqlDriver } from '../driver.js';
import { PG_MIGRATIONS } from './migrations.js';
import { createPgPool, openPgDriver, quoteIdent } from './pg-driver.js';
import { TSVECTOR_SEARCH } from './search.js';

/** Lock taken while a schema is created, shared with migrate.ts's lock so one starter goes at a time. */
const SCHEMA_LOCK = 74110001;

export const isPostgresUrl = (db: string): boolean => /^postgres(?:ql)?:\/\//i.test(db);

export interface PostgresTarget {
  /** Connection string handed to pg, without Dossier's own parameters. */
  readonly connectionString: string;
  readonly schema: string | null;
  /** The URL without its password, for messages. */
  readonly redacted: string;
}

/** Splits a `postgres://` URL into what pg reads and Dossier's `schema` parameter; null when it is not a valid URL. */
export function parsePostgresUrl(db: string): PostgresTarget | null {
  let url: URL;
  try {
    url = new URL(db);
  } catch {
    return null;
  }
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  const redacted = new URL(url.href);
  if (redacted.password) redacted.password = '***';
  if (schema) redacted.searchParams.set('schema', schema);
  return { connectionString: url.href, schema: schema || null, redacted: redacted.href };
}

/** Opens (migrating if needed) the PostgreSQL store at `db`. */
export async function openPostgresStore(db: string, now: () => Date = () => new Date(), options: StoreOptions = {}): Promise<Result<Store>> {
  const target = parsePostgresUrl(db);
  if (!target) return err('STORE_UNAVAILABLE', `"${db}" is not a valid postgres:// URL; expected postgres://user@host:port/database[?schema=name]`);
  if (target.schema !== null && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(target.schema)) {
    return err('STORE_UNAVAILABLE', `schema "${target.schema}" in ${target.redacted} is not a plain identifier; use letters, digits and _`);
  }
  const pool = createPgPool({ connectionString: target.connectionString, ...(target.schema ? { schema: target.schema } : {}) });
  const driver = openPgDriver(pool);
  try {
    if (target.schema) {
      await driver.transaction(async (tx) => {
        await tx.run(`SELECT pg_advisory_xact_lock(${SCHEMA_LOCK})`);
        await tx.run(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(target.schema!)}`);
      });
    }
    const migrated = await applyMigrations(driver, PG_MIGRATIONS, now);
    if (!migrated.ok) {
      await driver.close();
      return migrated;
    }
  } catch (cause) {
    await driver.close().catch(() => undefined);
    return err('STORE_UNAVAILABLE', `cannot open the PostgreSQL store at ${target.redacted}: ${describeError(cause)}; is the server running and the database created?`, cause);
  }
  return ok(new SqlStore('postgres', target.redacted, driver, TSVECTOR_SEARCH, { afterRestore: moveSequencesPastIds, lockFingerprints }, options));
}

/**
 * Transaction-scoped advisory locks on the batch's fingerprints, in ascending key order (the subquery's
 * ORDER BY fixes the order the locks are taken in). Keys are 52 bits of sha256(fingerprint): a
 * collision only makes two batches wait for each other.
 */
async function lockFingerprints(tx: SqlDriver, fingerprints: readonly string[]): Promise<void> {
  const keys = [...new Set(fingerprints.map((f) => Number.parseInt(createHash('sha256').update(f).digest('hex').slice(0, 13), 16)))].sort((a, b) => a - b);
  if (keys.length === 0) return;
  await tx.run('SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT unnest(?::bigint[]) AS k ORDER BY 1) AS ordered', [`{${keys.join(',')}}`]);
}

/** After explicit ids were written (import), the next generated id must come after the largest. */
async function moveSequencesPastIds(tx: SqlDriver, tables: readonly string[]): Promise<void> {
  for (const t of tables) {
    await tx.run(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), COALESCE((SELECT MAX(id) FROM ${t}), 0) + 1, false)`);
  }
}

/** pg's connection errors are sometimes an AggregateError with an empty message (one per address tried). */
function describeError(cause: unknown): string {
  const e = cause as { message?: string; code?: string; errors?: unknown[] };
  if (e?.message) return e.message;
  if (Array.isArray(e?.errors) && e.errors.length) return e.errors.map(describeError).join('; ');
  return e?.code ?? String(cause);
}
