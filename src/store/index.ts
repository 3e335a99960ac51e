/** Opens the store a `--db` value names: a postgres:// URL for PostgreSQL, otherwise a folder for the embedded store. */
import type { Result } from '../result.js';
import type { Store } from './store.js';
import { openEmbeddedStore } from './embedded/index.js';
import { isPostgresUrl, openPostgresStore } from './postgres/index.js';
import type { StoreOptions } from './sql-store.js';

export type { Store } from './store.js';
export * from './store.js';
export { DEFAULT_SEARCH_WINDOW, type StoreOptions } from './sql-store.js';

export const DEFAULT_DB = '.dossier';

export function openStore(db: string = DEFAULT_DB, now: () => Date = () => new Date(), options: StoreOptions = {}): Promise<Result<Store>> {
  return isPostgresUrl(db) ? openPostgresStore(db, now, options) : openEmbeddedStore(db, now, options);
}
