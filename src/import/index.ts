/**
 * Import: a `dossier export` JSON stream -> store records, for Store.restore. Streams: memory stays
 * bounded whatever the size of the export (@streamparser/json emits one array item at a time and
 * keeps nothing it has emitted).
 *   export JSON chunks -> { kind, value } records, in file order
 */
import { JSONParser } from '@streamparser/json';
import { EXPORT_SCHEMA } from '../types.js';
import { AppFailure, appError, type AppError } from '../result.js';
import type { RestoreRecord } from '../store/store.js';
import { isExportSection, recordFrom } from './from-contract.js';

export { EXPORT_SECTIONS, recordFrom } from './from-contract.js';

export interface ReadExportOptions {
  /** ISO time used as `ingestedAt` for articles exported without one. */
  readonly now: string;
  /** Told once per kind of loss an export forces (e.g. one without mentions). */
  readonly warn: (message: string) => void;
}

/**
 * Yields the records of an export in file order. Throws AppFailure (STORE_IMPORT) on JSON that is
 * not valid, a `schema` other than dossier.export/1, or an item that does not fit the contract;
 * Store.restore turns that into a rolled-back import.
 */
export async function* readExportRecords(chunks: AsyncIterable<Uint8Array | string>, options: ReadExportOptions): AsyncGenerator<RestoreRecord> {
  const parser = new JSONParser({ paths: ['$.schema', '$.*.*'], keepStack: false });
  let queue: RestoreRecord[] = [];
  let failure: AppError | null = null;
  let schemaSeen = false;
  let ended = false;
  const sections = new Set<string>();
  const warned = new Set<string>();
  const warnOnce = (key: string, message: string): void => {
    if (!warned.has(key)) options.warn(message), warned.add(key);
  };

  parser.onValue = ({ value, key, stack }) => {
    if (failure) return;
    if (stack.length === 1 && key === 'schema') {
      schemaSeen = true;
      if (value !== EXPORT_SCHEMA) failure = appError('STORE_IMPORT', `the export's schema is ${JSON.stringify(value)}; this Dossier imports ${EXPORT_SCHEMA}`);
      return;
    }
    const section = String(stack[1]?.key ?? '');
    if (stack.length !== 2 || typeof key !== 'number') return warnOnce(section, `ignoring "${section}": not a list of records this Dossier imports`);
    if (!isExportSection(section)) return warnOnce(section, `ignoring "${section}": not a section this Dossier imports`);
    sections.add(section);
    const r = recordFrom(section, key, value, options);
    if (!r.ok) {
      failure = r.error;
      return;
    }
    if ((r.value.kind === 'relation' || r.value.kind === 'timeline') && !Object.hasOwn(value as object, 'story')) {
      warnOnce(`${section}-story`, `${section} carry no story (an older export): they are imported as store-wide`);
    }
    queue.push(r.value);
  };
  parser.onError = (e) => {
    failure ??= appError('STORE_IMPORT', `the export is not valid JSON: ${e.message}`);
  };
  parser.onEnd = () => {
    ended = true;
  };

  for await (const chunk of chunks) {
    if (failure) break;
    try {
      parser.write(chunk);
    } catch (e) {
      failure ??= appError('STORE_IMPORT', `the export is not valid JSON: ${(e as Error).message}`);
    }
    if (failure) break;
    const ready = queue;
    queue = [];
    yield* ready;
  }
  if (failure) throw new AppFailure(failure);
  if (!ended) throw new AppFailure(appError('STORE_IMPORT', 'the export ends in the middle (a truncated file?); nothing was imported'));
  if (!schemaSeen) throw new AppFailure(appError('STORE_IMPORT', `the file has no "schema" field: not a dossier export (${EXPORT_SCHEMA})`));
  if (sections.has('entities') && !sections.has('mentions')) {
    warnOnce('mentions', 'the export has no "mentions" (an older export): entities are imported without their articles, quotes without speaker entities');
  }
}
