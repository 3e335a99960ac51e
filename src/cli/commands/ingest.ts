import type { Command } from 'commander';
import { ingestSpecs, type IngestSummary } from '../../pipeline.js';
import { defaultStagesFor } from '../../stages.js';
import { makeCtx, resolveConfig, withStore, type GlobalFlags } from '../context.js';
import { makeProgress } from '../progress.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('ingest files, folders, globs or - (stdin): text page dumps, HTML, RSS/Atom, JSONL, optionally gzipped')
    .argument('<inputs...>', 'files, folders (recursive), glob patterns, or - for stdin')
    .option('--quiet', 'no summary line')
    .option('--verbose', 'also print debug lines (e.g. how many worker threads clean)')
    .action(async (inputs: string[], opts: { quiet?: boolean; verbose?: boolean }, cmd: Command) => {
      const config = resolveConfig(cmd.optsWithGlobals<GlobalFlags>());
      const ctx = makeCtx(opts.verbose);
      const summary = await withStore(config, (store) => runIngest(inputs, store, config, ctx));
      if (!opts.quiet) {
        process.stderr.write(`ingested ${summary.ingested} articles, ${summary.alreadyStored} already stored, ${summary.rejected} rejected\n`);
      }
      if (summary.rejected > 0) process.exitCode = 1;
    });
}

/** Ingest with per-file errors on stderr and a progress line when stderr is a terminal. */
export async function runIngest(
  inputs: readonly string[],
  store: Parameters<typeof ingestSpecs>[1],
  config: ReturnType<typeof resolveConfig>,
  ctx: ReturnType<typeof makeCtx>,
): Promise<IngestSummary> {
  const progress = makeProgress();
  try {
    return await ingestSpecs(inputs, store, config.ingest, defaultStagesFor(config), ctx, (event) => {
      if (event.kind === 'rejected') {
        progress.done();
        process.stderr.write(`${event.path}: ${event.code}: ${event.message}\n`);
      } else if (event.kind === 'warning') {
        progress.done();
        process.stderr.write(`${event.path}: warning: ${event.message}\n`);
      } else {
        progress.update(`ingesting… ${event.stored} stored, ${event.skipped} already stored (${event.path})`);
      }
    });
  } finally {
    progress.done();
  }
}
