/**
 * Bytes -> text. Handles gzip, byte-order marks, a charset declared by HTML/XML, and rejects
 * what is not text (binary, empty, undecodable) with a reason a user can act on.
 */
import { gunzipSync } from 'node:zlib';
import { err, ok, type Result } from '../result.js';

export interface DecodedText {
  readonly text: string;
  /** Set when the bytes were not UTF-8 and were read with another encoding. */
  readonly encoding: string;
  readonly gzipped: boolean;
}

export interface DecodeOptions {
  /** Largest decoded document accepted, bytes. Default 32 MiB (see config.ts). */
  readonly maxBytes: number;
}

const GZIP_MAGIC = [0x1f, 0x8b];
/** How many leading bytes are sniffed for binary content and declared charsets. */
const SNIFF_BYTES = 4096;
/** Share of control characters (other than tab, CR, LF, FF) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.02;
const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?(?<meta>[\w:-]+)|<\?xml[^>]+encoding\s*=\s*["'](?<xml>[\w:-]+)/i;

/** Decodes a file's bytes to text, or says why it cannot be read as a text document. */
export function decodeBytes(raw: Uint8Array, options: DecodeOptions): Result<DecodedText> {
  if (raw.length === 0) return err('INPUT_EMPTY', 'file is empty');
  let bytes = raw;
  const gzipped = raw[0] === GZIP_MAGIC[0] && raw[1] === GZIP_MAGIC[1];
  if (gzipped) {
    try {
      // maxOutputLength stops a gzip bomb before it fills memory.
      bytes = gunzipSync(raw, { maxOutputLength: options.maxBytes + 1 });
    } catch (cause) {
      const tooBig = (cause as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || /Cannot create a Buffer larger/.test(String(cause));
      return tooBig
        ? err('INPUT_TOO_LARGE', `gzip content expands beyond the ${mib(options.maxBytes)} limit`)
        : err('INPUT_MALFORMED', `corrupt gzip data (${(cause as Error).message})`, cause);
    }
    if (bytes.length === 0) return err('INPUT_EMPTY', 'gzip file holds no data');
  }
  if (bytes.length > options.maxBytes) {
    return err('INPUT_TOO_LARGE', `document is ${mib(bytes.length)}, over the ${mib(options.maxBytes)} limit (raise ingest.maxFileMiB to accept it)`);
  }
  const bom = byteOrderMark(bytes);
  if (bom) return decodeWith(bom.encoding, bytes.subarray(bom.length), gzipped);
  if (looksBinary(bytes)) return err('INPUT_BINARY', 'binary file, not text, HTML, a feed or JSONL');
  const declared = declaredCharset(bytes);
  if (declared && !/^utf-?8$/i.test(declared)) {
    const decoded = decodeWith(declared, bytes, gzipped);
    if (decoded.ok) return decoded;
  }
  try {
    return ok({ text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', gzipped });
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return err(
      'INPUT_ENCODING',
      `not valid UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16)} at offset ${offset}) and no charset is declared; convert it, e.g. iconv -f latin1 -t utf-8`,
    );
  }
}

function decodeWith(encoding: string, bytes: Uint8Array, gzipped: boolean): Result<DecodedText> {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    if (text.trim() === '') return err('INPUT_EMPTY', 'file holds only whitespace');
    return ok({ text, encoding: encoding.toLowerCase(), gzipped });
  } catch (cause) {
    return err('INPUT_ENCODING', `cannot decode as ${encoding}: ${(cause as Error).message}`, cause);
  }
}

function byteOrderMark(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) control++;
  }
  return control / n > MAX_CONTROL_SHARE;
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const m = DECLARED_CHARSET.exec(head);
  const name = m?.groups?.meta ?? m?.groups?.xml;
  if (!name) return null;
  try {
    new TextDecoder(name);
    return name;
  } catch {
    return null;
  }
}

/** Offset of the first byte that breaks UTF-8 (for the error message). */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    const extra = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += extra + 1;
  }
  return b.length;
}

export const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MiB`;
