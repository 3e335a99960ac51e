#!/usr/bin/env node
/** The `dossier` command line. Parses flags, calls the pipeline and the store, prints results. */
import { AppFailure } from '../result.js';
import { buildProgram } from './program.js';

async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (e) {
    if (e instanceof AppFailure) {
      process.stderr.write(`dossier: ${e.error.code}: ${e.error.message}\n`);
      process.exitCode = 1;
      return;
    }
    process.stderr.write(`dossier: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 70;
  }
}

// Writing to a closed pipe (e.g. `dossier export | head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

await main();
