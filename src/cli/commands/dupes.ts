import type { Command } from 'commander';
import type { ArticleId, CopyLink } from '../../types.js';
import { resolveConfig, withStore, type GlobalFlags } from '../context.js';
import { articleLine, printJson } from '../format.js';
import { positiveInt } from '../options.js';

export function registerDupes(program: Command): void {
  program
    .command('dupes')
    .description('list copy groups: each earliest article with the copies of it (exact, near-duplicate or wire copy) and their similarity')
    .option('--limit <n>', 'copy links to read', positiveInt, 200)
    .option('--offset <n>', 'skip this many copy links', positiveInt, 0)
    .option('--json', 'print JSON')
    .action(async (opts: { limit: number; offset: number; json?: boolean }, cmd: Command) => {
      const config = resolveConfig(cmd.optsWithGlobals<GlobalFlags>());
      await withStore(config, async (store) => {
        const links = await store.listCopies({ limit: opts.limit, offset: opts.offset });
        const groups = new Map<ArticleId, CopyLink[]>();
        for (const l of links) (groups.get(l.copyOf) ?? groups.set(l.copyOf, []).get(l.copyOf)!).push(l);
        if (opts.json) return printJson([...groups].map(([original, copies]) => ({ original, copies: copies.map(({ article, similarity, kind }) => ({ article, similarity, kind })) })));
        const articles = new Map((await store.getArticles([...new Set(links.flatMap((l) => [l.copyOf, l.article]))])).map((a) => [a.id, a]));
        for (const [original, copies] of groups) {
          const a = articles.get(original);
          process.stdout.write(`${a ? articleLine(a) : original}\n`);
          for (const c of copies) {
            const b = articles.get(c.article);
            process.stdout.write(`  ${c.kind.padEnd(5)} ${c.similarity.toFixed(2)}  ${b ? articleLine({ ...b, duplicateOf: null }) : c.article}\n`);
          }
        }
        process.stdout.write(`${groups.size} copy groups, ${links.length} copies${links.length === opts.limit ? ` (first ${opts.limit}; see --offset)` : ''}\n`);
      });
    });
}
