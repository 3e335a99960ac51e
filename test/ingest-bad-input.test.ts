/**
 * Bad input through the real `dossier ingest`, beyond test/cli.test.ts: a declared latin-1 charset,
 * a gzip bomb, a FIFO, a JSONL file streamed past the size limit with one oversized line. Each bad
 * file gets one stderr line naming its path and reason; the rest is ingested; the exit code says
 * whether everything was; nothing hangs (runCli has a timeout).
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { runCli, tempDir } from './helpers.js';

const root = tempDir();
const exportArticles = (db: string): { source: { path: string }; body: string; title: string | null }[] =>
  JSON.parse(runCli(['export', '--db', db]).stdout).articles;

describe('dossier ingest: encodings and containers', () => {
  it('reads latin-1 HTML that declares its charset, and gzipped pages', () => {
    const dir = join(root, 'enc');
    mkdirSync(dir);
    writeFileSync(join(dir, 'latin1.html'), Buffer.from('<html><head><meta charset="iso-8859-1"><title>Caf\xe9 owners protest</title></head><body><article><h1>Caf\xe9 owners protest</h1><p>Caf\xe9 owners in the old town of Halvik said on Monday that rents had doubled in two years, the union said.</p></article></body></html>', 'latin1'));
    writeFileSync(join(dir, 'page.txt.gz'), gzipSync(Buffer.from('Ferry fares rise\n\nFerry fares between the islands will rise by 5 percent from June, the operator said on Tuesday.')));
    const db = join(root, 'enc-db');
    const r = runCli(['ingest', dir, '--db', db]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/latin1\.html: warning: read as (?:iso-8859-1|windows-1252)/);
    expect(r.stderr).toMatch(/ingested 2 articles, 0 already stored, 0 rejected/);
    const bodies = exportArticles(db).map((a) => a.body).join('\n');
    expect(bodies).toContain('Café owners in the old town');
    expect(bodies).toContain('rise by 5 percent from June');
  });
});

describe('dossier ingest: inputs that must not hang or exhaust memory', () => {
  it('rejects a gzip bomb and a FIFO, ingests the rest, exits 1', () => {
    const dir = join(root, 'bombs');
    mkdirSync(dir);
    writeFileSync(join(dir, 'good.txt'), 'Harbour crane repaired\n\nThe broken crane at the Halvik container terminal was repaired on Friday, the port authority said.');
    writeFileSync(join(dir, 'bomb.txt.gz'), gzipSync(Buffer.alloc(40 * 1048576, 0x61)));
    const fifo = join(root, 'pipe');
    const made = spawnSync('mkfifo', [fifo]);
    const db = join(root, 'bombs-db');
    const r = runCli(['ingest', dir, ...(made.status === 0 ? [fifo] : []), '--db', db]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bomb\.txt\.gz: INPUT_TOO_LARGE: gzip content expands beyond/);
    if (made.status === 0) expect(r.stderr).toMatch(/pipe: INPUT_UNREADABLE: not a regular file or folder/);
    expect(r.stderr).toMatch(/ingested 1 articles, 0 already stored, [12] rejected/);
    expect(r.stderr.trim().split('\n').every((l) => /^\S+: (?:[A-Z_]+|warning): /.test(l) || /^ingested /.test(l))).toBe(true);
  });

  it('streams a JSONL file over the size limit and rejects only its oversized line', () => {
    const dir = join(root, 'stream');
    mkdirSync(dir);
    const line = (n: number): string => JSON.stringify({ title: `Record ${n}`, body: `Record ${n}: the council approved item ${n} of the harbour plan on Monday, officials said.` });
    const lines = [...Array.from({ length: 1000 }, (_, i) => line(i + 1)), JSON.stringify({ title: 'Huge', body: 'x '.repeat(700_000) }), line(1001)];
    writeFileSync(join(dir, 'big.jsonl'), `${lines.join('\n')}\n`);
    const config = join(root, 'small-limit.json');
    writeFileSync(config, JSON.stringify({ ingest: { maxFileMiB: 1 } }));
    const db = join(root, 'stream-db');
    const r = runCli(['ingest', dir, '--db', db, '--config', config]);
    expect(r.stderr).toMatch(/big\.jsonl:1001: INPUT_TOO_LARGE: line is over the 1\.0 MiB limit/);
    expect(r.stderr).toMatch(/ingested 1001 articles, 0 already stored, 1 rejected/);
    expect(r.status).toBe(1);
  });
});
