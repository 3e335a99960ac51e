/** The CLI's stage context and store handling: the clock, a stderr logger, and opening the --db store. */
import type { Ctx, Logger } from '../types.js';
import { loadConfig, type ConfigOverrides, type DossierConfig } from '../config.js';
import { openStore, type Store } from '../store/index.js';
import { AppFailure, unwrap } from '../result.js';

export function makeCtx(verbose = false): Ctx {
  const log: Logger = {
    debug: (m) => {
      if (verbose) process.stderr.write(`debug: ${m}\n`);
    },
    info: (m) => process.stderr.write(`${m}\n`),
    warn: (m) => process.stderr.write(`warning: ${m}\n`),
  };
  return { now: () => new Date(), log };
}

export interface GlobalFlags {
  readonly db?: string;
  readonly config?: string;
}

export function resolveConfig(flags: GlobalFlags, extra: ConfigOverrides = {}): DossierConfig {
  return unwrap(loadConfig({ ...(flags.config ? { file: flags.config } : {}), flags: { ...extra, ...(flags.db ? { db: flags.db } : {}) } }));
}

/** Opens the store, runs `fn`, and always closes it. */
export async function withStore<T>(config: DossierConfig, fn: (store: Store) => Promise<T>): Promise<T> {
  const opened = await openStore(config.db);
  if (!opened.ok) throw new AppFailure(opened.error);
  try {
    return await fn(opened.value);
  } finally {
    await opened.value.close();
  }
}
