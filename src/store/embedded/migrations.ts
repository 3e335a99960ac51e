/** Schema of the embedded (SQLite) store. Numbered, applied in order, each once. Keep in step with ../postgres/migrations.ts. */
import type { Migration } from '../driver.js';

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, extraction and corpus records',
    sql: `
CREATE TABLE IF NOT EXISTS articles (
  id INTEGER PRIMARY KEY,
  fingerprint TEXT NOT NULL UNIQUE,
  source_path TEXT, source_url TEXT, format TEXT NOT NULL,
  title TEXT, outlet TEXT, authors TEXT NOT NULL, credits TEXT NOT NULL,
  published TEXT, published_start TEXT, url TEXT,
  body TEXT NOT NULL, removed TEXT NOT NULL, cleaned_by TEXT NOT NULL,
  duplicate_of INTEGER, event_id INTEGER, story_id INTEGER,
  ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_event ON articles(event_id);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);
CREATE TABLE IF NOT EXISTS dates (
  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  text TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, value TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS dates_article ON dates(article_id);
CREATE TABLE IF NOT EXISTS quotes (
  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  text TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, speaker TEXT, via TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE TABLE IF NOT EXISTS claims (
  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, about TEXT NOT NULL,
  quantity TEXT, when_value TEXT, attributed_to TEXT
);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article_id);
CREATE TABLE IF NOT EXISTS mentions (
  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  name TEXT NOT NULL, type TEXT NOT NULL, text TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  entity_id INTEGER
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE TABLE IF NOT EXISTS entities (id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, aliases TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stories (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, label TEXT NOT NULL, when_value TEXT, when_start TEXT, story_id INTEGER);
CREATE INDEX IF NOT EXISTS events_story ON events(story_id);
CREATE TABLE IF NOT EXISTS relations (id INTEGER PRIMARY KEY, story_id INTEGER, kind TEXT NOT NULL, claim_ids TEXT NOT NULL, note TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS relations_story ON relations(story_id);
CREATE TABLE IF NOT EXISTS timeline (
  id INTEGER PRIMARY KEY, story_id INTEGER, event_id INTEGER, when_value TEXT NOT NULL, when_start TEXT,
  text TEXT NOT NULL, sources TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS timeline_story ON timeline(story_id);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, body, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, coalesce(new.title, ''), new.body);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, coalesce(old.title, ''), old.body);
END;
`,
  },
  {
    version: 2,
    name: 'dedup sketches, clustering features and id counters',
    sql: `
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS dedup_sketches (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  body_hash TEXT NOT NULL, shingles INTEGER NOT NULL, minhash TEXT NOT NULL, credits TEXT NOT NULL, published TEXT,
  copy_of INTEGER, similarity REAL, kind TEXT
);
CREATE INDEX IF NOT EXISTS dedup_sketches_hash ON dedup_sketches(body_hash);
CREATE INDEX IF NOT EXISTS dedup_sketches_copy ON dedup_sketches(copy_of);
CREATE TABLE IF NOT EXISTS dedup_bands (band INTEGER NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE);
CREATE INDEX IF NOT EXISTS dedup_bands_band ON dedup_bands(band, article_id);
CREATE INDEX IF NOT EXISTS dedup_bands_article ON dedup_bands(article_id);
CREATE TABLE IF NOT EXISTS cluster_features (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, features TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cluster_df (key TEXT PRIMARY KEY, df INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS cluster_postings (key TEXT NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE);
CREATE INDEX IF NOT EXISTS cluster_postings_key ON cluster_postings(key, article_id);
CREATE INDEX IF NOT EXISTS cluster_postings_article ON cluster_postings(article_id);
CREATE TABLE IF NOT EXISTS cluster_scales (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, sims TEXT NOT NULL);
`,
  },
  {
    version: 3,
    name: 'entity alias keys',
    sql: `
CREATE TABLE IF NOT EXISTS entity_keys (key TEXT NOT NULL, entity_id INTEGER NOT NULL, PRIMARY KEY (key, entity_id));
CREATE INDEX IF NOT EXISTS entity_keys_entity ON entity_keys(entity_id);
`,
  },
];
