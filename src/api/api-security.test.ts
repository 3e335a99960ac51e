/** Headers and binding: a strict CSP on every response, loopback-only by default, Host checks against DNS rebinding. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { demoForm, demoReference, getJson, makeHarness, type Harness } from '../../test/e2e/harness.js';
import { CLI, REPO } from '../../test/helpers.js';
import { createApp, startServer } from './index.js';

const harnesses: Harness[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.close();
});
async function harness(...args: Parameters<typeof makeHarness>): Promise<Harness> {
  const h = await makeHarness(...args);
  harnesses.push(h);
  return h;
}

describe('Content-Security-Policy', () => {
  it('is strict on API answers, errors and the UI page: scripts and styles from this server only, no inline code, Trusted Types', async () => {
    const h = await harness();
    const ui = join(h.dir, 'ui');
    mkdirSync(ui);
    writeFileSync(join(ui, 'index.html'), '<!doctype html><title>t</title><div id="app"></div>');
    const app = createApp(h.deps, { uiDir: ui });
    for (const path of ['/api/status', '/api/articles/a404', '/', '/stories/s1']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("require-trusted-types-for 'script'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const page = await app.request('/stories/s1');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('says how to build the UI when it is missing, and keeps the API working', async () => {
    const h = await harness({}, { uiDir: join('/nonexistent', 'ui') });
    const res = await h.app.request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/npm run build/);
    expect((await getJson(h.app, '/api/status')).status).toBe(200);
  });
});

describe('binding', () => {
  it('binds to 127.0.0.1 by default and answers there', async () => {
    const h = await harness({ serve: { port: 0 } });
    const server = await startServer(h.deps, { uiDir: null });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${server.url}/api/status`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { store: string }).store).toBe('embedded');
    } finally {
      await server.close();
    }
  });

  it('on loopback, refuses requests addressed to another host name (DNS rebinding)', async () => {
    const h = await harness({}, { uiDir: null, loopbackOnly: true });
    expect((await h.app.request('http://127.0.0.1:8080/api/status')).status).toBe(200);
    expect((await h.app.request('http://localhost:8080/api/status')).status).toBe(200);
    const res = await getJson(h.app, 'http://attacker.example:8080/api/status');
    expect(res).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
  });

  it('`dossier serve` starts on loopback, serves, ingests alongside a CLI ingest of the same files, and stops on SIGTERM', async () => {
    const h = await harness();
    await h.store.close();
    const child = spawn(process.execPath, [CLI, '--db', h.deps.config.db, 'serve', '--port', '0', '--token', 'tok'], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stderr.on('data', () => {
          const m = /serving (http:\/\/\S+)/.exec(stderr);
          if (m) resolve(m[1]!);
        });
        child.once('exit', () => reject(new Error(`serve exited: ${stderr}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const form = demoForm();
      const demo = join(REPO, 'demo', 'corpus');
      const { count } = await demoReference();
      // Two processes, one store: the HTTP ingest and a CLI ingest of the same files race; each article lands once.
      const cli = new Promise<number>((resolve) => spawn(process.execPath, [CLI, '--db', h.deps.config.db, 'ingest', demo, '--quiet'], { cwd: REPO, stdio: 'ignore' }).once('exit', (code) => resolve(code ?? -1)));
      const http = fetch(`${url}/api/ingest`, { method: 'POST', body: form, headers: { Authorization: 'Bearer tok' } });
      const [cliCode, res] = await Promise.all([cli, http]);
      expect(cliCode).toBe(0);
      expect(res.status).toBe(200);
      const status = (await (await fetch(`${url}/api/status`)).json()) as { articles: number; ingest: boolean };
      expect(status).toMatchObject({ articles: count, ingest: true });
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
    }
    expect(child.exitCode).toBe(0);
  });
});
