/** Builds the API over a fresh embedded store in a temp folder, for in-process API tests and the browser tests. */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type AppOptions } from '../../src/api/index.js';
import type { ApiDeps } from '../../src/api/deps.js';
import { mergeConfig, DEFAULT_CONFIG, type ConfigOverrides } from '../../src/config.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { unwrap } from '../../src/result.js';
import { ingestSpecs } from '../../src/pipeline.js';
import { defaultStagesFor } from '../../src/stages.js';
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

/** The bundled demo corpus. */
export const DEMO_CORPUS = join(import.meta.dirname, '..', '..', 'demo', 'corpus');

/** Every demo file as a multipart form, as a browser or curl would upload them. */
export function demoForm(extra: Record<string, Blob> = {}): FormData {
  const form = new FormData();
  for (const name of readdirSync(DEMO_CORPUS).sort()) form.append('file', new Blob([readFileSync(join(DEMO_CORPUS, name))]), name);
  for (const [name, blob] of Object.entries(extra)) form.append('file', blob, name);
  return form;
}

/** What the CLI's way of ingesting (ingestSpecs over the folder, default stages) stores from the demo corpus: the reference for HTTP ingests. */
export async function demoReference(): Promise<{ readonly count: number; readonly fingerprints: readonly string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-demo-ref-'));
  const store = unwrap(await openStore(join(dir, 'db')));
  try {
    const ctx: Ctx = { now: () => new Date(), log: { debug: () => undefined, info: () => undefined, warn: () => undefined } };
    await ingestSpecs([DEMO_CORPUS], store, DEFAULT_CONFIG.ingest, defaultStagesFor(DEFAULT_CONFIG), ctx);
    const fingerprints: string[] = [];
    for await (const a of store.streamArticles()) fingerprints.push(a.fingerprint);
    return { count: fingerprints.length, fingerprints: fingerprints.sort() };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
