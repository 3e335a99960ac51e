/** `dossier entities`, `dossier quotes`, `dossier claims`: what the extract stage found, listed from the store. */
import { InvalidArgumentError, type Command } from 'commander';
import type { Claim, EntityType, Quantity } from '../../types.js';
import { resolveConfig, withStore, type GlobalFlags } from '../context.js';
import { oneLine, printJson } from '../format.js';
import { listOptions, type ListFlags } from '../options.js';

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'other'];
const entityType = (value: string): EntityType => {
  if ((ENTITY_TYPES as readonly string[]).includes(value)) return value as EntityType;
  throw new InvalidArgumentError(`expected one of ${ENTITY_TYPES.join(', ')}`);
};

export function registerExtracted(program: Command): void {
  listOptions(program
    .command('entities')
    .description('people, organisations and places merged across articles, most mentioned first')
    .option('--type <type>', `only this type (${ENTITY_TYPES.join(', ')})`, entityType)
    .option('--name <text>', 'names or aliases containing this text'))
    .action(async (opts: ListFlags & { type?: EntityType; name?: string }, cmd: Command) => {
      const config = resolveConfig(cmd.optsWithGlobals<GlobalFlags>());
      await withStore(config, async (store) => {
        const entities = await store.listEntities({ ...(opts.type ? { type: opts.type } : {}), ...(opts.name ? { name: opts.name } : {}) }, { limit: opts.limit, offset: opts.offset });
        if (opts.json) return printJson(entities);
        for (const e of entities) {
          const aliases = e.aliases.filter((a) => a !== e.name);
          process.stdout.write(`${e.id.padEnd(6)} ${e.type.padEnd(12)} ${String(e.mentions).padStart(4)} mentions in ${String(e.articles.length).padStart(3)} articles  ${e.name}${aliases.length ? `  (also: ${aliases.slice(0, 5).join(', ')})` : ''}\n`);
        }
        if (entities.length === 0) process.stdout.write('no entities\n');
      });
    });

  listOptions(program
    .command('quotes')
    .description('quotes with their speakers and the channels that relayed them')
    .option('--speaker <name>', 'speakers whose name contains this text'))
    .action(async (opts: ListFlags & { speaker?: string }, cmd: Command) => {
      const config = resolveConfig(cmd.optsWithGlobals<GlobalFlags>());
      await withStore(config, async (store) => {
        const quotes = await store.listQuotes(opts.speaker ? { speaker: opts.speaker } : {}, { limit: opts.limit, offset: opts.offset });
        if (opts.json) return printJson(quotes);
        for (const q of quotes) {
          const via = q.via.length ? ` via ${q.via.join(' > ')}` : '';
          process.stdout.write(`${q.id.padEnd(6)} ${q.article.padEnd(6)} ${q.speaker ?? '(unattributed)'}${q.speakerEntity ? ` [${q.speakerEntity}]` : ''}${via}\n    "${oneLine(q.text, 110)}"\n`);
        }
        if (quotes.length === 0) process.stdout.write('no quotes\n');
      });
    });

  listOptions(program
    .command('claims')
    .description('checkable statements: figures with unit and bound, and dated statements')
    .option('--about <text>', 'claims whose subject or sentence contains this text'))
    .action(async (opts: ListFlags & { about?: string }, cmd: Command) => {
      const config = resolveConfig(cmd.optsWithGlobals<GlobalFlags>());
      await withStore(config, async (store) => {
        const claims = await store.listClaims(opts.about ? { about: opts.about } : {}, { limit: opts.limit, offset: opts.offset });
        if (opts.json) return printJson(claims);
        for (const c of claims) process.stdout.write(claimLine(c));
        if (claims.length === 0) process.stdout.write('no claims\n');
      });
    });
}

const BOUND_WORDS: Record<Quantity['bound'], string> = { exact: '', about: 'about ', over: 'over ', under: 'under ', up_to: 'up to ', at_least: 'at least ', range: '' };

export function formatQuantity(q: Quantity | null): string {
  if (!q) return '(dated statement)';
  const value = q.bound === 'range' && q.max !== undefined ? `${q.value.toLocaleString('en')}–${q.max.toLocaleString('en')}` : q.value.toLocaleString('en');
  return `${BOUND_WORDS[q.bound]}${value}${q.unit ? ` ${q.unit}` : ''}`;
}

function claimLine(c: Claim): string {
  const when = c.when?.start ? ` (${c.when.start === c.when.end ? c.when.start : `${c.when.start}..${c.when.end}`})` : '';
  const by = c.attributedTo ? ` — ${c.attributedTo}` : '';
  return `${c.id.padEnd(6)} ${c.article.padEnd(6)} ${c.about}: ${formatQuantity(c.quantity)}${when}${by}\n    ${oneLine(c.sentence, 110)}\n`;
}
