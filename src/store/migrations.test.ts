/** Both stores must have the same schema history: every SQLite migration has a PostgreSQL twin with the same number and name. */
import { describe, expect, it } from 'vitest';
import { SQLITE_MIGRATIONS } from './embedded/migrations.js';
import { PG_MIGRATIONS } from './postgres/migrations.js';
import { SCHEMA_VERSION } from '../types.js';
import { splitStatements } from './migrate.js';

const list = (ms: typeof SQLITE_MIGRATIONS) => ms.map((m) => `${m.version}: ${m.name}`);

describe('migrations', () => {
  it('are numbered and named the same in SQLite and PostgreSQL (add the twin in postgres/migrations.ts)', () => {
    expect(list(PG_MIGRATIONS)).toEqual(list(SQLITE_MIGRATIONS));
  });

  it.each([
    { name: 'sqlite', migrations: SQLITE_MIGRATIONS },
    { name: 'postgres', migrations: PG_MIGRATIONS },
  ])('$name: numbered 1..n without gaps, and every statement ends with a semicolon', ({ migrations }) => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    for (const m of migrations) for (const s of splitStatements(m.sql)) expect(s.trimEnd()).toMatch(/;$/);
  });

  it('create the same tables in both stores', () => {
    const tables = (ms: typeof SQLITE_MIGRATIONS) =>
      [...new Set(ms.flatMap((m) => [...m.sql.matchAll(/CREATE TABLE IF NOT EXISTS (\w+)/gi)].map((x) => x[1]!)))].sort();
    expect(tables(PG_MIGRATIONS)).toEqual(tables(SQLITE_MIGRATIONS));
  });

  it('reach at least the schema version the data model declares', () => {
    expect(SQLITE_MIGRATIONS.at(-1)!.version).toBeGreaterThanOrEqual(SCHEMA_VERSION);
  });
});
