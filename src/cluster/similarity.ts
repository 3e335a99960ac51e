/**
 * Article features + document frequencies -> pairwise similarity. Three views of an article, each
 * a TF-IDF vector compared by cosine: its content terms (the topic), its names (who and where)
 * and its numbers (tolls, magnitudes, ages); blended with fixed weights. Pure.
 */
import type { ClusterFeatures } from '../types.js';
import { KEY } from './features.js';
import { cosine, idf, unitVector, type Vector } from './vectors.js';

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
  readonly terms: Vector;
  readonly names: Vector;
  readonly numbers: Vector;
}

/** Weights `weight(prefixedKey)` per view; by default the corpus IDF. */
export function articleVectors(f: ClusterFeatures, weight: (key: string) => number): ArticleVectors {
  return {
    terms: unitVector(f.terms, (k) => weight(KEY.term + k)),
    names: unitVector(f.names, (k) => weight(KEY.name + k)),
    numbers: unitVector(f.numbers, (k) => weight(KEY.number + k)),
  };
}

export const corpusIdf = (d: DocumentFrequencies) => (key: string): number => idf(d.df.get(key) ?? 0, d.documents);

export function similarity(a: ArticleVectors, b: ArticleVectors, w: SimilarityWeights): number {
  return w.terms * cosine(a.terms, b.terms) + w.names * cosine(a.names, b.names) + w.numbers * cosine(a.numbers, b.numbers);
}
