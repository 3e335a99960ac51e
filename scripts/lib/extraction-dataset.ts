/**
 * The article-extraction benchmark pages in ../shared/datasets/extraction: each page's id, its HTML
 * (read through the project's own decoder, as `dossier ingest` reads it) and its true article body.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../../src/ingest/decode.js';

export interface BenchmarkPage {
  readonly id: string;
  readonly file: string;
  readonly html: string;
  readonly truth: string;
}

/** The dataset folder, or null when ../shared is not beside the repository. */
export function extractionDatasetDir(shared: string): string | null {
  const dir = join(shared, 'datasets', 'extraction');
  return existsSync(join(dir, 'ground-truth.json')) && existsSync(join(dir, 'html')) ? dir : null;
}

export function loadBenchmarkPages(dir: string): BenchmarkPage[] {
  const gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
  const pages: BenchmarkPage[] = [];
  for (const file of readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html.gz')).sort()) {
    const id = file.split('.')[0]!;
    const bytes = gunzipSync(readFileSync(join(dir, 'html', file)));
    const decoded = decodeBytes(bytes, { maxBytes: 64 * 1048576 });
    if (!decoded.ok) throw new Error(`${file}: ${decoded.error.message}`);
    pages.push({ id, file, html: decoded.value.text, truth: gold[id]?.articleBody ?? '' });
  }
  return pages;
}
