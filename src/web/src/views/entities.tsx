/** People, organizations and places, most mentioned first; filter by type and name. */
import { useLocation } from 'preact-iso';
import { apiPath, useApi, type Entity, type Page } from '../api.js';
import { Await, Pager } from '../components/common.js';

const TYPES = ['person', 'organization', 'place', 'other'] as const;

export function EntitiesView() {
  const { query, path, route } = useLocation();
  const type = TYPES.find((t) => t === query.type);
  const loaded = useApi<Page<Entity>>(apiPath('/api/entities', { offset: query.offset, limit: 50, type, name: query.name }));
  const onSubmit = (e: Event): void => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const q = new URLSearchParams();
    for (const key of ['name', 'type']) {
      const v = String(form.get(key) ?? '').trim();
      if (v) q.set(key, v);
    }
    route(q.size ? `${path}?${q.toString()}` : path);
  };
  return (
    <section>
      <h1>Entities</h1>
      <form class="filters" onSubmit={onSubmit} role="search">
        <input name="name" type="search" placeholder="name" value={query.name ?? ''} aria-label="name" />
        <select name="type" aria-label="type" value={type ?? ''}>
          <option value="">any type</option>
          {TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
        <button type="submit">Filter</button>
      </form>
      <Await loaded={loaded}>
        {(page) => (
          <>
            {page.items.length === 0 ? <p class="muted">No entities{query.name || type ? ' match' : ' yet'}.</p> : (
              <ul class="rows">
                {page.items.map((e) => (
                  <li key={e.id}>
                    <a href={`/entities/${e.id}`} class="row-title">{e.name}</a>
                    <span class="meta">{e.type} · {e.mentions} mention{e.mentions === 1 ? '' : 's'} in {e.articles.length} article{e.articles.length === 1 ? '' : 's'}</span>
                  </li>
                ))}
              </ul>
            )}
            <Pager page={page} label="entities" />
          </>
        )}
      </Await>
    </section>
  );
}
