/**
 * Corpus pass: the mentions of newly added articles -> entities in the store. Incremental: a new
 * article's names join entities found through the store's alias-key index (store.findEntityKeys),
 * so neither all entities nor all pairs are ever loaded. Articles are taken in batches of
 * MERGE_BATCH_ARTICLES to keep memory bounded however many were ingested at once.
 */
import type { Article, Entity, EntityId, EntityType } from '../../types.js';
import type { CorpusPass } from '../../pipeline.js';
import type { MentionRow, Store } from '../../store/store.js';
import { keysOf, lookupKeys, mergeGroups, nameTexts, type KnownEntity, type MentionGroup } from './merge.js';

const TEMP_ID = 'new:';
/** Articles merged per round trip to the store; bounds memory (mentions of this many articles). */
export const MERGE_BATCH_ARTICLES = 200;

interface GroupWithMentions extends MentionGroup {
  readonly mentions: readonly number[];
}

/** One article's mentions -> one group per (canonical name, type). Mentions already assigned are left alone. */
export function groupMentions(mentions: readonly MentionRow[]): GroupWithMentions[] {
  const groups = new Map<string, { name: string; type: EntityType; texts: Set<string>; mentions: number[] }>();
  for (const m of mentions) {
    if (m.entity !== null) continue;
    const key = `${m.article}\u0000${m.type}\u0000${m.name}`;
    const g = groups.get(key) ?? groups.set(key, { name: m.name, type: m.type, texts: new Set(), mentions: [] }).get(key)!;
    g.texts.add(m.text);
    g.mentions.push(m.id);
  }
  return [...groups.values()].map((g) => ({ name: g.name, type: g.type, texts: [...g.texts], mentions: g.mentions }));
}

export const entityMergePass: CorpusPass = {
  name: 'entities',
  async update(store: Store, added: readonly Article[]): Promise<void> {
    for (let i = 0; i < added.length; i += MERGE_BATCH_ARTICLES) {
      await mergeBatch(store, added.slice(i, i + MERGE_BATCH_ARTICLES).map((a) => a.id));
    }
  },
};

async function mergeBatch(store: Store, articles: readonly Article['id'][]): Promise<void> {
  const groups = groupMentions(await store.listMentions(articles));
  if (groups.length === 0) return;
  // Candidates for every key of the batch, fetched once.
  const allKeys = [...new Set(groups.flatMap((g) => lookupKeys(keysOf(g.type, nameTexts([g.name, ...g.texts])))))];
  const hits = await store.findEntityKeys(allKeys);
  const byKey = new Map<string, EntityId[]>();
  for (const h of hits) (byKey.get(h.key) ?? byKey.set(h.key, []).get(h.key)!).push(h.entity);
  const known = new Map<string, KnownEntity>((await store.getEntities([...new Set(hits.map((h) => h.entity))])).map((e) => [e.id, e]));
  // New entities get temporary ids here and real ones from the store, which numbers them atomically.
  let temp = 0;
  const result = mergeGroups(
    groups,
    (keys) => [...new Set(keys.flatMap((k) => byKey.get(k) ?? []))].map((id) => known.get(id)).filter((e): e is KnownEntity => e !== undefined),
    () => `${TEMP_ID}${++temp}`,
  );
  const created = result.changed.filter((e) => e.id.startsWith(TEMP_ID));
  const realIds = await store.addEntities(created);
  const real = new Map(created.map((e, i) => [e.id, realIds[i]!]));
  const idOf = (id: string): EntityId => real.get(id) ?? (id as EntityId);
  await store.putEntities(result.changed.filter((e) => !real.has(e.id)).map((e): Entity => ({ id: e.id as EntityId, name: e.name, type: e.type, aliases: e.aliases, articles: [], mentions: 0 })));
  await store.addEntityKeys(result.keys.map((k) => ({ key: k.key, entity: idOf(k.entity) })));
  await store.setMentionEntities(groups.flatMap((g, i) => g.mentions.map((mention) => ({ mention, entity: idOf(result.assignments[i]!) }))));
}
