/**
 * Durability: kill -9 `dossier ingest` in the middle of a large ingest, several times, then check
 * that the store opens cleanly, holds only whole articles (body and every analysis row), and that
 * running the same ingest again completes it without duplicates.
 *
 *   npx tsx scripts/durability.ts [--db <dir|postgres://...>] [--articles 20000] [--kills 5]
 *
 * Each kill waits until the ingest has stored some articles AND holds an open write transaction,
 * so the process dies with writes in flight. test/durability.test.ts runs a small case of this
 * on both stores in `npm test`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/index.js';
import { isPostgresUrl } from '../src/store/postgres/index.js';
import { rng } from './lib/synthetic.js';
import { writeSyntheticJsonl } from './lib/synthetic-jsonl.js';
import { checkWholeArticles, expectedArticles } from './lib/store-check.js';
import { parseSummary, startIngest, watchStore } from './lib/ingest-process.js';
import { EMBEDDED_FILE } from '../src/store/embedded/index.js';
import Database from 'better-sqlite3';

export interface DurabilityOptions {
  /** The store: an empty folder or a postgres:// URL (an empty schema). */
  readonly db: string;
  /** JSONL input to ingest. */
  readonly input: string;
  readonly kills: number;
  readonly seed?: number;
  readonly log?: (line: string) => void;
}

export interface KillRecord {
  /** Articles stored when the process was killed, and after reopening. */
  readonly atCount: number;
  readonly afterCount: number;
  /** False when the ingest finished before a kill could land. */
  readonly killed: boolean;
  readonly problems: readonly string[];
}

export interface DurabilityReport {
  readonly expected: number;
  readonly kills: readonly KillRecord[];
  /** The re-run after the last kill: its summary and what the store holds afterwards. */
  readonly final: { readonly exitCode: number | null; readonly ingested: number; readonly alreadyStored: number; readonly articles: number; readonly problems: readonly string[] };
  /** A second full re-run must store nothing new. */
  readonly rerun: { readonly ingested: number; readonly alreadyStored: number };
}

/** Polling interval while waiting for the moment to kill, ms. */
const POLL_MS = 5;

export async function runDurability(options: DurabilityOptions): Promise<DurabilityReport> {
  const log = options.log ?? (() => undefined);
  const random = rng(options.seed ?? 7);
  const expected = await expectedArticles([options.input]);
  const total = expected.size;
  const watcher = await watchStore(options.db);
  const kills: KillRecord[] = [];
  try {
    for (let k = 0; k < options.kills; k++) {
      const before = await watcher.countArticles();
      // Kill somewhere in the next stretch of the ingest, leaving room for the later kills.
      const target = before + Math.max(1, Math.floor(((total - before) / (options.kills - k + 1)) * (0.3 + 0.7 * random())));
      const appName = `dossier-durability-${process.pid}-${k}`;
      const run = startIngest([options.input], options.db, appName, ['--quiet']);
      let killed = false;
      let atCount = before;
      let exited = false;
      void run.done.then(() => (exited = true));
      while (!exited) {
        atCount = await watcher.countArticles();
        if (atCount >= target && (await watcher.writerActive(appName))) {
          killed = run.child.kill('SIGKILL');
          break;
        }
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
      await run.done;
      const check = await reopenAndCheck(options.db, expected);
      kills.push({ atCount, afterCount: check.articles, killed, problems: check.problems });
      log(`kill ${k + 1}: ${killed ? `killed with ${atCount} articles stored, a write transaction open` : 'ingest finished first'}; reopened: ${check.articles} whole articles, ${check.problems.length} problems`);
    }
    const final = await startIngest([options.input], options.db, 'dossier-durability-final').done;
    const summary = parseSummary(final.stderr) ?? { ingested: -1, alreadyStored: -1 };
    const check = await reopenAndCheck(options.db, expected);
    log(`re-run: exit ${final.code}, ${summary.ingested} ingested, ${summary.alreadyStored} already stored; store holds ${check.articles} of ${total}, ${check.problems.length} problems`);
    const again = parseSummary((await startIngest([options.input], options.db, 'dossier-durability-again').done).stderr) ?? { ingested: -1, alreadyStored: -1 };
    return {
      expected: total,
      kills,
      final: { exitCode: final.code, ingested: summary.ingested, alreadyStored: summary.alreadyStored, articles: check.articles, problems: check.problems },
      rerun: { ingested: again.ingested, alreadyStored: again.alreadyStored },
    };
  } finally {
    await watcher.close();
  }
}

/** Opens the store as a new process would, checks SQLite's own integrity, then every article. */
async function reopenAndCheck(db: string, expected: Awaited<ReturnType<typeof expectedArticles>>) {
  const opened = await openStore(db);
  if (!opened.ok) return { articles: 0, problems: [`store does not open: ${opened.error.code}: ${opened.error.message}`] };
  try {
    const problems: string[] = [];
    if (!isPostgresUrl(db)) {
      const raw = new Database(join(db, EMBEDDED_FILE), { readonly: true });
      const integrity = (raw.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
      if (integrity.join() !== 'ok') problems.push(`integrity_check: ${integrity.join('; ')}`);
      const orphans = raw.pragma('foreign_key_check') as unknown[];
      if (orphans.length) problems.push(`${orphans.length} rows whose article is missing`);
      raw.close();
    }
    const check = await checkWholeArticles(opened.value, expected);
    return { articles: check.articles, problems: [...problems, ...check.problems] };
  } finally {
    await opened.value.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, articles: { type: 'string' }, kills: { type: 'string' } } });
  const articles = Number(values.articles ?? 20_000);
  const work = mkdtempSync(join(tmpdir(), 'dossier-durability-'));
  try {
    const input = join(work, 'input.jsonl');
    await writeSyntheticJsonl({ articles }, [{ path: input, from: 0, to: articles }]);
    const db = values.db ?? join(work, 'store');
    console.log(`durability: ${articles} generated articles, ${values.kills ?? 5} kills, store ${db}`);
    const report = await runDurability({ db, input, kills: Number(values.kills ?? 5), log: (l) => console.log(`  ${l}`) });
    const ok = report.kills.every((k) => k.problems.length === 0) && report.final.problems.length === 0 && report.final.exitCode === 0
      && report.final.articles === report.expected && report.rerun.ingested === 0 && report.rerun.alreadyStored === report.expected;
    for (const k of report.kills) for (const p of k.problems.slice(0, 10)) console.log(`  problem: ${p}`);
    for (const p of report.final.problems.slice(0, 10)) console.log(`  problem: ${p}`);
    console.log(`durability: ${ok ? 'ok' : 'FAILED'} (second re-run: ${report.rerun.ingested} ingested, ${report.rerun.alreadyStored} already stored)`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.filename === (await import('node:fs')).realpathSync(process.argv[1])) await main();
