/** `dossier import` with the real binary: the demo corpus round-trips on both stores and across them. */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO, runCli, tempDir } from './helpers.js';
import { BOTH_STORES, freshDb } from './stores.js';

const root = tempDir();
const demoCorpus = join(REPO, 'demo', 'corpus');

describe.each(BOTH_STORES)('dossier import (demo corpus from a %s store)', (from) => {
  const source = freshDb(from, 'import-src');
  const file = join(root, `${from}.json`);
  let original = '';

  it('exports the ingested demo corpus', () => {
    expect(runCli(['ingest', demoCorpus, '--db', source]).status).toBe(0);
    const out = runCli(['export', '--db', source]);
    expect(out.status).toBe(0);
    original = out.stdout;
    writeFileSync(file, original);
    expect(JSON.parse(original).articles.length).toBeGreaterThanOrEqual(5);
  });

  it.each(BOTH_STORES)('imports into an empty %s store and exports the same bytes; the documents are still known', (to) => {
    const target = freshDb(to, 'import-dst');
    const r = runCli(['import', file, '--db', target]);
    expect(r.stderr).toMatch(/^imported \d+ articles, \d+ events, .* into /m);
    expect(r.status).toBe(0);
    expect(runCli(['export', '--db', target]).stdout).toBe(original);
    const again = runCli(['ingest', demoCorpus, '--db', target]);
    expect(again.stderr).toMatch(/ingested 0 articles, \d+ already stored, 0 rejected/);
  });

  it('reads a gzipped export from stdin, and refuses a store that is not empty', () => {
    const target = freshDb(from, 'import-gz');
    expect(runCli(['import', '-', '--db', target], { input: gzipSync(original) }).status).toBe(0);
    const second = runCli(['import', file, '--db', target]);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/^dossier: STORE_IMPORT: .* is not empty/m);
    expect(runCli(['export', '--db', target]).stdout).toBe(original);
  });
});

describe('dossier import of a file that is not there', () => {
  it('says so in one line', () => {
    const r = runCli(['import', join(root, 'missing.json'), '--db', freshDb('embedded', 'import-missing')]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^dossier: INPUT_NOT_FOUND: .*missing\.json: no such file$/);
  });
});
