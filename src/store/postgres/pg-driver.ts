/**
 * SqlDriver over node-postgres (`pg`): a connection pool for reads, one dedicated client per
 * transaction. Queries arrive with `?` placeholders and are sent with `$1, $2, ...`.
 */
import pg from 'pg';
import { insideTransaction, type Row, type SqlDriver, type SqlValue } from '../driver.js';

/** PostgreSQL type OIDs whose text form we parse into numbers (pg returns them as strings by default). */
const INT8_OID = 20;
const NUMERIC_OID = 1700;
/** Largest integer a JS number holds exactly; ids and counts stay far below it. */
const toNumber = (text: string): number => {
  const n = Number(text);
  if (!Number.isSafeInteger(n) && Number.isInteger(n)) throw new Error(`integer ${text} is beyond 2^53 and cannot be read exactly`);
  return n;
};
const TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID || oid === NUMERIC_OID ? toNumber : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** SQLSTATEs after which a whole transaction can be run again: serialization failure, deadlock. */
const RETRYABLE = new Set(['40001', '40P01']);
/** Attempts for a transaction that keeps losing deadlocks; each waits a little longer (ms, jittered). */
const MAX_ATTEMPTS = 8;
const BACKOFF_MS = 20;

export interface PgDriverOptions {
  readonly connectionString: string;
  /** Schema to work in (search_path); created by the caller. */
  readonly schema?: string;
  /** Pool size. Default 10. */
  readonly max?: number;
  /** Give up connecting after this long, ms. Default 10 000. */
  readonly connectTimeoutMs?: number;
}

/**
 * Replaces `?` placeholders outside quotes with `$1, $2, ...`. Our SQL never uses PostgreSQL's `?`
 * operators (jsonb), so every unquoted `?` is a parameter.
 */
export function toPgPlaceholders(sql: string): string {
  let out = '';
  let n = 0;
  let quote: string | null = null;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '?') {
      out += `$${++n}`;
    } else {
      out += ch;
    }
  }
  return out;
}

export function createPgPool(options: PgDriverOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    idleTimeoutMillis: 10_000,
    fallback_application_name: 'dossier',
    types: TYPES,
    ...(options.schema ? { options: `-c search_path=${quoteIdent(options.schema)}` } : {}),
  });
  // An idle client losing its connection (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  return pool;
}

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

type Queryable = pg.Pool | pg.PoolClient;

function queries(target: Queryable, cache: Map<string, string>) {
  const text = (sql: string): string => {
    let t = cache.get(sql);
    if (t === undefined) cache.set(sql, (t = toPgPlaceholders(sql)));
    return t;
  };
  return {
    dialect: 'postgres' as const,
    async all<T extends Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
      return (await target.query(text(sql), params as SqlValue[])).rows as T[];
    },
    async get<T extends Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
      return (await target.query(text(sql), params as SqlValue[])).rows[0] as T | undefined;
    },
    async run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number }> {
      return { changes: (await target.query(text(sql), params as SqlValue[])).rowCount ?? 0 };
    },
  };
}

/**
 * Opens a driver over a pool. `transaction(fn)` runs `fn` on one client between BEGIN and COMMIT;
 * when PostgreSQL aborts it for a deadlock or a serialization failure, `fn` runs again from the
 * start (so `fn` must do all its work through `tx`, as every store method does).
 */
/** Advisory lock key of the store's exclusive section (corpus passes); distinct from the schema lock. */
const EXCLUSIVE_LOCK = 74110002;

export function openPgDriver(pool: pg.Pool): SqlDriver {
  // `?` -> `$n` once per distinct SQL text.
  const cache = new Map<string, string>();
  const driver: SqlDriver = {
    ...queries(pool, cache),
    async transaction<T>(fn: (tx: SqlDriver) => Promise<T>): Promise<T> {
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect();
        let broken: Error | undefined;
        try {
          await client.query('BEGIN');
          const tx: SqlDriver = { ...queries(client, cache), transaction: (inner) => inner(tx), exclusive: insideTransaction, close: async () => undefined };
          const value = await fn(tx);
          await client.query('COMMIT');
          return value;
        } catch (e) {
          try {
            await client.query('ROLLBACK');
          } catch (rollbackError) {
            broken = rollbackError as Error; // the connection is gone: do not return it to the pool
          }
          const code = (e as { code?: string }).code;
          if (!(code && RETRYABLE.has(code) && attempt < MAX_ATTEMPTS)) throw e;
        } finally {
          client.release(broken);
        }
        await new Promise((r) => setTimeout(r, BACKOFF_MS * attempt * (0.5 + Math.random())));
      }
    },
    async exclusive<T>(fn: () => Promise<T>): Promise<T> {
      // A session-level advisory lock on a connection of its own; `fn` runs on the pool's other
      // connections. PostgreSQL releases it if this process dies.
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('SELECT pg_advisory_lock($1)', [EXCLUSIVE_LOCK]);
        try {
          return await fn();
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [EXCLUSIVE_LOCK]).catch((e: Error) => (broken = e));
        }
      } finally {
        client.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
  };
  return driver;
}
