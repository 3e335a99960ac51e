/**
 * The core stages (cleaning and metadata, no extraction, no corpus passes), in a module of their
 * own: a worker thread rebuilds stages by importing the recipe's module, and this one loads only
 * what these stages run (src/stages.ts would load the extractor and every corpus pass too).
 */
import type { DossierConfig } from './config.js';
import { defaultStages, type Stages } from './pipeline.js';

/** Only what every ingest needs: cleaning and metadata (no extraction, no corpus passes). For benchmarks and tools. */
export function coreStagesFor(config: DossierConfig): Stages {
  return { ...defaultStages, recipe: { module: import.meta.url, factory: 'coreStagesFor', config } };
}
