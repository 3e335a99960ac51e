/**
 * Full-text search for the PostgreSQL store: the stored `articles.search` tsvector (GIN-indexed,
 * see migrations.ts), queried with websearch_to_tsquery, ranked with ts_rank, excerpted with
 * ts_headline. Only the page of hits asked for gets a headline (ts_headline re-parses the body).
 */
import type { SearchDialect, SearchRow } from '../sql-store.js';

/** Words shown in a snippet: about the length of the SQLite store's 24-token snippet. */
const HEADLINE_OPTIONS = `'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=24, MinWords=12, MaxFragments=1'`;

/*
 * One statement (one round trip). `newest`: the matches' ids newest first, one more than the
 * window (the count says whether more match). The tsquery is written inline there, not taken from
 * `q`, so the planner sees the words: for a word in most articles it walks the primary key
 * backwards and stops after the window; for a rare one it reads the GIN index. The window's
 * candidates are then ranked by primary key lookups (an id range would let the planner scan every
 * match of a broad word again). The LEFT JOIN keeps one row, with the count, past the last page.
 * rank is negated so that, as with FTS5's bm25, lower is better.
 */
const SEARCH_SQL = `WITH q AS (SELECT websearch_to_tsquery('simple', ?) AS query),
  newest AS (SELECT id FROM articles WHERE search @@ websearch_to_tsquery('simple', ?) ORDER BY id DESC LIMIT ?),
  hits AS (
    SELECT a.id, ts_rank(a.search, q.query) AS score
    FROM (SELECT id FROM newest ORDER BY id DESC LIMIT ?) c JOIN articles a ON a.id = c.id, q
    ORDER BY score DESC, a.id DESC LIMIT ? OFFSET ?
  )
  SELECT m.matched, p.id, p.title, p.snippet, p.rank
  FROM (SELECT count(*) AS matched FROM newest) m
  LEFT JOIN (
    SELECT a.id, a.title, ts_headline('simple', a.body, q.query, ${HEADLINE_OPTIONS}) AS snippet, -hits.score AS rank
    FROM hits JOIN articles a ON a.id = hits.id, q
  ) p ON true
  ORDER BY p.rank, p.id DESC`;

export const TSVECTOR_SEARCH: SearchDialect = {
  async search(db, query, window, { offset, limit }) {
    const rows = await db.all<SearchRow & { matched: number; id: number | null }>(SEARCH_SQL, [query, query, window + 1, window, limit, offset]);
    return { rows: rows.filter((r) => r.id !== null), matched: Number(rows[0]?.matched ?? 0) };
  },
  // The same words the SQLite store searches for, all required; websearch syntax (quotes, or, -)
  // is not offered, so both stores answer a query alike.
  toQuery: (text) => {
    const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
    return words.length ? words.join(' ') : null;
  },
};
