/**
 * Extract stage: a clean article (body, publication date, title) -> its analysis: the date
 * expressions in the body, and (to come) entities, quotes and claims. Offsets point into the body.
 */
import type { Extractor } from '../pipeline.js';
import { findDates } from './dates/index.js';

export { findDates } from './dates/index.js';

export const defaultExtractor: Extractor = {
  name: 'default',
  extract: (article) => ({ dates: findDates(article.body, article.published), entities: [], quotes: [], claims: [] }),
};
