/** `dossier entities|quotes|claims` through the real binary, and the export's quote/claim/entity links. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { SHARED, hasShared, runCli, tempDir } from './helpers.js';

const root = tempDir();
const pages = join(root, 'pages');
const db = join(root, 'db');
mkdirSync(pages, { recursive: true });
// Synthetic articles (fictional people and places); the second names the same people differently.
writeFileSync(join(pages, 'wire.txt'), `Marovia tests a new rocket
By Lena Fischer
2026-04-02

SELVA, April 2 (Nordwire) - Marovian leader Anton Veliko watched the launch of a new rocket on Wednesday, the Marovian Central News Agency (MCNA) said.

"Our rocket forces are ready for anything," Veliko said, according to MCNA.

The rocket flew about 900 km, officials in Halvik said. More than 20 rockets have been launched this year.
`);
writeFileSync(join(pages, 'paper.txt'), `Halvik protests rocket test
By Dana Ilves
2026-04-03

Halvik's foreign minister, Ilse Marten, said the launch broke at least two treaties.

"This was a reckless act," Marten told the Harbor Gazette. The MNCA report said leader Anton Veliko had "personally guided" the test.

Ilse Marten said the Halvik navy had tracked the rocket for 12 minutes.
`);

describe('dossier entities / quotes / claims', () => {
  it('ingests, then lists merged entities with mention and article counts', () => {
    const ingest = runCli(['ingest', pages, '--db', db]);
    expect(ingest.status).toBe(0);
    const people = runCli(['entities', '--type', 'person', '--db', db]);
    expect(people.status).toBe(0);
    expect(people.stdout).toMatch(/person\s+\d+ mentions in\s+2 articles\s+Anton Veliko/);
    expect(people.stdout).not.toMatch(/organization|place/);
    const all = JSON.parse(runCli(['entities', '--json', '--db', db]).stdout) as { name: string; aliases: string[]; articles: string[] }[];
    const agency = all.find((e) => e.name === 'Marovian Central News Agency');
    expect(agency?.aliases).toEqual(expect.arrayContaining(['MCNA', 'MNCA']));
    expect(agency?.articles).toHaveLength(2);
    const bad = runCli(['entities', '--type', 'animal', '--db', db]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/expected one of person, organization, place, other/);
  });

  it('lists quotes by speaker with their relay channel', () => {
    const r = runCli(['quotes', '--speaker', 'veliko', '--json', '--db', db]);
    const quotes = JSON.parse(r.stdout) as { text: string; speaker: string; via: string[]; speakerEntity: string | null }[];
    expect(quotes).toEqual([expect.objectContaining({ text: 'Our rocket forces are ready for anything', speaker: 'Anton Veliko', via: ['Marovian Central News Agency'] })]);
    expect(quotes[0]!.speakerEntity).toMatch(/^n\d+$/);
    // The agency's words about the leader are the agency's quote, linked to the merged agency entity.
    const agency = JSON.parse(runCli(['quotes', '--speaker', 'mnca', '--json', '--db', db]).stdout) as { text: string; speakerEntity: string }[];
    const merged = (JSON.parse(runCli(['entities', '--name', 'Marovian Central', '--json', '--db', db]).stdout) as { id: string }[])[0]!;
    expect(agency).toEqual([expect.objectContaining({ text: 'personally guided', speakerEntity: merged.id })]);
    const text = runCli(['quotes', '--speaker', 'marten', '--db', db]).stdout;
    expect(text).toMatch(/Ilse Marten \[n\d+\] via Harbor Gazette\n\s+"This was a reckless act"/);
  });

  it('lists claims about a subject with quantity, bound and source', () => {
    const r = runCli(['claims', '--about', 'rocket', '--db', db]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/about 900 km — officials in Halvik/);
    expect(r.stdout).toMatch(/over 20 rockets/);
    const treaties = JSON.parse(runCli(['claims', '--about', 'treaties', '--json', '--db', db]).stdout) as { quantity: unknown; attributedTo: string }[];
    expect(treaties).toEqual([expect.objectContaining({ quantity: { value: 2, unit: 'treaties', bound: 'at_least' }, attributedTo: 'Ilse Marten' })]);
    expect(runCli(['claims', '--about', 'no-such-thing', '--db', db]).stdout).toMatch(/no claims/);
  });

  it.skipIf(!hasShared)('exports quotes whose speaker entities resolve and spans that hold their text', () => {
    const out = runCli(['export', '--db', db]);
    const file = join(root, 'export.json');
    writeFileSync(file, out.stdout);
    const check = spawnSync('python3', [join(SHARED, 'tools', 'check-export.py'), file], { encoding: 'utf8' });
    expect(check.stdout + check.stderr).toMatch(/export check: ok/);
    const exported = JSON.parse(out.stdout) as { quotes: { speaker: { entity: string | null } | null }[]; entities: { id: string }[] };
    const ids = new Set(exported.entities.map((e) => e.id));
    expect(exported.quotes.filter((q) => q.speaker?.entity).every((q) => ids.has(q.speaker!.entity!))).toBe(true);
  });
});
