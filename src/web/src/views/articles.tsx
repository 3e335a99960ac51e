/** All stored articles, in the order they were stored. */
import { useLocation } from 'preact-iso';
import { apiPath, useApi, type ArticleSummary, type Page } from '../api.js';
import { ArticleRows, Await, Pager } from '../components/common.js';

export function ArticlesView() {
  const { query } = useLocation();
  const loaded = useApi<Page<ArticleSummary>>(apiPath('/api/articles', { offset: query.offset, limit: 50 }));
  return (
    <section>
      <h1>Articles</h1>
      <Await loaded={loaded}>{(page) => <><ArticleRows articles={page.items} /><Pager page={page} label="articles" /></>}</Await>
    </section>
  );
}
