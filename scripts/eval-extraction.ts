/**
 * `npm run eval:extraction`: article-body extraction on ../shared/datasets/extraction (real pages
 * with ground truth), through the real pipeline: `dossier ingest` the .html.gz files into a temp
 * store, `dossier export`, then the benchmark's own scorer (../shared/tools/score-extraction.py).
 * For a side-by-side, @mozilla/readability (with linkedom as the DOM) reads the same pages and its
 * textContent is scored by the same tool. Exit code 1 when our F1 falls below --bar (default 0).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractionDatasetDir, loadBenchmarkPages } from './lib/extraction-dataset.js';

const REPO = resolve(import.meta.dirname, '..');
const SHARED = resolve(process.env.DOSSIER_SHARED ?? join(REPO, '..', 'shared'));
const { values } = parseArgs({ options: { bar: { type: 'string', default: '0' }, 'no-readability': { type: 'boolean', default: false } } });

const dir = extractionDatasetDir(SHARED);
if (!dir) {
  console.log(`eval:extraction skipped: no dataset at ${join(SHARED, 'datasets', 'extraction')}`);
  process.exit(0);
}
const scorer = join(SHARED, 'tools', 'score-extraction.py');
const truth = join(dir, 'ground-truth.json');
const work = mkdtempSync(join(tmpdir(), 'dossier-eval-extraction-'));
try {
  const cli = join(REPO, 'dist', 'cli', 'main.js');
  const db = join(work, 'db');
  let started = performance.now();
  const ingest = spawnSync(process.execPath, [cli, '--db', db, 'ingest', join(dir, 'html')], { encoding: 'utf8' });
  const ingestSeconds = (performance.now() - started) / 1000;
  if (ingest.stderr.trim()) console.log(ingest.stderr.trim());
  const exportPath = join(work, 'export.json');
  const exported = execFileSync(process.execPath, [cli, '--db', db, 'export', '--format', 'json'], { maxBuffer: 1 << 30 });
  writeFileSync(exportPath, exported);
  console.log(`dossier (ingest ${ingestSeconds.toFixed(1)} s, whole pipeline)`);
  const ours = spawnSync('python3', [scorer, exportPath, truth, values.bar!], { encoding: 'utf8' });
  process.stdout.write(`  ${ours.stdout}`);

  if (!values['no-readability']) {
    const pages = loadBenchmarkPages(dir);
    started = performance.now();
    const articles = pages.map((page) => {
      const { document } = parseHTML(page.html);
      const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
      return { source: { path: page.file }, body: parsed?.textContent ?? '' };
    });
    const seconds = (performance.now() - started) / 1000;
    const readabilityPath = join(work, 'readability.json');
    writeFileSync(readabilityPath, JSON.stringify({ articles }));
    console.log(`@mozilla/readability + linkedom (${seconds.toFixed(1)} s, parse + extract only)`);
    const theirs = spawnSync('python3', [scorer, readabilityPath, truth], { encoding: 'utf8' });
    process.stdout.write(`  ${theirs.stdout}`);
  }
  process.exitCode = ours.status ?? 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
