/** Small shared pieces: loading and error states, pagination links, article rows, dates. */
import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { ApiFailure, type ArticleSummary, type Loaded, type Page } from '../api.js';
import { formatDateValue } from '../lib/dates.js';

/** Renders a fetch state: a spinner line, the API's error message, or the children with the data. */
export function Await<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (loaded.state === 'loading') return <p class="muted" aria-busy="true">Loading…</p>;
  if (loaded.state === 'error') return <ErrorBox error={loaded.error} />;
  return <>{children(loaded.data)}</>;
}

export function ErrorBox({ error }: { error: Error }) {
  const title = error instanceof ApiFailure && error.status === 404 ? 'Not found' : 'Something went wrong';
  return (
    <div class="error" role="alert">
      <strong>{title}</strong>
      <p>{error.message}</p>
    </div>
  );
}

/** Previous/next links that move `offset` in the current page's own URL. */
export function Pager({ page, label = 'items' }: { page: Page<unknown>; label?: string }) {
  const { path, query } = useLocation();
  const href = (offset: number): string => {
    const q = new URLSearchParams({ ...query, offset: String(Math.max(offset, 0)) });
    return `${path}?${q.toString()}`;
  };
  const first = page.items.length ? page.offset + 1 : page.offset;
  const last = page.offset + page.items.length;
  const total = page.total === undefined ? '' : `${page.total}${page.totalIsLowerBound ? '+' : ''}`;
  if (page.offset === 0 && !page.next) return page.total !== undefined && page.total > 0 ? <p class="pager muted">{total} {label}</p> : null;
  return (
    <nav class="pager" aria-label="pages">
      {page.offset > 0 ? <a href={href(page.offset - page.limit)} rel="prev">← Newer</a> : <span />}
      <span class="muted">{first}–{last}{total ? ` of ${total}` : ''} {label}</span>
      {page.next ? <a href={href(page.offset + page.limit)} rel="next">Older →</a> : <span />}
    </nav>
  );
}

export function ArticleRows({ articles }: { articles: readonly ArticleSummary[] }) {
  if (articles.length === 0) return <p class="muted">No articles.</p>;
  return (
    <ul class="rows">
      {articles.map((a) => (
        <li key={a.id}>
          <a href={`/articles/${a.id}`} class="row-title">{a.title ?? '(no title)'}</a>
          <span class="meta">
            {a.outlet ?? 'unknown outlet'} · {a.published ? formatDateValue(a.published) : 'no stated date'}
            {a.duplicateOf ? <> · copy of <a href={`/articles/${a.duplicateOf}`}>{a.duplicateOf}</a></> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A search snippet: matched words in <mark>, everything as text nodes. */
export function Snippet({ pieces }: { pieces: readonly { text: string; match: boolean }[] }) {
  return <>{pieces.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}
