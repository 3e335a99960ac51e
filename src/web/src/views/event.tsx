/** One event: its date, its story, and its articles. */
import { useLocation, useRoute } from 'preact-iso';
import { apiPath, useApi, type ArticleSummary, type Event, type Page } from '../api.js';
import { ArticleRows, Await, Pager } from '../components/common.js';
import { formatDateValue } from '../lib/dates.js';

export function EventView() {
  const { params } = useRoute();
  const { query } = useLocation();
  const id = params.id!;
  const event = useApi<{ event: Event }>(`/api/events/${encodeURIComponent(id)}`);
  const articles = useApi<Page<ArticleSummary>>(apiPath(`/api/events/${encodeURIComponent(id)}/articles`, { offset: query.offset, limit: 25 }));
  return (
    <Await loaded={event}>
      {({ event: e }) => (
        <article class="event">
          <p class="crumbs">{e.story ? <><a href={`/stories/${e.story}`}>Story</a> ›</> : <a href="/">Stories</a>}</p>
          <h1>{e.label}</h1>
          <p class="meta">{formatDateValue(e.when)}{e.when?.text ? ` (“${e.when.text}”)` : ''} · {e.articles.length} article{e.articles.length === 1 ? '' : 's'}</p>
          <h2>Articles</h2>
          <Await loaded={articles}>{(page) => <><ArticleRows articles={page.items} /><Pager page={page} label="articles" /></>}</Await>
        </article>
      )}
    </Await>
  );
}
