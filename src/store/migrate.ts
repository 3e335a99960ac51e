/** Applies numbered migrations once each, in order; refuses a store written by a newer schema. */
import { err, ok, type Result } from '../result.js';
import type { Migration, SqlDriver } from './driver.js';

const CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`;

/** Returns the schema version the store is at after migrating. Safe to run concurrently and twice. */
export async function applyMigrations(driver: SqlDriver, migrations: readonly Migration[], now: () => Date): Promise<Result<number>> {
  const known = Math.max(0, ...migrations.map((m) => m.version));
  return driver.transaction(async (tx) => {
    // PostgreSQL: serialise concurrent starters; SQLite's write transaction already does.
    if (tx.dialect === 'postgres') await tx.run('SELECT pg_advisory_xact_lock(74110001)');
    await tx.run(CREATE_LEDGER);
    const rows = await tx.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    const applied = new Set(rows.map((r) => Number(r.version)));
    const newest = Math.max(0, ...applied);
    if (newest > known) {
      return err<number>('STORE_SCHEMA_VERSION', `store has schema version ${newest}; this Dossier reads versions 1 to ${known}: upgrade Dossier`);
    }
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(m.version)) continue;
      for (const statement of splitStatements(m.sql)) await tx.run(statement);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, now().toISOString()]);
    }
    return ok(known);
  });
}

/** Splits a migration into statements at semicolons that end a line, keeping trigger bodies (BEGIN ... END;) whole. */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let depth = 0;
  for (const line of sql.split('\n')) {
    current += line + '\n';
    if (/\bBEGIN\s*$/i.test(line.trim()) || /\$\$\s*(?:LANGUAGE|$)/i.test(line) && depth === 0 && /AS \$\$/i.test(line)) depth++;
    if (depth > 0 && /^\s*END;?\s*$/i.test(line)) depth--;
    if (depth === 0 && /;\s*$/.test(line)) {
      statements.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements.filter((s) => s.replace(/;$/, '').trim() !== '');
}
