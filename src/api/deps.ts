/** What the API needs from its host: the store, the configuration, the stages and the stage context. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { DossierConfig } from '../config.js';
import type { Stages } from '../pipeline.js';
import type { Store } from '../store/store.js';
import type { Ctx } from '../types.js';

export interface ApiDeps {
  readonly store: Store;
  readonly config: DossierConfig;
  /** The stages POST /api/ingest runs; the same ones the CLI uses (`defaultStagesFor(config)`). */
  readonly stages: Stages;
  readonly ctx: Ctx;
}

export type Api = OpenAPIHono;
