/** Assembles the default stage implementations for a configuration. */
import type { DossierConfig } from './config.js';
import { defaultStages, type Stages } from './pipeline.js';
import { defaultExtractor } from './extract/index.js';
import { relatePass } from './relate/pass.js';

export function defaultStagesFor(config: DossierConfig): Stages {
  return {
    ...defaultStages,
    // Lets ingest rebuild these stages on worker threads (see src/workers/).
    recipe: { module: import.meta.url, factory: 'defaultStagesFor', config },
    extractor: defaultExtractor,
    // relate reads the stories clustering writes: keep it last.
    corpus: [...defaultStages.corpus, relatePass],
  };
}

/** Only what every ingest needs: cleaning and metadata (no extraction, no corpus passes). For benchmarks and tools. */
export function coreStagesFor(config: DossierConfig): Stages {
  return { ...defaultStages, recipe: { module: import.meta.url, factory: 'coreStagesFor', config } };
}
