/** Assembles the default stage implementations for a configuration. */
import type { DossierConfig } from './config.js';
import { defaultStages, type Stages } from './pipeline.js';
import { defaultExtractor } from './extract/index.js';
import { relatePass } from './relate/pass.js';

export function defaultStagesFor(_config: DossierConfig): Stages {
  return {
    ...defaultStages,
    extractor: defaultExtractor,
    // relate reads the stories clustering writes: keep it last.
    corpus: [...defaultStages.corpus, relatePass],
  };
}
