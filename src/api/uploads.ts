/**
 * Stages an HTTP upload as files in a fresh temp folder, so it can be ingested exactly like files
 * given to the CLI. Names are the client's base names, made safe; each file gets its own numbered
 * subfolder so two uploads named alike never collide. The caller removes the folder.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StagedUpload {
  readonly dir: string;
  /** Paths to ingest, in upload order. */
  readonly paths: readonly string[];
  /** Maps a staged path (possibly with a ":line" suffix) back to the name the client gave. */
  displayPath(path: string): string;
  remove(): Promise<void>;
}

/** Longest file name kept, characters. */
const MAX_NAME_CHARS = 200;
// Control characters, path separators and characters Windows forbids in names.
const UNSAFE_NAME = /[\u0000-\u001f\u007f/\\:*?"<>|]/g;

/** The base name a client sent, without folders or characters a file system or a terminal would trip on. */
export function safeUploadName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(UNSAFE_NAME, '_').replace(/^\.+/, '').trim().slice(0, MAX_NAME_CHARS);
  return cleaned === '' ? fallback : cleaned;
}

/** Staged paths look like <dir>/0001/<name>[:line]; the client's name is what follows the number folder. */
export function displayPathFor(dir: string): (path: string) => string {
  const prefix = `${dir}${sep}`;
  return (path) => (path.startsWith(prefix) ? path.slice(prefix.length).replace(/^\d{4}[\\/]/, '') : path);
}

export async function stageFiles(files: readonly File[]): Promise<StagedUpload> {
  return stage(async (dir) => {
    const paths: string[] = [];
    for (const [i, file] of files.entries()) {
      const folder = join(dir, String(i + 1).padStart(4, '0'));
      await mkdir(folder);
      const path = join(folder, safeUploadName(file.name, `upload-${i + 1}`));
      await pipeline(Readable.fromWeb(file.stream() as import('node:stream/web').ReadableStream), createWriteStream(path));
      paths.push(path);
    }
    return paths;
  });
}

/** A request body (e.g. JSONL) streamed to one file named `name`. */
export async function stageBody(body: ReadableStream<Uint8Array> | null, name: string): Promise<StagedUpload> {
  return stage(async (dir) => {
    const folder = join(dir, '0001');
    await mkdir(folder);
    const path = join(folder, safeUploadName(name, 'request-body.jsonl'));
    if (body) await pipeline(Readable.fromWeb(body as import('node:stream/web').ReadableStream), createWriteStream(path));
    else await writeFile(path, '');
    return [path];
  });
}

async function stage(write: (dir: string) => Promise<string[]>): Promise<StagedUpload> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-upload-'));
  const remove = (): Promise<void> => rm(dir, { recursive: true, force: true });
  try {
    const paths = await write(dir);
    return { dir, paths, displayPath: displayPathFor(dir), remove };
  } catch (e) {
    await remove();
    throw e;
  }
}
