/**
 * Ingest specs (files, folders, globs, "-" for stdin) -> the list of inputs to read, in a stable
 * order. A spec that cannot be expanded (missing path, unreadable folder) becomes an error item;
 * the others go on.
 */
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export type InputItem =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'stdin'; readonly path: '-' }
  | { readonly kind: 'error'; readonly path: string; readonly code: 'INPUT_NOT_FOUND' | 'INPUT_UNREADABLE'; readonly message: string };

/** Yields inputs for each spec in order: folders recursively (sorted, hidden entries skipped). */
export async function* collectInputs(specs: readonly string[]): AsyncGenerator<InputItem> {
  for (const spec of specs) {
    if (spec === '-') {
      yield { kind: 'stdin', path: '-' };
      continue;
    }
    let info;
    try {
      info = await stat(spec);
    } catch (cause) {
      if (isDynamicPattern(spec)) {
        const matches = (await glob(spec, { onlyFiles: true, dot: false, expandDirectories: false })).sort();
        if (matches.length === 0) yield { kind: 'error', path: spec, code: 'INPUT_NOT_FOUND', message: 'pattern matches no files' };
        for (const path of matches) yield { kind: 'file', path };
        continue;
      }
      yield describeStatError(spec, cause);
      continue;
    }
    if (info.isDirectory()) yield* walk(spec);
    else if (info.isFile()) yield { kind: 'file', path: spec };
    else yield { kind: 'error', path: spec, code: 'INPUT_UNREADABLE', message: 'not a regular file or folder' };
  }
}

async function* walk(dir: string): AsyncGenerator<InputItem> {
  let names: { name: string; isDir: boolean; isFile: boolean }[];
  try {
    names = [];
    for await (const entry of await opendir(dir)) {
      if (entry.name.startsWith('.')) continue;
      names.push({ name: entry.name, isDir: entry.isDirectory(), isFile: entry.isFile() });
    }
  } catch (cause) {
    yield describeStatError(dir, cause);
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const path = join(dir, entry.name);
    if (entry.isDir) yield* walk(path);
    else if (entry.isFile) yield { kind: 'file', path };
  }
}

function describeStatError(path: string, cause: unknown): InputItem {
  const code = (cause as { code?: string }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'error', path, code: 'INPUT_NOT_FOUND', message: 'no such file or folder' };
  if (code === 'EACCES' || code === 'EPERM') return { kind: 'error', path, code: 'INPUT_UNREADABLE', message: 'permission denied' };
  return { kind: 'error', path, code: 'INPUT_UNREADABLE', message: (cause as Error).message ?? String(cause) };
}
