import type { Command } from 'commander';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { readExportRecords } from '../../import/index.js';
import { AppFailure } from '../../result.js';
import { makeCtx, resolveConfig, withStore, type GlobalFlags } from '../context.js';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('load a `dossier export` JSON file (or - for stdin; gzip is read too) into an empty store, ids kept')
    .argument('<file>', 'the export to load, or - for stdin')
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      const config = resolveConfig(cmd.optsWithGlobals<GlobalFlags>());
      const ctx = makeCtx();
      const counts = await withStore(config, async (store) => {
        const records = readExportRecords(decompressed(openInput(file)), { now: ctx.now().toISOString(), warn: (m) => ctx.log.warn(m) });
        const r = await store.restore(records);
        if (!r.ok) throw new AppFailure(r.error);
        return { ...r.value, location: store.location };
      });
      const { location, ...n } = counts;
      process.stderr.write(
        `imported ${n.article} articles, ${n.event} events, ${n.story} stories, ${n.entity} entities, ${n.mention} mentions, ${n.quote} quotes, ${n.claim} claims, ${n.date} dates, ${n.relation} relations, ${n.timeline} timeline entries into ${location}\n`,
      );
    });
}

function openInput(file: string): AsyncIterable<Buffer> {
  if (file === '-') return process.stdin;
  const stream = createReadStream(file);
  return (async function* () {
    try {
      for await (const chunk of stream) yield chunk as Buffer;
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'ENOENT') throw new AppFailure({ code: 'INPUT_NOT_FOUND', message: `${file}: no such file` });
      if (code === 'EACCES' || code === 'EISDIR') throw new AppFailure({ code: 'INPUT_UNREADABLE', message: `${file}: ${code === 'EISDIR' ? 'is a folder' : 'permission denied'}` });
      throw e;
    }
  })();
}

/** Passes the bytes through, gunzipping them when they start with gzip's magic number. */
async function* decompressed(input: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const it = input[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) throw new AppFailure({ code: 'INPUT_EMPTY', message: 'the export file is empty' });
  const all = (async function* () {
    yield first.value;
    for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
  })();
  if (first.value[0] !== 0x1f || first.value[1] !== 0x8b) return yield* all;
  for await (const chunk of Readable.from(all).pipe(createGunzip())) yield chunk as Buffer;
}
