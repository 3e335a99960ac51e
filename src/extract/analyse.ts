/**
 * Body -> entities, quotes and claims, in that order: quotes resolve speakers through the entity
 * mentions, and claims credit quoted speakers. Dates come in from the dates stage so that claims
 * can say which date they are about.
 */
import type { ClaimRecord, DateMention, EntityMention, QuoteRecord } from '../types.js';
import { readText } from './nlp/read-text.js';
import { findEntities } from './entities/find-entities.js';
import { findQuotes } from './quotes/find-quotes.js';
import { findClaims } from './claims/find-claims.js';

export interface TextAnalysis {
  readonly entities: readonly EntityMention[];
  readonly quotes: readonly QuoteRecord[];
  readonly claims: readonly ClaimRecord[];
}

export function analyseText(body: string, dates: readonly DateMention[]): TextAnalysis {
  if (body.trim() === '') return { entities: [], quotes: [], claims: [] };
  const doc = readText(body);
  const entities = findEntities(doc);
  const quotes = findQuotes(doc, entities);
  const claims = findClaims(doc, entities, quotes, dates);
  return { entities, quotes, claims };
}
