import type { Command } from 'commander';
import type { Article, StoryId, StoryMaterial } from '../../types.js';
import type { Store } from '../../store/store.js';
import { AppFailure } from '../../result.js';
import { relateClaims } from '../../relate/index.js';
import { loadStoryMaterial, materialFor } from '../../relate/material.js';
import { buildTimeline } from '../../timeline/index.js';
import { buildBrief, DEFAULT_BRIEF_OPTIONS } from '../../brief/index.js';
import { briefJson, briefMarkdown } from '../../brief/render.js';
import { resolveConfig, withStore, type GlobalFlags } from '../context.js';
import { positiveInt } from '../options.js';
import { formatOption } from './timeline.js';

export function registerBrief(program: Command): void {
  program
    .command('brief')
    .description('a short extractive summary of one story: every sentence copied from the articles it cites; disagreements stated')
    .option('--story <id>', 'the story, e.g. s1 (list them with: dossier stories); may be left out only while nothing is clustered')
    .option('--sentences <n>', 'how many sentences', positiveInt, DEFAULT_BRIEF_OPTIONS.sentences)
    .option('--format <format>', 'md or json', formatOption, 'md')
    .action(async (opts: { story?: string; sentences: number; format: 'md' | 'json' }, cmd: Command) => {
      const config = resolveConfig(cmd.optsWithGlobals<GlobalFlags>());
      await withStore(config, async (store) => {
        const m = await material(store, opts.story as StoryId | undefined);
        const { relations, facts } = relateClaims(m);
        const brief = buildBrief({ material: m, relations, facts, timeline: buildTimeline(m) }, { sentences: opts.sentences });
        process.stdout.write(opts.format === 'json' ? briefJson(brief) : briefMarkdown(brief));
      });
    });
}

async function material(store: Store, story: StoryId | undefined): Promise<StoryMaterial> {
  if (story) {
    const m = await loadStoryMaterial(store, story);
    if (!m) throw new AppFailure({ code: 'NOT_FOUND', message: `no story "${story}"; list stories with: dossier stories` });
    return m;
  }
  if ((await store.listStories({ limit: 1 })).length > 0) {
    throw new AppFailure({ code: 'BAD_REQUEST', message: 'brief needs --story ID; list stories with: dossier stories' });
  }
  const articles: Article[] = [];
  for await (const a of store.streamArticles()) articles.push(a);
  return materialFor(store, null, [], articles);
}
