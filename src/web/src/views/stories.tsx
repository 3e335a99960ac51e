/** Home: stories, most recently active first, with their latest event and publication dates. */
import { useLocation } from 'preact-iso';
import { apiPath, useApi, type Brief, type Page, type RelationPage, type StoryActivity } from '../api.js';
import { Await, Pager } from '../components/common.js';
import { BriefView } from '../components/brief.js';
import { RelationsSideBySide } from '../components/relations.js';
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
            <Unclustered />
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

/** Before anything is clustered into stories, the brief and the relations cover the whole (small) store. */
function Unclustered() {
  const brief = useApi<Brief>('/api/brief');
  const relations = useApi<RelationPage>(apiPath('/api/relations', { limit: 200 }));
  return (
    <>
      <p class="muted">No stories yet: stories appear once articles are grouped into events. Meanwhile, all <a href="/articles">articles</a> are summarised together.</p>
      <h2>Brief of all articles</h2>
      <Await loaded={brief}>{(b) => <BriefView brief={b} />}</Await>
      <h2>What sources agree and disagree on</h2>
      <Await loaded={relations}>{(page) => <RelationsSideBySide page={page} />}</Await>
    </>
  );
}
