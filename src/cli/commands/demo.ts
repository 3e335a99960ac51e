import type { Command } from 'commander';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCtx, resolveConfig, withStore, type GlobalFlags } from '../context.js';
import { articleLine, formatDate, oneLine } from '../format.js';
import { runIngest } from './ingest.js';
import { pickCleaningExample, printCleaningExample } from './demo-cleaning.js';
import type { Store } from '../../store/store.js';
import type { Article } from '../../types.js';
import { hasFullDate } from '../../clean/line-shape.js';

/** The synthetic example corpus shipped with the package (no real news text). */
export const DEMO_CORPUS = fileURLToPath(new URL('../../../demo/corpus', import.meta.url));

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('ingest the bundled example corpus into a temporary store and show what Dossier makes of it')
    .option('--keep', 'print the store folder so you can explore it with other commands')
    .action(async (opts: { keep?: boolean }, cmd: Command) => {
      const flags = cmd.optsWithGlobals<GlobalFlags>();
      const db = flags.db ?? mkdtempSync(join(tmpdir(), 'dossier-demo-'));
      const config = resolveConfig({ ...flags, db });
      const ctx = makeCtx();
      await withStore(config, async (store) => {
        const summary = await runIngest([DEMO_CORPUS], store, config, ctx);
        const out = (line = ''): boolean => process.stdout.write(`${line}\n`);
        out(`Dossier demo: ${summary.ingested} articles ingested from ${DEMO_CORPUS} (${summary.rejected} rejected)`);
        out(`store: ${store.location}`);
        await printOverview(store, out);
        const example = pickCleaningExample(await store.listArticles({ limit: 1000 }));
        if (example) printCleaningExample(example, out);
        const again = await runIngest([DEMO_CORPUS], store, config, ctx);
        out();
        out(`== Ingesting the same corpus again: ${again.ingested} new, ${again.alreadyStored} already stored (recognised by fingerprint before any cleaning)`);
        out();
        out(`Explore it: npx dossier --db ${db} articles | show <id> | search <words> | export --format json`);
      });
    });
}

/** For an undated page: where the dates it does show were found ("; its dates belong to: weather-or-date-widget, related-headlines"). */
function otherDates(a: Article): string {
  const reasons = [...new Set(a.removed.filter((r) => hasFullDate(r.text)).map((r) => r.reason))];
  return reasons.length ? `; the dates on it belong to: ${reasons.join(', ')}` : '';
}

async function printOverview(store: Store, out: (line?: string) => void): Promise<void> {
  const articles = await store.listArticles({ limit: 1000 });
  out();
  out('== Articles (id, published, outlet, title)');
  for (const a of articles) out(`  ${articleLine(a)}`);

  const reasons = new Map<string, number>();
  for (const a of articles) for (const r of a.removed) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
  out();
  out('== Page chrome removed, by reason (every piece is kept: see `show <id>`)');
  for (const [reason, n] of [...reasons].sort((x, y) => y[1] - x[1])) out(`  ${reason.padEnd(24)} ${n}`);

  const undated = articles.filter((a) => a.published === null);
  out();
  out('== Publication dates: only what each document states');
  for (const a of articles) out(`  ${a.id.padEnd(5)} ${formatDate(a.published).padEnd(12)} ${a.published?.text ? `from "${oneLine(a.published.text, 50)}"` : `the page states no date${otherDates(a)}`}`);
  if (undated.length) out(`  (${undated.length} without a stated date stay null: never today, never a sidebar date)`);
}
