/**
 * Configuration: defaults <- config file <- environment <- CLI flags, merged in that order.
 * The only module that reads the environment and config files. Unknown keys are rejected, and
 * stages receive a complete, frozen object. The CLI and the HTTP API share these types.
 */
import { readFileSync, existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { err, ok, type Result } from './result.js';

export interface IngestOptions {
  /** Largest single document (page, feed, JSONL line) accepted, MiB. Default 32. */
  readonly maxFileMiB: number;
  /** Documents processed and stored per transaction. Default 200. */
  readonly batchSize: number;
  /**
   * Worker threads that clean and extract while the main thread reads and stores; 0 runs every
   * stage on the main thread. Default: one per CPU core beyond the first, at most 4 (1 on 2 cores).
   * Measured on the shared 2-core machine (scripts/bench/sections/10-ingest.ts): with the default
   * stages (NLP extraction) 1,500 text pages took 9.7-18.3 s with one worker against 17.2-26.3 s
   * without; cleaning and metadata alone are cheaper than copying pages to a worker, so the core
   * ingest is faster on the main thread (1,379 against 995 text articles/s in one run).
   */
  readonly workers?: number;
}

export interface ServeOptions {
  /** Interface to bind. Default 127.0.0.1: never exposed unless asked. */
  readonly host: string;
  /** TCP port. Default 8080. */
  readonly port: number;
  /** Token required by POST /api/ingest; ingest over HTTP is off when null. Default null. */
  readonly token: string | null;
}

export interface DossierConfig {
  /** Embedded store folder, or a postgres:// URL. Default ".dossier". */
  readonly db: string;
  readonly ingest: IngestOptions;
  readonly serve: ServeOptions;
}

export const DEFAULT_CONFIG: DossierConfig = deepFreeze({
  db: '.dossier',
  ingest: { maxFileMiB: 32, batchSize: 200, workers: Math.min(4, Math.max(0, availableParallelism() - 1)) },
  serve: { host: '127.0.0.1', port: 8080, token: null },
});

/** A partial config: any subset of the keys above. */
export type ConfigOverrides = { readonly [K in keyof DossierConfig]?: DossierConfig[K] extends object ? Partial<DossierConfig[K]> : DossierConfig[K] };

/** Environment variables read, and the key each sets. */
const ENV_KEYS: Record<string, (v: string) => ConfigOverrides> = {
  DOSSIER_DB: (v) => ({ db: v }),
  DOSSIER_TOKEN: (v) => ({ serve: { token: v } }),
  DOSSIER_HOST: (v) => ({ serve: { host: v } }),
  DOSSIER_PORT: (v) => ({ serve: { port: Number(v) } }),
};

export const CONFIG_FILE = 'dossier.config.json';

export interface ConfigSources {
  /** Path of a JSON config file; default ./dossier.config.json when it exists. */
  readonly file?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly flags?: ConfigOverrides;
}

export function loadConfig(sources: ConfigSources = {}): Result<DossierConfig> {
  const layers: ConfigOverrides[] = [];
  const file = sources.file ?? (existsSync(CONFIG_FILE) ? CONFIG_FILE : undefined);
  if (file) {
    try {
      layers.push(JSON.parse(readFileSync(file, 'utf8')) as ConfigOverrides);
    } catch (cause) {
      return err('CONFIG_INVALID', `cannot read config file ${file}: ${(cause as Error).message}`, cause);
    }
  }
  const env = sources.env ?? process.env;
  for (const [name, apply] of Object.entries(ENV_KEYS)) {
    const value = env[name];
    if (value !== undefined && value !== '') layers.push(apply(value));
  }
  if (sources.flags) layers.push(sources.flags);
  return mergeConfig(DEFAULT_CONFIG, layers);
}

/** Merges layers over a base, rejecting unknown keys and values of the wrong type. */
export function mergeConfig(base: DossierConfig, layers: readonly ConfigOverrides[]): Result<DossierConfig> {
  let merged: Record<string, unknown> = structuredClone(base) as unknown as Record<string, unknown>;
  for (const layer of layers) {
    const result = mergeLayer(merged, layer as Record<string, unknown>, '');
    if (!result.ok) return result as Result<DossierConfig>;
    merged = result.value;
  }
  const c = merged as unknown as DossierConfig;
  if (!(c.ingest.maxFileMiB > 0)) return err('CONFIG_INVALID', `ingest.maxFileMiB must be a positive number, got ${c.ingest.maxFileMiB}`);
  if (!(Number.isInteger(c.ingest.batchSize) && c.ingest.batchSize > 0)) return err('CONFIG_INVALID', `ingest.batchSize must be a positive integer, got ${c.ingest.batchSize}`);
  if (!(Number.isInteger(c.ingest.workers) && c.ingest.workers! >= 0 && c.ingest.workers! <= 64)) return err('CONFIG_INVALID', `ingest.workers must be an integer from 0 to 64, got ${c.ingest.workers}`);
  if (!(Number.isInteger(c.serve.port) && c.serve.port >= 0 && c.serve.port < 65536)) return err('CONFIG_INVALID', `serve.port must be 0-65535, got ${c.serve.port}`);
  return ok(deepFreeze(c));
}

function mergeLayer(target: Record<string, unknown>, layer: Record<string, unknown>, path: string): Result<Record<string, unknown>> {
  const out = { ...target };
  for (const [key, value] of Object.entries(layer)) {
    const where = path ? `${path}.${key}` : key;
    if (!(key in target)) return err('CONFIG_INVALID', `unknown config key "${where}"; known keys: ${Object.keys(target).map((k) => (path ? `${path}.${k}` : k)).join(', ')}`);
    if (value === undefined) continue;
    const current = target[key];
    if (current !== null && typeof current === 'object') {
      if (typeof value !== 'object' || value === null) return err('CONFIG_INVALID', `config key "${where}" must be an object`);
      const inner = mergeLayer(current as Record<string, unknown>, value as Record<string, unknown>, where);
      if (!inner.ok) return inner;
      out[key] = inner.value;
    } else {
      if (current !== null && value !== null && typeof current !== typeof value) return err('CONFIG_INVALID', `config key "${where}" must be a ${typeof current}, got ${JSON.stringify(value)}`);
      out[key] = value;
    }
  }
  return ok(out);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
