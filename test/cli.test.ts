/** The real `dossier` binary, end to end: ingest, export against the contract, bad input, stdin. */
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { CLI, REPO, SHARED, hasShared, runCli, tempDir } from './helpers.js';
import { BOTH_STORES, freshDb } from './stores.js';

const root = tempDir();
const demoCorpus = join(REPO, 'demo', 'corpus');

function validateAgainstSchema(exported: unknown): string[] {
  const schema = JSON.parse(readFileSync(join(SHARED, 'contract', 'export.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  return validate(exported) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe.each(BOTH_STORES)('dossier ingest + export (%s store)', (mode) => {
  const db = freshDb(mode, 'demo');

  it('ingests the demo corpus and exports JSON that follows the contract', () => {
    const ingest = runCli(['ingest', demoCorpus, '--db', db]);
    expect(ingest.stderr).toMatch(/ingested \d+ articles, 0 already stored, 0 rejected/);
    expect(ingest.status).toBe(0);
    const out = runCli(['export', '--db', db, '--format', 'json']);
    expect(out.status).toBe(0);
    const exported = JSON.parse(out.stdout);
    expect(exported.schema).toBe('dossier.export/1');
    expect(exported.articles.length).toBeGreaterThanOrEqual(5);
    if (!hasShared) return;
    expect(validateAgainstSchema(exported)).toEqual([]);
    const file = join(root, 'export.json');
    writeFileSync(file, out.stdout);
    const check = spawnSync('python3', [join(SHARED, 'tools', 'check-export.py'), file], { encoding: 'utf8' });
    expect(check.stdout + check.stderr).toMatch(/export check: ok/);
    expect(check.status).toBe(0);
  });

  it('stores the same documents once when they are ingested again', () => {
    const before = JSON.parse(runCli(['export', '--db', db]).stdout).articles.length;
    const again = runCli(['ingest', demoCorpus, '--db', db]);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`ingested 0 articles, ${before} already stored, 0 rejected`));
    expect(JSON.parse(runCli(['export', '--db', db]).stdout).articles.length).toBe(before);
  });

  it('lists and shows articles with their removed chrome and reasons', () => {
    const list = runCli(['articles', '--db', db]);
    expect(list.stdout).toMatch(/^a1 /m);
    const show = runCli(['show', 'a1', '--db', db]);
    expect(show.status).toBe(0);
    expect(show.stdout).toMatch(/--- removed \(\d+\) ---/);
    expect(show.stdout).toMatch(/\[(?:navigation|photo-caption|related-headlines)\]/);
    const missing = runCli(['show', 'a9999', '--db', db]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/NOT_FOUND: no article "a9999"/);
  });

  it('searches bodies and titles', () => {
    const r = runCli(['search', 'shipyard', '--db', db, '--json']);
    const hits = JSON.parse(r.stdout) as { title: string }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => /shipyard/i.test(JSON.stringify(h)))).toBe(true);
  });
});

describe('dossier ingest with bad input', () => {
  const dir = join(root, 'bad');
  const db = freshDb(undefined, 'bad');
  mkdirSync(dir, { recursive: true });
  const good = 'Ferry line reopens\nBy Jane Doe\n2026-06-01\n\nThe ferry line between the two islands reopened on Monday after a month of repairs, the operator said.\n';
  writeFileSync(join(dir, 'good.txt'), good);
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 owners in the old town said on Monday that rents had doubled in two years, the union said.', 'latin1'));
  writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Harbour ferry fares rise\n\nFerry fares between the islands will rise by 5 percent from June, the operator said on Tuesday.', 'utf16le')]));
  writeFileSync(join(dir, 'huge.html'), Buffer.alloc(50 * 1024 * 1024, 'a'));
  writeFileSync(join(dir, 'malformed.html'), '<html><body><div><p>Storm closes the coastal road for a second day as crews clear fallen trees and repair a washed-out bridge near the harbour.<div></span></p></table>');
  writeFileSync(join(dir, 'malformed.xml'), '<?xml version="1.0"?><rss><channel><title>Broken</title><item><title>No end');
  const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
  writeFileSync(join(dir, 'bomb.xml'), `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${lol}]><rss><channel><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`);

  it('reports each bad file on one line, ingests the rest, and keeps what was stored', () => {
    const first = runCli(['ingest', join(dir, 'good.txt'), '--db', db]);
    expect(first.status).toBe(0);
    const r = runCli(['ingest', dir, join(root, 'no-such-file.txt'), '--db', db]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    const lineFor = (name: string): string | undefined => lines.find((l) => l.includes(name));
    expect(lineFor('binary.bin')).toMatch(/INPUT_BINARY/);
    expect(lineFor('empty.txt')).toMatch(/INPUT_EMPTY/);
    expect(lineFor('latin1.txt')).toMatch(/INPUT_ENCODING: not valid UTF-8/);
    expect(lineFor('huge.html')).toMatch(/INPUT_TOO_LARGE/);
    expect(lineFor('malformed.xml')).toMatch(/INPUT_(?:MALFORMED|NO_ARTICLE)/);
    expect(lineFor('no-such-file.txt')).toMatch(/INPUT_NOT_FOUND/);
    // The entity bomb is read without expanding anything: nothing but "&lol9;" is left, so no article.
    expect(lineFor('bomb.xml')).toMatch(/INPUT_NO_ARTICLE/);
    expect(lineFor('utf16.txt')).toMatch(/warning: read as utf-16le/);
    expect(lineFor('malformed.html')).toBeUndefined();
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack traces
    const exported = JSON.parse(runCli(['export', '--db', db]).stdout) as { articles: { source: { path: string }; body: string }[] };
    const paths = exported.articles.map((a) => a.source.path.split('/').pop());
    expect([...paths].sort()).toEqual(['good.txt', 'malformed.html', 'utf16.txt']);
    expect(exported.articles.find((a) => a.source.path.endsWith('utf16.txt'))!.body).toContain('5 percent');
    expect(paths.filter((p) => p === 'good.txt')).toHaveLength(1);
  });

  it('reports a folder it may not read and goes on', () => {
    const locked = join(root, 'locked');
    const store = freshDb(undefined, 'locked');
    mkdirSync(join(locked, 'private'), { recursive: true });
    writeFileSync(join(locked, 'private', 'x.txt'), good);
    writeFileSync(join(locked, 'open.txt'), good.replace('Monday', 'Tuesday'));
    chmodSync(join(locked, 'private'), 0o000);
    // root reads any folder; drop the capabilities that let it, so the permission check is real.
    const asRoot = process.getuid?.() === 0;
    const args = [CLI, 'ingest', locked, '--db', store];
    const r = asRoot
      ? spawnSync('setpriv', ['--bounding-set=-dac_override,-dac_read_search', process.execPath, ...args], { encoding: 'utf8' })
      : spawnSync(process.execPath, args, { encoding: 'utf8' });
    chmodSync(join(locked, 'private'), 0o755);
    expect(r.stderr).toMatch(/private: INPUT_UNREADABLE: permission denied/);
    expect(r.stderr).toMatch(/ingested 1 articles/);
    expect(r.status).toBe(1);
  });
});

describe('dossier ingest from stdin', () => {
  it('reads JSONL from - and reports a bad line by number', () => {
    const db = freshDb(undefined, 'stdin');
    const input = [
      JSON.stringify({ title: 'One', outlet: 'Wire', published: '2026-05-04', body: 'The council approved the new cycle lanes on Monday by seven votes to two, officials said.' }),
      '{"title": broken',
      JSON.stringify({ title: 'Two', body: 'The ferry timetable changes from Monday, with two extra crossings a day in summer.' }),
    ].join('\n');
    const r = runCli(['ingest', '-', '--db', db], { input });
    expect(r.stderr).toMatch(/^-:2: INPUT_MALFORMED: invalid JSON/m);
    expect(r.stderr).toMatch(/ingested 2 articles/);
    const exported = JSON.parse(runCli(['export', '--db', db]).stdout);
    expect(exported.articles.map((a: { title: string }) => a.title)).toEqual(['One', 'Two']);
    expect(exported.articles[0].format).toBe('jsonl');
    expect(exported.articles[0].published).toMatchObject({ start: '2026-05-04', end: '2026-05-04', precision: 'day' });
    expect(exported.articles[1].published).toBeNull();
  });
});

describe('dossier demo', () => {
  it('runs on a fresh temporary store and shows articles and removed chrome', () => {
    const r = runCli(['demo']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Dossier demo: \d+ articles ingested/);
    expect(r.stdout).toMatch(/photo-caption/);
    expect(existsSync(join(REPO, '.dossier'))).toBe(false);
  });
});
