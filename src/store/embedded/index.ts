/** The embedded store: one SQLite file in a folder (default ./.dossier), nothing to install. */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { err, ok, type Result } from '../../result.js';
import { applyMigrations } from '../migrate.js';
import { SqlStore, type SearchDialect, type SearchRow, type StoreOptions } from '../sql-store.js';
import type { Store } from '../store.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { openSqliteDriver } from './sqlite-driver.js';

export const EMBEDDED_FILE = 'dossier.sqlite';

/*
 * Ranked in steps so that snippets are made for the page only: SQLite computes every selected
 * column before sorting, and a snippet re-reads and re-tokenises the body (most of the 229 ms a
 * broad query used to take at 100,000 articles). `candidates` reads the window newest first: FTS5
 * walks a long doclist backwards from its end cheaply, while an ascending read from a rowid
 * measured 2-3x slower (its LIMIT keeps SQLite from dropping that ORDER BY). `page` ranks ids
 * only; the outer query looks each page row up again (MATCH plus rowid: a direct seek) for its
 * snippet. CROSS JOIN fixes that loop order: otherwise SQLite, not knowing the page is small, may
 * scan every match.
 */
const NEWEST_MATCHES = 'SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?';
const RANK_FROM = `WITH candidates AS (
    SELECT rowid AS id, bm25(articles_fts, 4.0, 1.0) AS rank FROM articles_fts
    WHERE articles_fts MATCH ? AND rowid >= ? ORDER BY rowid DESC LIMIT ?
  ),
  page AS (SELECT id, rank FROM candidates ORDER BY rank, id DESC LIMIT ? OFFSET ?)
  SELECT a.id, a.title, snippet(articles_fts, 1, char(1), char(2), '…', 24) AS snippet, page.rank
  FROM page CROSS JOIN articles_fts CROSS JOIN articles a
  WHERE articles_fts MATCH ? AND articles_fts.rowid = page.id AND a.id = page.id ORDER BY page.rank, page.id DESC`;

const FTS5_SEARCH: SearchDialect = {
  // Two statements (in-process, no round trips): the newest matches' ids, then ranking from the oldest of them on.
  async search(db, query, window, { offset, limit }) {
    const newest = await db.all<{ id: number }>(NEWEST_MATCHES, [query, window + 1]);
    const candidates = newest.slice(0, window);
    if (offset >= candidates.length) return { rows: [], matched: newest.length };
    const rows = await db.all<SearchRow>(RANK_FROM, [query, Number(candidates.at(-1)!.id), candidates.length, limit, offset, query]);
    return { rows, matched: newest.length };
  },
  // Each word becomes a quoted FTS5 string, so user input can never be read as FTS5 syntax.
  toQuery: (text) => {
    const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
    return words.length ? words.map((w) => `"${w}"`).join(' ') : null;
  },
};

/** Opens (creating if needed) the embedded store in `dir`. */
export async function openEmbeddedStore(dir: string, now: () => Date = () => new Date(), options: StoreOptions = {}): Promise<Result<Store>> {
  const folder = resolve(dir);
  let driver;
  try {
    mkdirSync(folder, { recursive: true });
    driver = openSqliteDriver(join(folder, EMBEDDED_FILE));
  } catch (cause) {
    return err('STORE_UNAVAILABLE', `cannot open the store in ${folder}: ${(cause as Error).message}`, cause);
  }
  const migrated = await applyMigrations(driver, SQLITE_MIGRATIONS, now);
  if (!migrated.ok) {
    await driver.close();
    return migrated;
  }
  return ok(new SqlStore('embedded', folder, driver, FTS5_SEARCH, {}, options));
}
