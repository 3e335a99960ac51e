/** POST /api/ingest: off without a token, bearer auth, uploads and JSONL bodies, per-file errors, concurrency. */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { demoForm, demoReference, getJson, makeHarness, type Harness } from '../../test/e2e/harness.js';

const TOKEN = 'test-token-9f2c';
const auth = { Authorization: `Bearer ${TOKEN}` };

/** What the CLI's way of ingesting stores from the demo corpus. */
let reference: Awaited<ReturnType<typeof demoReference>>;
beforeAll(async () => {
  reference = await demoReference();
});

const harnesses: Harness[] = [];
async function harness(token: string | null = TOKEN, maxUploadBytes?: number): Promise<Harness> {
  const h = await makeHarness({ serve: { token } }, { uiDir: null, ...(maxUploadBytes ? { maxUploadBytes } : {}) });
  harnesses.push(h);
  return h;
}
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.close();
});

const post = (h: Harness, body: RequestInit['body'], headers: Record<string, string> = auth) => getJson(h.app, '/api/ingest', { method: 'POST', body, headers });

/** Synthetic JSONL lines: `n` distinct short articles. */
const jsonl = (n: number, from = 0): string =>
  Array.from({ length: n }, (_, i) => JSON.stringify({
    title: `Ferry timetable notice ${from + i}`, outlet: 'Island Courier', published: '2026-02-01',
    body: `The ferry between Orsa and Velm will run ${from + i} extra crossings this week, the operator said.\n\nPassengers were asked to arrive early.`,
  })).join('\n');

describe('access', () => {
  it('is off, with a clear 403, when the server has no token', async () => {
    const h = await harness(null);
    const { status, body } = await post(h, demoForm(), { Authorization: 'Bearer anything' });
    expect(status).toBe(403);
    expect(body).toEqual({ code: 'FORBIDDEN', message: 'ingest over HTTP is off: start the server with --token <token> or set DOSSIER_TOKEN' });
    expect(await h.store.countArticles()).toBe(0);
    expect((await getJson(h.app, '/api/status')).body.ingest).toBe(false);
  });

  it.each<{ name: string; headers: Record<string, string>; message: string | RegExp }>([
    { name: 'no Authorization header', headers: {}, message: 'send the token as "Authorization: Bearer <token>"' },
    { name: 'a wrong token', headers: { Authorization: 'Bearer nope' }, message: 'wrong token' },
    { name: 'another scheme', headers: { Authorization: `Basic ${TOKEN}` }, message: /malformed Authorization header|send the token/ },
  ])('refuses $name with 401 JSON', async ({ headers, message }) => {
    const h = await harness();
    const res = await h.app.request('/api/ingest', { method: 'POST', body: demoForm(), headers });
    expect([400, 401]).toContain(res.status);
    const body = (await res.json()) as { code: string; message: string };
    expect(body.code).toBe('UNAUTHORIZED');
    expect(body.message).toMatch(message);
    if (res.status === 401) expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await h.store.countArticles()).toBe(0);
  });
});

describe('uploads', () => {
  it('ingests uploaded files like the CLI and reports each bad file by its uploaded name', async () => {
    const h = await harness();
    // A private temp folder (os.tmpdir() reads TMPDIR), so other test files' uploads cannot confuse the clean-up check.
    const uploads = join(h.dir, 'tmp');
    mkdirSync(uploads);
    const savedTmp = process.env.TMPDIR;
    process.env.TMPDIR = uploads;
    onTestFinished(() => {
      if (savedTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = savedTmp;
    });
    const binary = new Blob([Uint8Array.from({ length: 512 }, (_, i) => (i * 7) % 256)]);
    const { status, body } = await post(h, demoForm({ 'photo.bin': binary, 'empty.txt': new Blob([]), '../../etc/evil name?.txt': new Blob(['x']) }));
    expect(status).toBe(200);
    expect(body.ingested).toBe(reference.count);
    expect(body.articles).toHaveLength(reference.count);
    expect(body.rejected).toBe(3);
    expect(body.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ path: 'photo.bin', code: 'INPUT_BINARY' }),
      expect.objectContaining({ path: 'empty.txt', code: 'INPUT_EMPTY' }),
      expect.objectContaining({ path: 'evil name_.txt' }),
    ]));
    const stored = await h.store.listArticles();
    expect(stored.map((a) => a.fingerprint).sort()).toEqual(reference.fingerprints);
    expect(stored.map((a) => a.source.path)).toEqual(expect.arrayContaining(['coastal-times-factory.html', 'harbor-gazette-factory-visit.txt', 'regional-digest.jsonl']));
    expect(stored.every((a) => !a.source.path?.includes(uploads))).toBe(true);
    expect(readdirSync(uploads).filter((n) => n.startsWith('dossier-upload-'))).toEqual([]);
    // Same files again: nothing new, each reported as already stored.
    const again = await post(h, demoForm());
    expect(again.body).toMatchObject({ ingested: 0, alreadyStored: reference.count, rejected: 0, errors: [] });
  });

  it('ingests a JSONL body and reports its bad lines', async () => {
    const h = await harness();
    const body = `${jsonl(3)}\n{"title": broken\n${jsonl(1, 3)}\n`;
    const res = await getJson(h.app, '/api/ingest?name=notices.jsonl', { method: 'POST', body, headers: { ...auth, 'Content-Type': 'application/x-ndjson' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ingested: 4, rejected: 1 });
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'notices.jsonl:4', code: 'INPUT_MALFORMED' })]);
    expect((await h.store.listArticles())[0]!.source.path).toBe('notices.jsonl');
  });

  it.each([
    { name: 'a plain-text body', type: 'text/plain', body: 'hello', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    { name: 'no content type', type: null, body: 'hello', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  ])('refuses $name', async ({ type, body, status, code }) => {
    const h = await harness();
    const headers: Record<string, string> = { ...auth };
    const init: RequestInit = { method: 'POST', body: type ? new Blob([body], { type }) : new Blob([body]), headers };
    const res = await getJson(h.app, '/api/ingest', init);
    expect(res).toMatchObject({ status, body: { code } });
  });

  it('refuses a form without files, and an upload over the size limit', async () => {
    const h = await harness(TOKEN, 4096);
    const form = new FormData();
    form.append('note', 'just text');
    expect(await post(h, form)).toMatchObject({ status: 400, body: { code: 'BAD_REQUEST', message: expect.stringMatching(/no files/) } });
    const big = new FormData();
    big.append('file', new Blob(['x'.repeat(10_000)]), 'big.txt');
    expect(await post(h, big)).toMatchObject({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(await h.store.countArticles()).toBe(0);
  });
});

describe('concurrency', () => {
  it('stores each article once when the same files are ingested twice at the same time', async () => {
    const h = await harness();
    const lines = jsonl(300);
    const send = () => getJson(h.app, '/api/ingest', { method: 'POST', body: lines, headers: { ...auth, 'Content-Type': 'application/x-ndjson' } });
    const [a, b, c] = await Promise.all([post(h, demoForm()), post(h, demoForm()), send()]);
    const d = await send();
    expect(a.body.ingested + b.body.ingested).toBe(reference.count);
    expect(a.body.alreadyStored + b.body.alreadyStored).toBe(reference.count);
    expect(c.body.ingested + d.body.ingested).toBe(300);
    expect(await h.store.countArticles()).toBe(reference.count + 300);
    const fingerprints = new Set<string>();
    for await (const article of h.store.streamArticles()) fingerprints.add(article.fingerprint);
    expect(fingerprints.size).toBe(reference.count + 300);
  });

  it('keeps answering reads while an ingest runs', async () => {
    const h = await harness();
    const ingest = getJson(h.app, '/api/ingest', { method: 'POST', body: jsonl(1000), headers: { ...auth, 'Content-Type': 'application/x-ndjson' } });
    let done = false;
    void ingest.then(() => (done = true));
    const seen: number[] = [];
    while (!done) {
      const { status, body } = await getJson(h.app, '/api/status');
      expect(status).toBe(200);
      seen.push(body.articles);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect((await ingest).body.ingested).toBe(1000);
    // Reads were answered mid-ingest: some saw part of the batch stored, none waited for the end.
    expect(seen.some((n) => n > 0 && n < 1000)).toBe(true);
  });
});
