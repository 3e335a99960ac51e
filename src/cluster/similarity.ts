/**
 * Article features + document frequencies -> pairwise similarity. Three views of an article, each
 * a TF-IDF vector compared by cosine: its content terms (the topic), its names (who and where)
 * and its numbers (tolls, magnitudes, ages); blended with fixed weights. Pure.
 */
import type { ClusterFeatures } from '../types.js';
import { KEY } from './features.js';
import { idf, sparseDot, toSparse, unitVector, type KeyTable, type SparseVector } from './vectors.js';

export interface SimilarityWeights {
  readonly terms: number;
  readonly names: number;
  readonly numbers: number;
}

/** Document frequencies: of each prefixed key, and the corpus size they were counted over. */
export interface DocumentFrequencies {
  readonly documents: number;
  readonly df: ReadonlyMap<string, number>;
}

export interface ArticleVectors {
  readonly terms: SparseVector;
  readonly names: SparseVector;
  readonly numbers: SparseVector;
}

/** Unit vectors per view, each key weighted by `weight(prefixedKey)` (the corpus IDF, or a local one); `keys` interns keys. */
export function articleVectors(f: ClusterFeatures, weight: (key: string) => number, keys: KeyTable = new Map()): ArticleVectors {
  return {
    terms: toSparse(unitVector(f.terms, (k) => weight(KEY.term + k)), keys),
    names: toSparse(unitVector(f.names, (k) => weight(KEY.name + k)), keys),
    numbers: toSparse(unitVector(f.numbers, (k) => weight(KEY.number + k)), keys),
  };
}

export const corpusIdf = (d: DocumentFrequencies) => (key: string): number => idf(d.df.get(key) ?? 0, d.documents);

export function similarity(a: ArticleVectors, b: ArticleVectors, w: SimilarityWeights): number {
  return w.terms * sparseDot(a.terms, b.terms) + w.names * sparseDot(a.names, b.names) + w.numbers * sparseDot(a.numbers, b.numbers);
}
