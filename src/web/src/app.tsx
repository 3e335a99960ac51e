/** The UI shell: header with navigation and search, and the routes. */
import { LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { useApi, type Status } from './api.js';
import { ArticleView } from './views/article.js';
import { ArticlesView } from './views/articles.js';
import { EntitiesView } from './views/entities.js';
import { EntityView } from './views/entity.js';
import { EventView } from './views/event.js';
import { SearchView } from './views/search.js';
import { StoriesView } from './views/stories.js';
import { StoryView } from './views/story.js';

export function App() {
  return (
    <LocationProvider>
      <Header />
      <main>
        <Router>
          <Route path="/" component={StoriesView} />
          <Route path="/stories/:id" component={StoryView} />
          <Route path="/events/:id" component={EventView} />
          <Route path="/articles" component={ArticlesView} />
          <Route path="/articles/:id" component={ArticleView} />
          <Route path="/entities" component={EntitiesView} />
          <Route path="/entities/:id" component={EntityView} />
          <Route path="/search" component={SearchView} />
          <Route default component={NotFound} />
        </Router>
      </main>
      <Footer />
    </LocationProvider>
  );
}

function Header() {
  const { path, query, route } = useLocation();
  const onSubmit = (e: Event): void => {
    e.preventDefault();
    const q = String(new FormData(e.currentTarget as HTMLFormElement).get('q') ?? '').trim();
    route(q ? `/search?q=${encodeURIComponent(q)}` : '/search');
  };
  const current = (prefix: string): 'page' | undefined => (prefix === '/' ? path === '/' || path.startsWith('/stories') || path.startsWith('/events') : path.startsWith(prefix)) ? 'page' : undefined;
  return (
    <header class="site">
      <a href="/" class="brand">Dossier</a>
      <nav aria-label="main">
        <a href="/" aria-current={current('/')}>Stories</a>
        <a href="/articles" aria-current={current('/articles')}>Articles</a>
        <a href="/entities" aria-current={current('/entities')}>Entities</a>
      </nav>
      <form role="search" onSubmit={onSubmit}>
        <input name="q" type="search" placeholder="Search articles" aria-label="search articles" value={path === '/search' ? (query.q ?? '') : ''} key={path === '/search' ? query.q : 'other'} />
        <button type="submit">Search</button>
      </form>
    </header>
  );
}

function Footer() {
  const status = useApi<Status>('/api/status');
  return (
    <footer class="site">
      {status.state === 'done' ? `${status.data.articles} articles · ${status.data.store} store · schema ${status.data.schemaVersion}` : null}
      {' · '}<a href="/api/openapi.json">API</a>
    </footer>
  );
}

function NotFound() {
  return (
    <section>
      <h1>Not found</h1>
      <p>Nothing here. Go to the <a href="/">stories</a>.</p>
    </section>
  );
}
