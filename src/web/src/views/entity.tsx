/** One entity: its names, the quotes attributed to it, and the articles that mention it. */
import { useLocation, useRoute } from 'preact-iso';
import { apiPath, spanHref, useApi, type ArticleSummary, type Entity, type Page, type Quote } from '../api.js';
import { ArticleRows, Await, Pager } from '../components/common.js';

export function EntityView() {
  const { params } = useRoute();
  const { query } = useLocation();
  const id = params.id!;
  const entity = useApi<{ entity: Entity; quotes: Quote[] }>(`/api/entities/${encodeURIComponent(id)}`);
  const articles = useApi<Page<ArticleSummary>>(apiPath(`/api/entities/${encodeURIComponent(id)}/articles`, { offset: query.offset, limit: 25 }));
  return (
    <Await loaded={entity}>
      {({ entity: e, quotes }) => (
        <article class="entity">
          <p class="crumbs"><a href="/entities">Entities</a> ›</p>
          <h1>{e.name}</h1>
          <p class="meta">{e.type} · {e.mentions} mention{e.mentions === 1 ? '' : 's'}{e.aliases.length ? ` · also written ${e.aliases.join(', ')}` : ''}</p>
          <h2>Quotes <span class="count">{quotes.length}</span></h2>
          {quotes.length === 0 ? <p class="muted">No quotes attributed.</p> : (
            <ul class="side-list">
              {quotes.map((q) => <li key={q.id}><a href={spanHref(q.article, q.span)} class="quote-link">“{q.text}”</a>{q.via.length ? <span class="meta"> via {q.via.join(' ← ')}</span> : null}</li>)}
            </ul>
          )}
          <h2>Articles</h2>
          <Await loaded={articles}>{(page) => <><ArticleRows articles={page.items} /><Pager page={page} label="articles" /></>}</Await>
        </article>
      )}
    </Await>
  );
}
