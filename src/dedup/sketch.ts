/** An article -> its dedup sketch (normalised-body hash, MinHash, LSH band keys). Pure. */
import type { Article, ArticleSketch } from '../types.js';
import { bandKeys, minhash } from './minhash.js';
import { bodyHash, normalisedWords, shingleHashes } from './shingles.js';

export function sketchArticle(article: Pick<Article, 'id' | 'body' | 'credits' | 'published'>): ArticleSketch {
  const words = normalisedWords(article.body);
  const shingles = shingleHashes(words);
  const sketch = minhash(shingles);
  return {
    article: article.id,
    bodyHash: bodyHash(words),
    shingles: shingles.size,
    minhash: sketch,
    bands: bandKeys(sketch),
    credits: article.credits,
    published: article.published?.start ?? null,
  };
}
