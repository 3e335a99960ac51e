/** Full-text search with highlighted snippets. The query lives in the URL (?q=), so results can be linked. */
import { useLocation } from 'preact-iso';
import { apiPath, useApi, type SearchPage } from '../api.js';
import { Await, Pager, Snippet } from '../components/common.js';

export function SearchView() {
  const { query } = useLocation();
  const q = (query.q ?? '').trim();
  const loaded = useApi<SearchPage>(q ? apiPath('/api/search', { q, offset: query.offset, limit: 20 }) : null);
  return (
    <section>
      <h1>Search</h1>
      {!q ? <p class="muted">Type words in the search box above; every word must appear.</p> : (
        <Await loaded={loaded}>
          {(page) => (
            <>
              {page.items.length === 0 ? <p class="muted">No articles match “{page.q}”.</p> : (
                <ol class="rows search-results" start={page.offset + 1}>
                  {page.items.map((hit) => (
                    <li key={hit.article}>
                      <a href={`/articles/${hit.article}`} class="row-title">{hit.title ?? '(no title)'}</a>
                      <p class="snippet"><Snippet pieces={hit.snippet} /></p>
                    </li>
                  ))}
                </ol>
              )}
              {page.totalIsLowerBound ? (
                <p class="muted">More than {page.total} articles match: these are the best of the newest {page.total}. Add words to narrow the search.</p>
              ) : null}
              <Pager page={page} label="results" />
            </>
          )}
        </Await>
      )}
    </section>
  );
}
