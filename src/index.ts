/**
 * Dossier as a library. The same functions the CLI and the HTTP API use.
 *
 *   import { openStore, ingestSpecs, defaultStagesFor, loadConfig, writeExport } from 'dossier';
 */
export * from './types.js';
export * from './result.js';
export { ERROR_CODES, type ErrorCode } from './errors.js';
export { loadConfig, mergeConfig, DEFAULT_CONFIG, type DossierConfig, type IngestOptions, type ServeOptions } from './config.js';
export { processDocument, ingestSpecs, defaultStages, type Stages, type StagesRecipe, type Extractor, type CorpusPass, type IngestSummary, type IngestEvent } from './pipeline.js';
export { defaultStagesFor, coreStagesFor } from './stages.js';
export { openStore, DEFAULT_DB, type Store, type PageRequest, type SearchHit } from './store/index.js';
export { writeExport, buildExport } from './export/index.js';
export { readExportRecords } from './import/index.js';
export { parsePage, defaultCleaner, type Cleaner, type CleanedDocument } from './clean/index.js';
export { readMetadata, parseStatedDate } from './metadata/index.js';
export { defaultExtractor, findDates } from './extract/index.js';
