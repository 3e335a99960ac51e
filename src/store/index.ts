/** Opens the store a `--db` value names: a folder for the embedded store. */
import type { Result } from '../result.js';
import type { Store } from './store.js';
import { openEmbeddedStore } from './embedded/index.js';

export type { Store } from './store.js';
export * from './store.js';

export const DEFAULT_DB = '.dossier';

export function openStore(db: string = DEFAULT_DB, now: () => Date = () => new Date()): Promise<Result<Store>> {
  return openEmbeddedStore(db, now);
}
