import type { Command } from 'commander';
import type { Article, Event, StoryId } from '../../types.js';
import type { Store } from '../../store/store.js';
import { AppFailure } from '../../result.js';
import { resolveConfig, withStore, type GlobalFlags } from '../context.js';
import { formatDate, oneLine, printJson } from '../format.js';
import { listOptions, type ListFlags } from '../options.js';

export function registerEvents(program: Command): void {
  listOptions(program
    .command('stories')
    .description('list stories: each with its events (date, label) and how many articles and outlets report it'))
    .action(async (opts: ListFlags, cmd: Command) => {
      const config = resolveConfig(cmd.optsWithGlobals<GlobalFlags>());
      await withStore(config, async (store) => {
        const stories = await store.listStories({ limit: opts.limit, offset: opts.offset });
        if (opts.json) return printJson(stories);
        for (const s of stories) {
          const events = await store.listEvents({ story: s.id }, { limit: 1000 });
          const outlets = outletsOf(await store.getArticles(s.articles));
          process.stdout.write(`${s.id}  ${oneLine(s.label, 90)}\n    ${events.length} events, ${s.articles.length} articles, ${outlets.length} outlets\n`);
          for (const e of events) process.stdout.write(`    ${e.id.padEnd(6)} ${formatDate(e.when).padEnd(10)}  ${String(e.articles.length).padStart(3)} art.  ${oneLine(e.label, 70)}\n`);
        }
        process.stdout.write(`${stories.length} stories\n`);
      });
    });

  listOptions(program
    .command('events')
    .description('list events: date, label, story, and the articles (date, outlet, title) that report each')
    .option('--story <id>', 'only the events of this story, e.g. s3'))
    .action(async (opts: ListFlags & { story?: string }, cmd: Command) => {
      const config = resolveConfig(cmd.optsWithGlobals<GlobalFlags>());
      await withStore(config, async (store) => {
        if (opts.story && !(await store.getStory(opts.story as StoryId))) {
          throw new AppFailure({ code: 'NOT_FOUND', message: `no story "${opts.story}"; list ids with: dossier stories` });
        }
        const events = await store.listEvents(opts.story ? { story: opts.story as StoryId } : {}, { limit: opts.limit, offset: opts.offset });
        if (opts.json) return printJson(events);
        for (const e of events) await printEvent(store, e);
        process.stdout.write(`${events.length} events\n`);
      });
    });
}

async function printEvent(store: Store, e: Event): Promise<void> {
  const articles = await store.getArticles(e.articles);
  process.stdout.write(`${e.id}  ${formatDate(e.when)}  ${oneLine(e.label, 80)}  [story ${e.story ?? '-'}]\n`);
  process.stdout.write(`    ${articles.length} articles, ${outletsOf(articles).length} outlets\n`);
  for (const a of articles) {
    const copy = a.duplicateOf ? `  [copy of ${a.duplicateOf}]` : '';
    process.stdout.write(`    ${a.id.padEnd(6)} ${formatDate(a.published).padEnd(10)}  ${(a.outlet ?? '-').slice(0, 22).padEnd(22)}  ${oneLine(a.title ?? a.body, 60)}${copy}\n`);
  }
}

function outletsOf(articles: readonly Article[]): string[] {
  return [...new Set(articles.map((a) => a.outlet).filter((o): o is string => !!o))].sort();
}

