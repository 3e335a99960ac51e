/**
 * Full-text search for the PostgreSQL store: the stored `articles.search` tsvector (GIN-indexed,
 * see migrations.ts), queried with websearch_to_tsquery, ranked with ts_rank, excerpted with
 * ts_headline. Only the page of hits asked for gets a headline (ts_headline re-parses the body).
 */
import type { SearchDialect } from '../sql-store.js';

/** Words shown in a snippet: about the length of the SQLite store's 24-token snippet. */
const HEADLINE_OPTIONS = `'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=24, MinWords=12, MaxFragments=1'`;

export const TSVECTOR_SEARCH: SearchDialect = {
  newestMatchesSql: `SELECT id FROM articles WHERE search @@ websearch_to_tsquery('simple', ?) ORDER BY id DESC LIMIT ?`,
  // rank is negated so that, as with FTS5's bm25, lower is better.
  rankSql: `WITH q AS (SELECT websearch_to_tsquery('simple', ?) AS query),
  hits AS (
    SELECT a.id, ts_rank(a.search, q.query) AS score
    FROM articles a, q WHERE a.id = ANY(?::bigint[])
    ORDER BY score DESC, a.id DESC LIMIT ? OFFSET ?
  )
  SELECT a.id, a.title, ts_headline('simple', a.body, q.query, ${HEADLINE_OPTIONS}) AS snippet, -hits.score AS rank
  FROM hits JOIN articles a ON a.id = hits.id, q ORDER BY hits.score DESC, hits.id DESC`,
  // The candidates by primary key: an id range would let the planner scan every match of a broad word again.
  rankParams: (query, ids, limit, offset) => [query, `{${ids.join(',')}}`, limit, offset],
  // The same words the SQLite store searches for, all required; websearch syntax (quotes, or, -)
  // is not offered, so both stores answer a query alike.
  toQuery: (text) => {
    const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
    return words.length ? words.join(' ') : null;
  },
};
