/** One story: events on a time axis, the timeline with cited sources, conflicts and corroborations side by side, articles. */
import { useLocation, useRoute } from 'preact-iso';
import { apiPath, spanHref, useApi, type ArticleSummary, type Brief, type Page, type RelationPage, type StoryDetail, type TimelineEntry } from '../api.js';
import { ArticleRows, Await, Pager } from '../components/common.js';
import { BriefView } from '../components/brief.js';
import { RelationsSideBySide } from '../components/relations.js';
import { TimelineChart } from '../components/timeline-chart.js';
import { formatDateValue } from '../lib/dates.js';

export function StoryView() {
  const { params } = useRoute();
  const { query } = useLocation();
  const id = params.id!;
  const story = useApi<StoryDetail>(`/api/stories/${encodeURIComponent(id)}`);
  const brief = useApi<Brief>(apiPath('/api/brief', { story: id }));
  const timeline = useApi<Page<TimelineEntry>>(apiPath('/api/timeline', { story: id, limit: 200 }));
  const relations = useApi<RelationPage>(apiPath('/api/relations', { story: id, limit: 200 }));
  const articles = useApi<Page<ArticleSummary>>(apiPath(`/api/stories/${encodeURIComponent(id)}/articles`, { offset: query.offset, limit: 25 }));
  return (
    <Await loaded={story}>
      {({ story: s, events, eventsTotal }) => (
        <article class="story">
          <p class="crumbs"><a href="/">Stories</a> ›</p>
          <h1>{s.label}</h1>
          <p class="meta">{eventsTotal} event{eventsTotal === 1 ? '' : 's'} · {s.articles.length} article{s.articles.length === 1 ? '' : 's'}</p>

          <h2>Brief</h2>
          <Await loaded={brief}>{(b) => <BriefView brief={b} />}</Await>

          <h2>Events over time</h2>
          {events.length ? <TimelineChart events={events} /> : <p class="muted">No events yet.</p>}
          <ol class="rows events">
            {events.map((e) => (
              <li key={e.id}>
                <a href={`/events/${e.id}`} class="row-title">{e.label}</a>
                <span class="meta">{formatDateValue(e.when)} · {e.articles.length} article{e.articles.length === 1 ? '' : 's'}</span>
              </li>
            ))}
          </ol>

          <h2>Timeline</h2>
          <Await loaded={timeline}>
            {(page) => (page.items.length ? <TimelineList entries={page.items} /> : <p class="muted">No timeline for this story yet.</p>)}
          </Await>

          <h2>What sources agree and disagree on</h2>
          <Await loaded={relations}>{(page) => <RelationsSideBySide page={page} />}</Await>

          <h2>Articles</h2>
          <Await loaded={articles}>{(page) => <><ArticleRows articles={page.items} /><Pager page={page} label="articles" /></>}</Await>
        </article>
      )}
    </Await>
  );
}

function TimelineList({ entries }: { entries: readonly TimelineEntry[] }) {
  return (
    <ol class="timeline">
      {entries.map((t, i) => (
        <li key={i}>
          <time>{formatDateValue(t.when)}</time>
          <p>
            {t.text}{' '}
            {t.sources.map((s, j) => (
              <a key={j} href={spanHref(s.article, s.span)} class="citation" data-article={s.article}>[{j + 1}]</a>
            ))}
          </p>
        </li>
      ))}
    </ol>
  );
}
