import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { decodeBytes } from './decode.js';

const opts = { maxBytes: 1024 * 1024 };
const utf16le = (s: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);

describe('decodeBytes', () => {
  it.each([
    { name: 'plain UTF-8', input: Buffer.from('Seoul — “quoted” ü'), expected: 'Seoul — “quoted” ü' },
    { name: 'UTF-8 with BOM', input: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('héllo')]), expected: 'héllo' },
    { name: 'UTF-16LE with BOM', input: utf16le('A wire story — 20,000'), expected: 'A wire story — 20,000' },
    { name: 'gzip of UTF-8', input: gzipSync(Buffer.from('compressed page')), expected: 'compressed page' },
    { name: 'latin-1 HTML that declares its charset', input: Buffer.from('<meta charset="iso-8859-1"><p>caf\xe9</p>', 'latin1'), expected: '<meta charset="iso-8859-1"><p>café</p>' },
  ])('decodes $name', ({ input, expected }) => {
    const r = decodeBytes(input, opts);
    expect(r.ok && r.value.text).toBe(expected);
  });

  it.each([
    { name: 'an empty file', input: Buffer.alloc(0), code: 'INPUT_EMPTY' },
    { name: 'a binary file (NUL bytes)', input: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), code: 'INPUT_BINARY' },
    { name: 'undeclared latin-1 (invalid UTF-8)', input: Buffer.from('caf\xe9 au lait', 'latin1'), code: 'INPUT_ENCODING' },
    { name: 'a file over the size limit', input: Buffer.alloc(opts.maxBytes + 1, 0x61), code: 'INPUT_TOO_LARGE' },
    { name: 'a gzip bomb', input: gzipSync(Buffer.alloc(opts.maxBytes * 4, 0x61)), code: 'INPUT_TOO_LARGE' },
    { name: 'corrupt gzip', input: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02, 0x03]), code: 'INPUT_MALFORMED' },
  ])('rejects $name with $code', ({ input, code }) => {
    const r = decodeBytes(input, opts);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message.length).toBeGreaterThan(5);
    }
  });

  it('names the offending byte of invalid UTF-8', () => {
    const r = decodeBytes(Buffer.from('abc\xff def', 'latin1'), opts);
    expect(!r.ok && r.error.message).toMatch(/0xff at offset 3/);
  });
});
