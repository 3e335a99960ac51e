/**
 * Writes generated articles (./synthetic.ts) as JSONL for `dossier ingest`: one page per line,
 * `{ url, body }` for page dumps or `{ url, html }` for HTML pages, so the ingest cleans them as it
 * cleans files. Streams with back-pressure: any number of articles in constant memory.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { generateArticles, type SyntheticOptions } from './synthetic.js';

export interface JsonlShard {
  readonly path: string;
  /** Article numbers [from, to) of the generated sequence written to this file. */
  readonly from: number;
  readonly to: number;
}

/** The JSONL line for one generated article. */
export function jsonlLine(a: { name: string; format: 'text' | 'html'; content: string }): string {
  const url = `https://news.example/${a.name}`;
  return `${JSON.stringify(a.format === 'html' ? { url, html: a.content } : { url, body: a.content })}\n`;
}

/** Writes the generated sequence into one file per shard (each shard a contiguous range). */
export async function writeSyntheticJsonl(options: SyntheticOptions, shards: readonly JsonlShard[]): Promise<void> {
  let i = 0;
  let shard = 0;
  let out = shards.length ? createWriteStream(shards[0]!.path) : null;
  for (const article of generateArticles(options)) {
    while (out && i >= shards[shard]!.to) {
      out.end();
      await once(out, 'finish');
      shard++;
      out = shard < shards.length ? createWriteStream(shards[shard]!.path) : null;
    }
    if (!out) break;
    if (i >= shards[shard]!.from && !out.write(jsonlLine(article))) await once(out, 'drain');
    i++;
  }
  if (out) {
    out.end();
    await once(out, 'finish');
  }
}
