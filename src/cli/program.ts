/** The `dossier` command tree. Each command parses its flags, calls the pipeline or the store, and prints. */
import { Command } from 'commander';
import { registerIngest } from './commands/ingest.js';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';
import { registerArticles } from './commands/articles.js';
import { registerSearch } from './commands/search.js';
import { registerDemo } from './commands/demo.js';
import { registerTimeline } from './commands/timeline.js';
import { registerBrief } from './commands/brief.js';
import { registerServe } from './commands/serve.js';
import { registerDupes } from './commands/dupes.js';
import { registerEvents } from './commands/events.js';
import { registerExtracted } from './commands/extracted.js';

export function buildProgram(): Command {
  const program = new Command('dossier')
    .description('Turn a pile of news pages into an honest, cited dossier.')
    .option('--db <dir|url>', 'store: a folder for the embedded store (default ./.dossier) or postgres://...')
    .option('--config <file>', 'JSON config file (default ./dossier.config.json when present)')
    .showHelpAfterError()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerIngest(program);
  registerExport(program);
  registerImport(program);
  registerArticles(program);
  registerSearch(program);
  registerDupes(program);
  registerEvents(program);
  registerExtracted(program);
  registerDemo(program);
  registerTimeline(program);
  registerBrief(program);
  registerServe(program);
  return program;
}
