/** What the API needs from its host: the store it reads, the configuration, and the context (clock, logger). */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { DossierConfig } from '../config.js';
import type { Store } from '../store/store.js';
import type { Ctx } from '../types.js';

export interface ApiDeps {
  readonly store: Store;
  /** `db` is also opened by POST /api/ingest's worker, which runs `defaultStagesFor(config)` as the CLI does. */
  readonly config: DossierConfig;
  readonly ctx: Ctx;
}

export type Api = OpenAPIHono;
