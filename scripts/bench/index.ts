/**
 * `npm run bench [-- --only <section>[,<section>]] [-- --articles N] [-- --core] [-- --keep]`: runs the benchmark sections
 * in scripts/bench/sections/ in name order and prints their figures. Each section exports
 * `run(args): Promise<void>` and prints its own table. Timings here are measured, never asserted.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export interface BenchArgs {
  /** Articles to generate for sections that scale with it; section default when absent. */
  readonly articles?: number;
  readonly only?: readonly string[];
  /**
   * Sections that build stores ingest with the core stages only (clean, metadata, store: no
   * extraction, no corpus passes): much faster to build, for measuring what reads articles
   * (search). Their output says so.
   */
  readonly core?: boolean;
  /** Sections that build throw-away stores keep them and print where they are (to measure them again). */
  readonly keep?: boolean;
}

const { values } = parseArgs({ options: { articles: { type: 'string' }, only: { type: 'string' }, core: { type: 'boolean' }, keep: { type: 'boolean' } }, allowPositionals: true });
const args: BenchArgs = {
  ...(values.articles ? { articles: Number(values.articles) } : {}),
  ...(values.only ? { only: values.only.split(',') } : {}),
  ...(values.core ? { core: true } : {}),
  ...(values.keep ? { keep: true } : {}),
};

const dir = join(import.meta.dirname, 'sections');
const sections = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
for (const file of sections) {
  const name = file.replace(/^\d+-/, '').replace(/\.ts$/, '');
  if (args.only && !args.only.includes(name)) continue;
  console.log(`\n## ${name}`);
  const section = (await import(join(dir, file))) as { run(args: BenchArgs): Promise<void> };
  await section.run(args);
}
