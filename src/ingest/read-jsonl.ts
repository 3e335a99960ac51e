/**
 * JSONL -> one RawDocument per line: { title, body | html | text | content, url, outlet, authors, published }.
 * A bad line is reported with its line number; the other lines are still read.
 */
import type { RawDocument, SourceRef } from '../types.js';
import { fingerprintOf } from './fingerprint.js';

export interface JsonlLineError {
  readonly line: number;
  readonly message: string;
}

export interface JsonlRead {
  readonly documents: RawDocument[];
  readonly errors: JsonlLineError[];
}

const BODY_KEYS = ['body', 'text', 'content', 'articleBody'] as const;
const HTML_KEYS = ['html', 'content_html'] as const;
const DATE_KEYS = ['published', 'date', 'datePublished', 'published_at', 'pubDate'] as const;

export function readJsonl(text: string, source: SourceRef): JsonlRead {
  const documents: RawDocument[] = [];
  const errors: JsonlLineError[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const lineNo = index + 1;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (cause) {
      errors.push({ line: lineNo, message: `invalid JSON (${(cause as Error).message})` });
      return;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      errors.push({ line: lineNo, message: 'not a JSON object' });
      return;
    }
    const r = record as Record<string, unknown>;
    const html = firstString(r, HTML_KEYS);
    const body = firstString(r, BODY_KEYS);
    const content = html ?? body;
    if (!content) {
      errors.push({ line: lineNo, message: `no article text: expected one of ${[...BODY_KEYS, ...HTML_KEYS].join(', ')}` });
      return;
    }
    const url = str(r.url);
    const title = str(r.title) ?? str(r.headline);
    const outlet = str(r.outlet) ?? str(r.source) ?? str(r.publisher);
    const published = firstString(r, DATE_KEYS);
    const authors = toAuthors(r.authors ?? r.author ?? r.byline);
    documents.push({
      source: url ? { ...source, url } : source,
      format: 'jsonl',
      content,
      contentKind: html ? 'html' : 'text',
      hints: {
        ...(title ? { title } : {}),
        ...(outlet ? { outlet } : {}),
        ...(authors.length ? { authors } : {}),
        ...(published ? { published } : {}),
        ...(url ? { url } : {}),
      },
      fingerprint: fingerprintOf('jsonl', url, title, content),
    });
  });
  return { documents, errors };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

function firstString(r: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const v = str(r[key]);
    if (v) return v;
  }
  return undefined;
}

function toAuthors(v: unknown): string[] {
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : str((x as { name?: unknown })?.name) ?? '')).map((s) => s.trim()).filter(Boolean);
  return [];
}
