/** Shared test helpers: temp folders, running the real CLI, locating ../shared. */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { afterAll } from 'vitest';
import { guard } from './hang-guard.js';
import type { Ctx } from '../src/types.js';

export const REPO = resolve(import.meta.dirname, '..');
export const CLI = join(REPO, 'dist', 'cli', 'main.js');
/** The shared folder (contract, tools, datasets) sits beside the repository; DOSSIER_SHARED overrides. */
export const SHARED = resolve(process.env.DOSSIER_SHARED ?? join(REPO, '..', 'shared'));
export const hasShared = existsSync(join(SHARED, 'contract', 'export.schema.json'));

/** A temp folder removed after the file's tests. */
export function tempDir(prefix = 'dossier-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    maxBuffer: 256 * 1024 * 1024,
    timeout: guard(120_000),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fixed clock and a silent logger: tests are deterministic. */
export function testCtx(now = '2026-01-15T12:00:00Z'): Ctx {
  const messages: string[] = [];
  return {
    now: () => new Date(now),
    log: { debug: () => undefined, info: (m) => messages.push(m), warn: (m) => messages.push(m) },
  };
}
