import type { Command } from 'commander';
import { resolveConfig, withStore, type GlobalFlags } from '../context.js';
import { printJson } from '../format.js';
import { positiveInt } from '../options.js';

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over titles and article bodies')
    .argument('<query...>', 'words to find')
    .option('--limit <n>', 'how many', positiveInt, 20)
    .option('--json', 'print JSON')
    .action(async (words: string[], opts: { limit: number; json?: boolean }, cmd: Command) => {
      const config = resolveConfig(cmd.optsWithGlobals<GlobalFlags>());
      await withStore(config, async (store) => {
        const { hits, total, totalIsLowerBound } = await store.search(words.join(' '), { limit: opts.limit });
        if (opts.json) return printJson(hits.map((h) => ({ ...h, snippet: h.snippet.replace(/[\u0001\u0002]/g, '') })));
        const bold = process.stdout.isTTY ? ['\x1b[1m', '\x1b[0m'] : ['*', '*'];
        for (const h of hits) {
          process.stdout.write(`${h.article}  ${h.title ?? '(no title)'}\n    ${h.snippet.replace(/\s+/g, ' ').replace(/\u0001/g, bold[0]!).replace(/\u0002/g, bold[1]!)}\n`);
        }
        if (hits.length === 0) process.stdout.write('no matches\n');
        else if (totalIsLowerBound) process.stdout.write(`more than ${total} articles match: these are the best of the newest ${total}; add words to narrow\n`);
      });
    });
}
