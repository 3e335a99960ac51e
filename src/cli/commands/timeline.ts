import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { Article, ArticleId, StoryId, TimelineEntry } from '../../types.js';
import type { Store } from '../../store/store.js';
import { AppFailure } from '../../result.js';
import { contractTimelineEntry } from '../../export/to-contract.js';
import { resolveConfig, withStore, type GlobalFlags } from '../context.js';
import { formatDate, oneLine, printJson } from '../format.js';

export const formatOption = (v: string): 'md' | 'json' => {
  if (v !== 'md' && v !== 'json') throw new InvalidArgumentError('expected "md" or "json"');
  return v;
};

interface StoryTimeline {
  readonly story: StoryId | null;
  readonly label: string;
  readonly timeline: readonly TimelineEntry[];
}

export function registerTimeline(program: Command): void {
  program
    .command('timeline')
    .description('what happened when, in event time, each statement with every article that states it (undated statements are left out)')
    .option('--story <id>', 'one story, e.g. s1 (default: every story)')
    .option('--event <id>', 'only the entries of one event, e.g. e2')
    .option('--format <format>', 'md or json', formatOption, 'md')
    .action(async (opts: { story?: string; event?: string; format: 'md' | 'json' }, cmd: Command) => {
      const config = resolveConfig(cmd.optsWithGlobals<GlobalFlags>());
      await withStore(config, async (store) => {
        const timelines = await loadTimelines(store, opts.story as StoryId | undefined);
        const filtered = opts.event ? await Promise.all(timelines.map((t) => forEvent(store, t, opts.event!))) : timelines;
        if (opts.format === 'json') {
          const shaped = filtered.map((t) => ({ story: t.story, label: t.label, timeline: t.timeline.map(contractTimelineEntry) }));
          return printJson(opts.story ? shaped[0] : shaped);
        }
        const outlets = await outletsOf(store, filtered.flatMap((t) => t.timeline.flatMap((e) => e.sources.map((s) => s.article))));
        process.stdout.write(filtered.map((t) => timelineMarkdown(t, outlets)).join('\n'));
      });
    });
}

async function loadTimelines(store: Store, story: StoryId | undefined): Promise<StoryTimeline[]> {
  if (story) {
    const s = await store.getStory(story);
    if (!s) throw new AppFailure({ code: 'NOT_FOUND', message: `no story "${story}"; list stories with: dossier stories` });
    return [{ story: s.id, label: s.label, timeline: await all((p) => store.listTimeline({ story: s.id }, p)) }];
  }
  const stories = await all((p) => store.listStories(p));
  if (stories.length === 0) return [{ story: null, label: 'All articles (not clustered into stories)', timeline: await all((p) => store.listTimeline({}, p)) }];
  const out: StoryTimeline[] = [];
  for (const s of stories) out.push({ story: s.id, label: s.label, timeline: await all((p) => store.listTimeline({ story: s.id }, p)) });
  return out;
}

async function forEvent(store: Store, t: StoryTimeline, event: string): Promise<StoryTimeline> {
  const ids = [...new Set(t.timeline.flatMap((e) => e.sources.map((s) => s.article)))];
  const inEvent = new Set((await store.getArticles(ids)).filter((a) => a.event === event).map((a) => a.id as string));
  return { ...t, timeline: t.timeline.filter((e) => e.event === event || e.sources.some((s) => inEvent.has(s.article))) };
}

async function outletsOf(store: Store, ids: readonly ArticleId[]): Promise<Map<string, string>> {
  const arts: Article[] = await store.getArticles([...new Set(ids)]);
  return new Map(arts.map((a) => [a.id as string, a.outlet ?? a.source.path ?? a.id]));
}

function timelineMarkdown(t: StoryTimeline, outlets: ReadonlyMap<string, string>): string {
  const lines = [`# ${t.label}${t.story ? ` (${t.story})` : ''}`, ''];
  if (t.timeline.length === 0) lines.push('_No dated statements._');
  for (const e of t.timeline) {
    const when = `${formatDate(e.when)}${e.when.precision ? ` (${e.when.precision})` : ''}`;
    lines.push(`- **${when}**${e.event ? ` [${e.event}]` : ''} ${oneLine(e.text, 400)}`);
    lines.push(`  - ${e.sources.map((s) => `${outlets.get(s.article) ?? s.article} (${s.article} ${s.span.start}-${s.span.end})`).join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Every page of a paged list. */
export async function all<T>(fetch: (page: { offset: number; limit: number }) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await fetch({ offset, limit: 1000 });
    out.push(...page);
    if (page.length < 1000) return out;
  }
}
