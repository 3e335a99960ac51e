/**
 * Pagination for every list: `offset`/`limit` in, `{ items, offset, limit, total?, next }` out.
 * `next` is the request's own path and query with the offset advanced, or null on the last page.
 */
import { MAX_PAGE_SIZE, type PageRequest } from '../store/store.js';

export interface Page<T> {
  readonly items: T[];
  readonly offset: number;
  readonly limit: number;
  readonly total?: number;
  readonly next: string | null;
}

export interface PageParams {
  readonly offset: number;
  readonly limit: number;
}

/**
 * Fetches one page through `fetch`, asking for one item more than the page to learn whether a
 * next page exists without counting. At the store's largest page size that probe is impossible,
 * so a full page gets a `next` link (which may lead to an empty page).
 */
export async function fetchPage<T>(url: string, page: PageParams, fetch: (request: PageRequest) => Promise<T[]>, total?: number): Promise<Page<T>> {
  const probe = page.limit < MAX_PAGE_SIZE;
  const got = await fetch({ offset: page.offset, limit: probe ? page.limit + 1 : page.limit });
  const items = got.slice(0, page.limit);
  const more = total !== undefined ? page.offset + items.length < total : probe ? got.length > page.limit : got.length === page.limit;
  return { items, offset: page.offset, limit: page.limit, ...(total !== undefined ? { total } : {}), next: more ? nextLink(url, page.offset + page.limit) : null };
}

/** A page cut from a list already in memory (e.g. a story's article ids). */
export function slicePage<T>(url: string, page: PageParams, all: readonly T[]): Page<T> {
  const items = all.slice(page.offset, page.offset + page.limit);
  return { items, offset: page.offset, limit: page.limit, total: all.length, next: page.offset + page.limit < all.length ? nextLink(url, page.offset + page.limit) : null };
}

export function nextLink(url: string, offset: number): string {
  const u = new URL(url);
  u.searchParams.set('offset', String(offset));
  return `${u.pathname}${u.search}`;
}
