/**
 * Full-text search for the PostgreSQL store: the stored `articles.search` tsvector (GIN-indexed,
 * see migrations.ts), queried with websearch_to_tsquery, ranked with ts_rank, excerpted with
 * ts_headline. Only the page of hits asked for gets a headline (ts_headline re-parses the body).
 */
import type { SearchDialect } from '../sql-store.js';

/** Words shown in a snippet: about the length of the SQLite store's 24-token snippet. */
const HEADLINE_OPTIONS = `'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=24, MinWords=12, MaxFragments=1'`;

export const TSVECTOR_SEARCH: SearchDialect = {
  // rank is negated so that, as with FTS5's bm25, lower is better.
  searchSql: `WITH q AS (SELECT websearch_to_tsquery('simple', ?) AS query),
  hits AS (
    SELECT a.id, a.title, a.body, ts_rank(a.search, q.query) AS score, q.query
    FROM articles a, q WHERE a.search @@ q.query
    ORDER BY score DESC, a.id LIMIT ? OFFSET ?
  )
  SELECT id, title, ts_headline('simple', body, query, ${HEADLINE_OPTIONS}) AS snippet, -score AS rank
  FROM hits ORDER BY score DESC, id`,
  // The same words the SQLite store searches for, all required; websearch syntax (quotes, or, -)
  // is not offered, so both stores answer a query alike.
  toQuery: (text) => {
    const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
    return words.length ? words.join(' ') : null;
  },
};
