/** Assembles the default stage implementations for a configuration. */
import type { DossierConfig } from './config.js';
import { defaultStages, type CorpusPass, type Stages } from './pipeline.js';
import { defaultExtractor, entityMergePass } from './extract/index.js';
import { dedupPass } from './dedup/index.js';
import { clusterPass } from './cluster/index.js';
import { relatePass } from './relate/pass.js';

export { coreStagesFor } from './core-stages.js';

/**
 * Corpus passes, in order; each reads what the ones before it wrote:
 * 1. dedup — copy links (`duplicateOf`), so later passes can treat copies of one wire story as one source;
 * 2. cluster — events and stories (reads the dates the extractor stored);
 * 3. entities — merges the extractor's name mentions across articles (reads only mentions, so it
 *    could run anywhere before a pass that reads entities);
 * 4. relate — reads the stories clustering writes: keep it last.
 */
export const corpusPasses = (): CorpusPass[] => [dedupPass, clusterPass, entityMergePass, relatePass];

export function defaultStagesFor(config: DossierConfig): Stages {
  return {
    ...defaultStages,
    // Lets ingest rebuild these stages on worker threads (see src/workers/).
    recipe: { module: import.meta.url, factory: 'defaultStagesFor', config },
    extractor: defaultExtractor,
    corpus: corpusPasses(),
  };
}
