/** Home: stories, most recently active first, with their latest event and publication dates. */
import { useLocation } from 'preact-iso';
import { apiPath, useApi, type Page, type StoryActivity } from '../api.js';
import { Await, Pager } from '../components/common.js';
import { formatDay } from '../lib/dates.js';

export function StoriesView() {
  const { query } = useLocation();
  const loaded = useApi<Page<StoryActivity>>(apiPath('/api/stories', { offset: query.offset, limit: 25 }));
  return (
    <section>
      <h1>Stories</h1>
      <Await loaded={loaded}>
        {(page) =>
          page.items.length === 0 && page.offset === 0 ? (
            <p class="muted">No stories yet: stories appear once articles have been grouped into events. Browse the <a href="/articles">articles</a> meanwhile.</p>
          ) : (
            <>
              <ul class="rows stories">
                {page.items.map((s) => (
                  <li key={s.id}>
                    <a href={`/stories/${s.id}`} class="row-title">{s.label}</a>
                    <span class="meta">
                      {s.latestEvent ? <>latest event {formatDay(s.latestEvent)}</> : 'no dated event'}
                      {s.latestPublished ? <> · last published {formatDay(s.latestPublished)}</> : null}
                      {' · '}{s.events} event{s.events === 1 ? '' : 's'} · {s.articles} article{s.articles === 1 ? '' : 's'}
                    </span>
                  </li>
                ))}
              </ul>
              <Pager page={page} label="stories" />
            </>
          )
        }
      </Await>
    </section>
  );
}
