/**
 * Which store the tests run against. `DOSSIER_TEST_STORE=postgres` runs the store-touching CLI tests
 * on PostgreSQL (a fresh schema each, see ./pg.ts); the default is the embedded store in a temp
 * folder. `BOTH_STORES` is for the tests that run in both modes on every `npm test`.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { rmSync } from 'node:fs';
import { afterAll } from 'vitest';
import { freshPgUrl, hasPg, pgSkipReason } from './pg.js';

export type StoreMode = 'embedded' | 'postgres';

const requested = process.env.DOSSIER_TEST_STORE ?? 'embedded';
if (requested !== 'embedded' && requested !== 'postgres') throw new Error(`DOSSIER_TEST_STORE must be "embedded" or "postgres", got "${requested}"`);
if (requested === 'postgres' && !hasPg) throw new Error(`DOSSIER_TEST_STORE=postgres but ${pgSkipReason}`);

/** The store the tests use by default. */
export const TEST_STORE: StoreMode = requested;
/** Both stores when PostgreSQL answers; the embedded one alone otherwise (./pg.ts prints why). */
export const BOTH_STORES: readonly StoreMode[] = hasPg ? ['embedded', 'postgres'] : ['embedded'];

const root = mkdtempSync(join(tmpdir(), 'dossier-stores-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A `--db` value for a new, empty store of the given kind: a folder, or a postgres:// URL with its own schema. */
export function freshDb(mode: StoreMode = TEST_STORE, label = 'db'): string {
  return mode === 'postgres' ? freshPgUrl(label) : mkdtempSync(join(root, `${label}-`));
}
