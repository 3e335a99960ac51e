/**
 * Cleans an HTML page: finds the article among the page's blocks and keeps everything else in
 * `removed` with a reason. The extractor lives in ./html/ (see extract.ts for the strategies).
 */
export { extractArticle as cleanHtml } from './html/extract.js';
