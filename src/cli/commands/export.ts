import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { once } from 'node:events';
import { writeExport } from '../../export/index.js';
import { resolveConfig, withStore, type GlobalFlags } from '../context.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the whole store as dossier.export/1 JSON (see EXPORT.md) to stdout')
    .option('--format <format>', 'output format: json', (v) => {
      if (v !== 'json') throw new InvalidArgumentError('only "json" is supported');
      return v;
    }, 'json')
    .action(async (_opts: { format: string }, cmd: Command) => {
      const config = resolveConfig(cmd.optsWithGlobals<GlobalFlags>());
      await withStore(config, (store) =>
        writeExport(store, async (chunk) => {
          // Respect back-pressure so a large export streams in bounded memory.
          if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
        }),
      );
    });
}
