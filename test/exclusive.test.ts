/**
 * Store.exclusive across processes: corpus passes of concurrent ingests must not interleave. Three
 * processes open one store at once, each holds the exclusive section for a moment and records when
 * it entered and left; no two sections may overlap. Runs on both stores.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './helpers.js';
import { BOTH_STORES, freshDb } from './stores.js';

const HOLDER = `
const { openStore } = await import(${JSON.stringify(join(REPO, 'dist', 'store', 'index.js'))});
const opened = await openStore(process.argv[1]);
if (!opened.ok) { console.error(opened.error.message); process.exit(2); }
const store = opened.value;
await store.exclusive(async () => {
  const entered = Date.now();
  await new Promise((r) => setTimeout(r, 400));
  console.log(JSON.stringify({ entered, left: Date.now() }));
});
await store.close();
`;

function hold(db: string): Promise<{ entered: number; left: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', HOLDER, db], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`holder exited ${code}: ${err}`))));
  });
}

describe.each(BOTH_STORES)('Store.exclusive (%s store)', (mode) => {
  it('lets one process at a time into the section', async () => {
    const db = freshDb(mode, 'exclusive');
    // The store is created (migrated) first, so the holders race only for the section.
    await hold(db);
    const spans = (await Promise.all([hold(db), hold(db), hold(db)])).sort((a, b) => a.entered - b.entered);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.entered).toBeGreaterThanOrEqual(spans[i - 1]!.left);
  });
});
