/** Builds the API over a fresh embedded store in a temp folder, for in-process API tests and the browser tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type AppOptions } from '../../src/api/index.js';
import type { ApiDeps } from '../../src/api/deps.js';
import { mergeConfig, DEFAULT_CONFIG, type ConfigOverrides } from '../../src/config.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { unwrap } from '../../src/result.js';
import type { Ctx } from '../../src/types.js';

export interface Harness {
  readonly app: ReturnType<typeof createApp>;
  readonly deps: ApiDeps;
  readonly store: Store;
  readonly dir: string;
  /** Everything the server logged through ctx.log. */
  readonly logs: string[];
  close(): Promise<void>;
}

export async function makeHarness(overrides: ConfigOverrides = {}, options: AppOptions = { uiDir: null }): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-api-'));
  const config = unwrap(mergeConfig(DEFAULT_CONFIG, [{ db: join(dir, 'db') }, overrides]));
  const store = unwrap(await openStore(config.db));
  const logs: string[] = [];
  const ctx: Ctx = {
    now: () => new Date('2026-04-10T12:00:00Z'),
    log: { debug: () => undefined, info: (m) => logs.push(m), warn: (m) => logs.push(m) },
  };
  const deps: ApiDeps = { store, config, ctx };
  const stop = new AbortController();
  return {
    app: createApp(deps, { signal: stop.signal, ...options }), deps, store, dir, logs,
    close: async () => {
      stop.abort();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** GET a path of the app and parse its JSON body. */
export async function getJson<T = any>(app: Harness['app'], path: string, init?: RequestInit): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await app.request(path, init);
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T, headers: res.headers };
}
