import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, loadConfig, mergeConfig } from './config.js';

describe('config', () => {
  it('merges defaults, env and flags in that order', () => {
    const r = loadConfig({ file: undefined, env: { DOSSIER_DB: '/env/db', DOSSIER_PORT: '9000' }, flags: { db: '/flag/db' } });
    expect(r.ok && r.value.db).toBe('/flag/db');
    expect(r.ok && r.value.serve.port).toBe(9000);
    expect(r.ok && r.value.serve.host).toBe('127.0.0.1');
    expect(r.ok && Object.isFrozen(r.value.ingest)).toBe(true);
  });

  it.each([
    { name: 'an unknown key', layer: { colour: 'red' }, message: /unknown config key "colour"/ },
    { name: 'an unknown nested key', layer: { ingest: { maxFileMB: 3 } }, message: /unknown config key "ingest.maxFileMB"/ },
    { name: 'a wrong type', layer: { ingest: { batchSize: 'many' } }, message: /ingest.batchSize/ },
    { name: 'an invalid port', layer: { serve: { port: 70000 } }, message: /serve.port/ },
    { name: 'a negative worker count', layer: { ingest: { workers: -1 } }, message: /ingest.workers/ },
  ])('rejects $name', ({ layer, message }) => {
    const r = mergeConfig(DEFAULT_CONFIG, [layer as never]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toMatch(message);
  });
});
