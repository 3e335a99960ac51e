import type { Command } from 'commander';
import type { ArticleId } from '../../types.js';
import { AppFailure } from '../../result.js';
import { resolveConfig, withStore, type GlobalFlags } from '../context.js';
import { articleLine, formatDate, printJson } from '../format.js';
import { listOptions, type ListFlags } from '../options.js';

export function registerArticles(program: Command): void {
  listOptions(program
    .command('articles')
    .description('list stored articles: id, publication date, outlet, title'))
    .action(async (opts: ListFlags, cmd: Command) => {
      const config = resolveConfig(cmd.optsWithGlobals<GlobalFlags>());
      await withStore(config, async (store) => {
        const articles = await store.listArticles({ limit: opts.limit, offset: opts.offset });
        if (opts.json) return printJson(articles.map(({ body: _body, removed: _removed, ...a }) => a));
        const total = await store.countArticles();
        for (const a of articles) process.stdout.write(`${articleLine(a)}\n`);
        process.stdout.write(`${articles.length} of ${total} articles\n`);
      });
    });

  program
    .command('show')
    .description('print one article: metadata, clean text, and the removed page chrome with reasons')
    .argument('<id>', 'article id, e.g. a1')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
      const config = resolveConfig(cmd.optsWithGlobals<GlobalFlags>());
      await withStore(config, async (store) => {
        const a = await store.getArticle(id as ArticleId);
        if (!a) throw new AppFailure({ code: 'NOT_FOUND', message: `no article "${id}"; list ids with: dossier articles` });
        if (opts.json) return printJson(a);
        const out = [
          `${a.id}  ${a.title ?? '(no title)'}`,
          `outlet:    ${a.outlet ?? '-'}`,
          `authors:   ${a.authors.join(', ') || '-'}`,
          `published: ${formatDate(a.published)}${a.published?.text ? `  (from "${a.published.text}")` : ''}`,
          `credits:   ${a.credits.join(', ') || '-'}`,
          `source:    ${a.source.path ?? ''}${a.source.url ? ` ${a.source.url}` : ''} (${a.format}, cleaned by ${a.cleanedBy})`,
          ...(a.duplicateOf ? [`copy of:   ${a.duplicateOf}`] : []),
          ...(a.event ? [`event:     ${a.event}  story: ${a.story ?? '-'}`] : []),
          '',
          a.body,
          '',
          `--- removed (${a.removed.length}) ---`,
          ...a.removed.map((r) => `[${r.reason}] ${r.text}`),
        ];
        process.stdout.write(`${out.join('\n')}\n`);
      });
    });
}
