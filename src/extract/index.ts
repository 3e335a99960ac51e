/**
 * Extract stage: a clean article (body, publication date, title) -> its analysis: the date
 * expressions in the body, the entities named, the quotes with speakers and relay channels, and
 * the claims (figures and dated statements). Offsets point into the body.
 * Order: dates first, because claims say which date they are about.
 */
import type { Extractor } from '../pipeline.js';
import { findDates } from './dates/index.js';
import { analyseText } from './analyse.js';

export { findDates } from './dates/index.js';
export { analyseText } from './analyse.js';
export { entityMergePass } from './entities/merge-pass.js';

export const defaultExtractor: Extractor = {
  name: 'default',
  extract: (article) => {
    const dates = findDates(article.body, article.published);
    return { dates, ...analyseText(article.body, dates) };
  },
};
