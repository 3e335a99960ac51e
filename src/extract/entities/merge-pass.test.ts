import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { openEmbeddedStore } from '../../store/embedded/index.js';
import { sampleArticle } from '../../store/store-contract.js';
import { EMPTY_ANALYSIS, type EntityMention } from '../../types.js';
import { entityMergePass } from './merge-pass.js';
import { tempDir, testCtx } from '../../../test/helpers.js';

const root = tempDir();
const mention = (name: string, type: EntityMention['type'], text = name): EntityMention => ({ name, type, text, span: { start: 0, end: text.length } });

describe('entity merge pass', () => {
  it('merges across articles incrementally: later ingests join existing entities, different people stay apart', async () => {
    const opened = await openEmbeddedStore(mkdtempSync(join(root, 's-')));
    if (!opened.ok) throw new Error(opened.error.message);
    const store = opened.value;
    try {
      const first = await store.addArticles([
        { article: sampleArticle(1), analysis: { ...EMPTY_ANALYSIS, entities: [mention('Kim Jong Un', 'person'), mention('Kim Jong Un', 'person', 'Kim'), mention('Korean Central News Agency', 'organization'), mention('Korean Central News Agency', 'organization', 'KCNA')] } },
      ]);
      await entityMergePass.update(store, first.added, testCtx());
      const second = await store.addArticles([
        { article: sampleArticle(2), analysis: { ...EMPTY_ANALYSIS, entities: [mention('Kim Jong-un', 'person'), mention('KNCA', 'organization')] } },
        { article: sampleArticle(3), analysis: { ...EMPTY_ANALYSIS, entities: [mention('Kim Yo Jong', 'person'), mention('Kim Yo Jong', 'person', 'Kim')] } },
      ]);
      await entityMergePass.update(store, second.added, testCtx());
      const people = await store.listEntities({ type: 'person' });
      expect(people.map((e) => [e.name, e.mentions, e.articles.length]).sort()).toEqual([['Kim Jong Un', 3, 2], ['Kim Yo Jong', 2, 1]]);
      const [agency] = await store.listEntities({ type: 'organization' });
      expect(agency).toMatchObject({ name: 'Korean Central News Agency', mentions: 3 });
      expect(agency!.aliases).toEqual(expect.arrayContaining(['KCNA', 'KNCA']));
      // Running the pass again over the same articles changes nothing.
      await entityMergePass.update(store, [...first.added, ...second.added], testCtx());
      expect(await store.listEntities()).toHaveLength(3);
    } finally {
      await store.close();
    }
  });
});
