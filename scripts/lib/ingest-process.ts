/**
 * Runs `dossier ingest` as a real child process (the built CLI in dist/), and watches a store from
 * outside: how many articles it holds, and whether a writer has a transaction open right now.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { EMBEDDED_FILE } from '../../src/store/embedded/index.js';
import { isPostgresUrl, parsePostgresUrl } from '../../src/store/postgres/index.js';

export const REPO = resolve(import.meta.dirname, '..', '..');
export const CLI = join(REPO, 'dist', 'cli', 'main.js');

export interface IngestRun {
  readonly child: ChildProcess;
  /** Resolves when the process ends: its exit code (null when killed) and what it wrote to stderr. */
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** Starts `dossier ingest <inputs> --db <db>`; `appName` tags its PostgreSQL connections. */
export function startIngest(inputs: readonly string[], db: string, appName = 'dossier-ingest', extraArgs: readonly string[] = []): IngestRun {
  const child = spawn(process.execPath, [CLI, 'ingest', ...inputs, '--db', db, ...extraArgs], {
    env: { ...process.env, PGAPPNAME: appName },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((res) =>
    child.on('close', (code, signal) => res({ code, signal, stderr })),
  );
  return { child, done };
}

/** Parses the summary line `ingested N articles, M already stored, R rejected`. */
export function parseSummary(stderr: string): { ingested: number; alreadyStored: number; rejected: number } | null {
  const m = /ingested (\d+) articles, (\d+) already stored, (\d+) rejected/.exec(stderr);
  return m ? { ingested: Number(m[1]), alreadyStored: Number(m[2]), rejected: Number(m[3]) } : null;
}

/** Looks at a store from outside while other processes write to it. */
export interface StoreWatcher {
  countArticles(): Promise<number>;
  /** True while a process tagged `appName` (PostgreSQL) or any process (SQLite) holds a write transaction. */
  writerActive(appName: string): Promise<boolean>;
  /** PostgreSQL: drops the schema; SQLite: nothing (the caller removes the folder). */
  close(): Promise<void>;
}

export async function watchStore(db: string): Promise<StoreWatcher> {
  if (isPostgresUrl(db)) {
    const target = parsePostgresUrl(db)!;
    const client = new pg.Client({ connectionString: target.connectionString });
    await client.connect();
    const table = target.schema ? `"${target.schema}".articles` : 'articles';
    return {
      async countArticles() {
        try {
          return Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
        } catch (e) {
          if ((e as { code?: string }).code === '42P01') return 0; // not migrated yet
          throw e;
        }
      },
      async writerActive(appName) {
        const r = await client.query('SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND xact_start IS NOT NULL', [appName]);
        return (r.rowCount ?? 0) > 0;
      },
      close: () => client.end(),
    };
  }
  const file = join(resolve(db), EMBEDDED_FILE);
  let conn: Database.Database | null = null;
  const open = (): Database.Database | null => {
    try {
      return (conn ??= new Database(file, { fileMustExist: true, timeout: 0 }));
    } catch {
      return null;
    }
  };
  return {
    async countArticles() {
      const c = open();
      if (!c) return 0;
      try {
        return (c.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
      } catch {
        return 0; // not migrated yet, or the writer holds an exclusive lock for a moment
      }
    },
    // SQLite allows one writer: when we cannot take the write lock at once, someone holds it.
    async writerActive() {
      const c = open();
      if (!c) return false;
      try {
        c.exec('BEGIN IMMEDIATE');
        c.exec('ROLLBACK');
        return false;
      } catch (e) {
        if ((e as { code?: string }).code === 'SQLITE_BUSY') return true;
        throw e;
      }
    },
    async close() {
      conn?.close();
    },
  };
}
