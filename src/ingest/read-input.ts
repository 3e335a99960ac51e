/**
 * One input (a file or stdin) -> batches of RawDocuments, or errors naming what is wrong.
 * JSONL is streamed line by line (any size); every other format is read whole, up to the size limit.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { createGunzip, gunzipSync, constants as zlib } from 'node:zlib';
import { basename } from 'node:path';
import type { ErrorCode } from '../errors.js';
import type { RawDocument, SourceRef } from '../types.js';
import { decodeBytes, mib } from './decode.js';
import { detectFormat } from './detect-format.js';
import { readFeed } from './read-feed.js';
import { readJsonl } from './read-jsonl.js';
import { fingerprintOf } from './fingerprint.js';

export interface ReadOptions {
  /** Largest single document (page, feed, JSONL line), bytes. */
  readonly maxBytes: number;
  /** JSONL records handed on per batch: bounds memory for huge files. */
  readonly batchSize: number;
}

export type ReadEvent =
  | { readonly kind: 'documents'; readonly path: string; readonly documents: readonly RawDocument[] }
  | { readonly kind: 'error'; readonly path: string; readonly code: ErrorCode; readonly message: string }
  | { readonly kind: 'warning'; readonly path: string; readonly message: string };

const SNIFF_BYTES = 4096;

/** Reads a file ("-" for stdin) and yields its documents in batches, plus per-file or per-line errors. */
export async function* readInput(path: string, options: ReadOptions): AsyncGenerator<ReadEvent> {
  const stream: Readable = path === '-' ? process.stdin : createReadStream(path);
  const source: SourceRef = { path };
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  try {
    const head = await readHead(chunks, SNIFF_BYTES);
    if (head.length === 0) {
      yield { kind: 'error', path, code: 'INPUT_EMPTY', message: 'file is empty' };
      return;
    }
    const gzipped = head[0] === 0x1f && head[1] === 0x8b;
    const plainHead = gzipped ? gunzipPartial(head) : head;
    if (looksLikeJsonl(plainHead, path)) {
      yield* streamJsonl(path, source, head, chunks, gzipped, options);
      return;
    }
    const whole = await readRest(head, chunks, options.maxBytes);
    if (!whole) {
      yield { kind: 'error', path, code: 'INPUT_TOO_LARGE', message: `file is over the ${mib(options.maxBytes)} limit for one document (raise ingest.maxFileMiB to accept it)` };
      return;
    }
    yield* readWhole(path, source, whole, options);
  } catch (cause) {
    const code = (cause as { code?: string }).code;
    const message = code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : (cause as Error).message;
    yield { kind: 'error', path, code: 'INPUT_UNREADABLE', message };
  } finally {
    if (path !== '-') stream.destroy();
  }
}

/** A whole file's bytes -> its documents (any format), or why it holds none. */
export function* readWhole(path: string, source: SourceRef, bytes: Buffer, options: ReadOptions): Generator<ReadEvent> {
  const decoded = decodeBytes(bytes, { maxBytes: options.maxBytes });
  if (!decoded.ok) {
    yield { kind: 'error', path, code: decoded.error.code, message: decoded.error.message };
    return;
  }
  const { text, encoding } = decoded.value;
  if (encoding !== 'utf-8') yield { kind: 'warning', path, message: `read as ${encoding}` };
  if (text.trim() === '') {
    yield { kind: 'error', path, code: 'INPUT_EMPTY', message: 'file holds only whitespace' };
    return;
  }
  const format = detectFormat(text, basename(path));
  if (format === 'rss' || format === 'atom') {
    const feed = readFeed(text, source, format);
    if (feed.ok) yield { kind: 'documents', path, documents: feed.value };
    else yield { kind: 'error', path, code: feed.error.code, message: feed.error.message };
    return;
  }
  if (format === 'jsonl') {
    const { documents, errors } = readJsonl(text, source);
    for (const e of errors) yield { kind: 'error', path: `${path}:${e.line}`, code: 'INPUT_MALFORMED', message: e.message };
    if (documents.length) yield { kind: 'documents', path, documents };
    return;
  }
  const document: RawDocument = {
    source,
    format,
    content: text,
    contentKind: format === 'html' ? 'html' : 'text',
    hints: {},
    fingerprint: fingerprintOf(format, text),
  };
  yield { kind: 'documents', path, documents: [document] };
}

async function* streamJsonl(
  path: string,
  source: SourceRef,
  head: Buffer,
  rest: AsyncIterator<Buffer>,
  gzipped: boolean,
  options: ReadOptions,
): AsyncGenerator<ReadEvent> {
  const raw = Readable.from((async function* () {
    yield head;
    for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
  })());
  const plain = gzipped ? raw.pipe(createGunzip()) : raw;
  const lines = createInterface({ input: plain, crlfDelay: Infinity });
  let lineNo = 0;
  let batch: string[] = [];
  let firstLine = 1;
  const flush = function* (): Generator<ReadEvent> {
    const { documents, errors } = readJsonl(batch.join('\n'), source);
    for (const e of errors) yield { kind: 'error', path: `${path}:${e.line + firstLine - 1}`, code: 'INPUT_MALFORMED', message: e.message };
    if (documents.length) yield { kind: 'documents', path, documents };
    batch = [];
  };
  for await (const line of lines) {
    lineNo++;
    if (batch.length === 0) firstLine = lineNo;
    if (Buffer.byteLength(line) > options.maxBytes) {
      yield* flush();
      yield { kind: 'error', path: `${path}:${lineNo}`, code: 'INPUT_TOO_LARGE', message: `line is over the ${mib(options.maxBytes)} limit for one document` };
      continue;
    }
    batch.push(line);
    if (batch.length >= options.batchSize) yield* flush();
  }
  if (batch.length) yield* flush();
}

async function readHead(chunks: AsyncIterator<Buffer>, size: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let length = 0;
  while (length < size) {
    const r = await chunks.next();
    if (r.done) break;
    parts.push(r.value);
    length += r.value.length;
  }
  return Buffer.concat(parts);
}

/** The head plus the rest of the stream, or null once it passes `limit` bytes (the rest is not read). */
async function readRest(head: Buffer, chunks: AsyncIterator<Buffer>, limit: number): Promise<Buffer | null> {
  const parts = [head];
  let length = head.length;
  for (let r = await chunks.next(); !r.done; r = await chunks.next()) {
    length += r.value.length;
    if (length > limit) return null;
    parts.push(r.value);
  }
  return Buffer.concat(parts);
}

function gunzipPartial(head: Buffer): Buffer {
  try {
    return gunzipSync(head, { finishFlush: zlib.Z_SYNC_FLUSH, maxOutputLength: SNIFF_BYTES * 64 });
  } catch {
    return Buffer.alloc(0);
  }
}

function looksLikeJsonl(head: Buffer, path: string): boolean {
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  if (detectFormat(text, basename(path)) === 'jsonl') return true;
  return /\.(jsonl|ndjson)(\.gz)?$/i.test(path) && text.trimStart().startsWith('{');
}
