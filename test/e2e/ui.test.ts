/**
 * The web UI in a real browser (Debian's Chromium via playwright-core), against a real server on
 * an ephemeral loopback port. Screenshots go to test-results/e2e/ (git-ignored).
 *   1. a seeded store with every record kind: story -> event -> article, citations land on their
 *      span, conflicts and corroborations side by side, search, entities, removed chrome;
 *   2. hostile article text (script tags, event handlers, javascript: links) never executes;
 *   3. the demo corpus, ingested (and clustered) over HTTP: a story's brief citations land on their span;
 *      story -> event -> article; browse and search.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/api/index.js';
import { DEFAULT_UI_DIR } from '../../src/api/static-ui.js';
import { REPO } from '../helpers.js';
import { findChromium, launchChromium, type Browser } from './browser.js';
import { demoForm, demoReference, makeHarness, type Harness } from './harness.js';
import { HOSTILE, seedStore, type Seeded } from './seed-store.js';

const CHROMIUM = findChromium();
const SHOTS = join(REPO, 'test-results', 'e2e');
if (!CHROMIUM) console.warn('e2e: skipped: no Chromium found at /usr/bin/chromium (install it: apt-get install -y chromium, or set DOSSIER_CHROMIUM)');

/** Console errors, uncaught exceptions and dialogs a page produced: all must stay empty. */
interface Watch {
  readonly errors: string[];
  readonly dialogs: string[];
}

function watch(page: Page): Watch {
  const w: Watch = { errors: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(m.text());
  });
  page.on('pageerror', (e) => w.errors.push(`uncaught: ${e.message}`));
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  return w;
}

const text = (page: Page, selector: string): Promise<string> => page.locator(selector).first().innerText();
const targetText = (page: Page): Promise<string> => page.locator('[data-target]').evaluateAll((els) => els.map((e) => e.textContent).join(''));
const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

async function inViewport(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  const size = page.viewportSize()!;
  return !!box && box.y >= 0 && box.y + box.height <= size.height;
}

describe.skipIf(!CHROMIUM)('web UI in Chromium', () => {
  let browser: Browser;
  let h: Harness;
  let server: RunningServer;
  let seed: Seeded;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    h = await makeHarness({ serve: { port: 0, token: 'e2e-token' } }, {});
    seed = await seedStore(h.store);
    server = await startServer(h.deps, { uiDir: DEFAULT_UI_DIR });
    browser = await launchChromium(CHROMIUM!);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await h?.close();
  });

  it('navigates story -> event -> article, and citations land on their span', async () => {
    const page = await browser.context.newPage();
    const w = watch(page);
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: 'Brannvik dock strike' }).click();
    await page.locator('h1', { hasText: 'Brannvik dock strike' }).waitFor();
    await page.locator('svg a.event-mark').nth(1).waitFor();
    expect(await page.locator('svg a.event-mark').count()).toBe(2);
    await page.locator('.relation-column.conflicts .relation').waitFor();
    expect(await page.locator('.relation-column.conflicts .relation').count()).toBe(1);
    expect(await page.locator('.relation-column.corroborates .relation').count()).toBe(1);
    expect(await text(page, '.relation-column.conflicts .note')).toMatch(/Sources disagree on how many workers/);
    await page.locator('.timeline a.citation').first().waitFor();
    await page.locator('.brief a.brief-citation').first().waitFor();
    expect(await page.locator('.brief > li').count()).toBe(5);
    await shot(page, '01-story');

    // Story -> event (through the chart) -> article.
    await page.locator(`svg a.event-mark[data-event="${seed.events.strike}"]`).click();
    await page.locator('h1', { hasText: 'Dock workers strike at Brannvik port' }).waitFor();
    await page.locator('.rows li').nth(2).waitFor();
    expect(await page.locator('.rows li').count()).toBe(3);
    await shot(page, '02-event');
    await page.getByRole('link', { name: 'Strike enters second day at Brannvik port' }).click();
    await page.locator('h1', { hasText: 'Strike enters second day at Brannvik port' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/articles/${seed.articles.strike2}`);
    expect(await page.locator('.article-body mark.hl-quote').first().innerText()).toBe('Ships are already waiting outside the breakwater');
    expect(await page.locator('.article-body mark.hl-claim').count()).toBeGreaterThan(0);
    expect(await page.locator('.article-body mark.hl-mention a[href="/entities/n2"]').innerText()).toBe('Oskar Lind');
    await shot(page, '03-article');

    // Back to the story; a timeline citation lands on the exact span of its source.
    await page.goto(`${server.url}/stories/${seed.story}`);
    const citation = page.locator('.timeline a.citation').first();
    await citation.waitFor();
    const cited = (await page.locator('.timeline li p').first().innerText()).replace(/\s*\[\d+\]\s*$/, '');
    await citation.click();
    await page.locator('[data-target]').first().waitFor();
    expect(page.url()).toMatch(new RegExp(`/articles/${seed.articles.strike1}\\?span=\\d+-\\d+$`));
    expect(await targetText(page)).toBe(cited);
    expect(await inViewport(page, '[data-target]')).toBe(true);
    await shot(page, '04-citation');

    // A brief citation opens its article at the span that holds the sentence, verbatim.
    await page.goBack();
    const lead = page.locator('.brief > li').first();
    await lead.locator('a.brief-citation').first().waitFor();
    const leadText = await lead.locator('.brief-text').innerText();
    await lead.locator('a.brief-citation').first().click();
    await page.locator('[data-target]').first().waitFor();
    expect(new URL(page.url()).pathname).toBe(`/articles/${seed.articles.deal}`);
    expect(await targetText(page)).toBe(leadText);

    // A conflicting claim links to its sentence in the other outlet's article.
    await page.goBack();
    await page.locator('.relation-column.conflicts a.claim-link').nth(1).click();
    await page.locator('[data-target]').first().waitFor();
    expect(await targetText(page)).toBe('Port authority director Oskar Lind said 1,500 workers had stopped work, a higher figure than the union gave.');
    expect(w).toEqual({ errors: [], dialogs: [] });
    await page.close();
  });

  it('searches with highlighted results, shows entities, and keeps removed chrome collapsed with reasons', async () => {
    const page = await browser.context.newPage();
    const w = watch(page);
    await page.goto(`${server.url}/`);
    await page.getByRole('searchbox', { name: 'search articles' }).fill('ferry terminal');
    await page.getByRole('searchbox', { name: 'search articles' }).press('Enter');
    await page.locator('.search-results li').first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('ferry terminal');
    expect(await page.locator('.search-results li .row-title').first().innerText()).toBe('Dock strike spreads to ferry terminal');
    const marks = await page.locator('.search-results .snippet mark').allInnerTexts();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['ferry', 'terminal']));
    await shot(page, '05-search');

    await page.getByRole('link', { name: 'Entities' }).click();
    await page.getByRole('link', { name: 'Mira Tolvanen' }).click();
    await page.locator('h1', { hasText: 'Mira Tolvanen' }).waitFor();
    await page.locator('.quote-link').nth(1).waitFor();
    expect(await page.locator('.quote-link').count()).toBe(2);
    await shot(page, '06-entity');

    await page.goto(`${server.url}/articles/${seed.articles.strike1}`);
    const removed = page.locator('details.removed');
    await removed.waitFor();
    expect(await removed.evaluate((d) => (d as unknown as { open: boolean }).open)).toBe(false);
    expect(await page.locator('details.removed li').first().isVisible()).toBe(false);
    await page.locator('details.removed summary').click();
    expect(await page.locator('details.removed li').allInnerTexts()).toEqual([expect.stringMatching(/^advertisement\s+Subscribe for 1 euro a week$/i), expect.stringMatching(/^navigation\s+Home \| Port \| Weather$/i)]);
    await shot(page, '07-removed-chrome');
    expect(w).toEqual({ errors: [], dialogs: [] });
    await page.close();
  });

  it('renders hostile article text as text: no script, handler or javascript: link ever runs', async () => {
    const page = await browser.context.newPage();
    const w = watch(page);
    const pwned = () => page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned);
    await page.goto(`${server.url}/articles/${seed.articles.hostile}`);
    await page.locator('.article-body').waitFor();
    expect(await text(page, 'h1')).toBe(HOSTILE.title);
    expect(await page.locator('.article-body').innerText()).toContain('<script>window.__pwned = "body"</script>');
    expect(await page.locator('.metadata').innerText()).toContain(HOSTILE.outlet);
    // The javascript: URL is shown as text, never as a link; nothing from the article became an element.
    expect(await page.locator('.unsafe-url').innerText()).toBe(HOSTILE.url);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await page.locator('main img, main svg:not(.timeline-chart svg) script, main script, main iframe').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    await page.locator('.article-body mark.hl-quote').hover();
    await page.locator('details.removed summary').click();
    expect(await page.locator('details.removed').innerText()).toContain('<script>window.__pwned="removed"</script>');
    for (const link of await page.locator('main a').all()) expect(await link.getAttribute('href')).toMatch(/^(\/|https?:)/);
    await shot(page, '08-hostile-article');

    await page.goto(`${server.url}/search?q=notice%20script`);
    await page.locator('.search-results li').first().waitFor();
    expect(await page.locator('.search-results .snippet').first().innerText()).toContain('<script>');
    await page.goto(`${server.url}/articles`);
    await page.locator('.rows li').nth(4).waitFor();
    await page.waitForTimeout(200);
    expect(await pwned()).toBeUndefined();
    expect(w).toEqual({ errors: [], dialogs: [] });

    // The policy is enforced by the browser itself: HTML strings cannot reach the DOM, inline script cannot run.
    const blocked = await page.evaluate(() => {
      // Runs in the page; typed loosely because the test program is compiled without DOM types.
      const document = (globalThis as { document?: any }).document;
      const results: string[] = [];
      try {
        document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.__pwned=1">');
        results.push('html allowed');
      } catch (e) {
        results.push((e as Error).name);
      }
      const s = document.createElement('script');
      try {
        s.textContent = 'window.__pwned = "inline"';
        document.body.append(s);
        results.push('script appended');
      } catch (e) {
        results.push((e as Error).name);
      }
      return results;
    });
    await page.waitForTimeout(100);
    expect(blocked[0]).toBe('TypeError');
    expect(await pwned()).toBeUndefined();
    expect(w.dialogs).toEqual([]);
    await page.close();
  });

  it('browses and searches the demo corpus ingested over HTTP', async () => {
    const demo = await makeHarness({ serve: { port: 0, token: 'demo-token' } }, {});
    const demoServer = await startServer(demo.deps, { uiDir: DEFAULT_UI_DIR });
    const page = await browser.context.newPage();
    try {
      const form = demoForm();
      const { count } = await demoReference();
      const res = await fetch(`${demoServer.url}/api/ingest`, { method: 'POST', body: form, headers: { Authorization: 'Bearer demo-token' } });
      const report = (await res.json()) as { ingested: number; rejected: number };
      expect(res.status).toBe(200);
      expect(report).toMatchObject({ ingested: count, rejected: 0 });

      const w = watch(page);
      // Ingest clusters the demo store: the home page lists its stories; the largest story's page
      // carries a cited brief, and each brief citation opens its article at the span holding the sentence.
      const listed = (await (await fetch(`${demoServer.url}/api/stories?limit=100`)).json()) as { items: { label: string; articles: number }[] };
      expect(listed.items.length).toBeGreaterThan(0);
      const largest = listed.items.reduce((a, b) => (b.articles > a.articles ? b : a));
      await page.goto(`${demoServer.url}/`);
      await page.locator('.rows.stories li').first().waitFor();
      await page.getByRole('link', { name: largest.label, exact: true }).first().click();
      await page.locator('h1', { hasText: largest.label }).waitFor();
      // Conflict lines quote both sides in a template; every other sentence is verbatim at its citation.
      const sentences = page.locator('.brief > li:not(.brief-conflict)');
      await sentences.first().waitFor();
      expect(await sentences.count()).toBeGreaterThan(1);
      await shot(page, '09-demo-story-brief');
      for (const i of [0, 1]) {
        const sentence = sentences.nth(i);
        const said = await sentence.locator('.brief-text').innerText();
        await sentence.locator('a.brief-citation').first().click();
        await page.locator('[data-target]').first().waitFor();
        expect(await targetText(page)).toBe(said);
        expect(await inViewport(page, '[data-target]')).toBe(true);
        if (i === 0) await shot(page, '10-demo-brief-citation');
        await page.goBack();
        await sentences.first().waitFor();
      }

      // Story -> event -> article, on what the pipeline clustered.
      const storyUrl = page.url();
      const dated = (await page.locator('ol.rows.events .meta').allInnerTexts()).filter((m) => !m.startsWith('undated')).length;
      expect(await page.locator('svg a.event-mark').count()).toBe(dated);
      const eventLink = page.locator('ol.rows.events a.row-title').first();
      const eventLabel = await eventLink.innerText();
      await eventLink.click();
      await page.locator('h1', { hasText: eventLabel }).waitFor();
      const eventId = new URL(page.url()).pathname.split('/').pop();
      await page.locator('.rows li .row-title').first().waitFor();
      await shot(page, '11-demo-event');
      await page.locator('.rows li .row-title').first().click();
      await page.locator('.article-body p').first().waitFor();
      expect(await page.locator('.crumbs a', { hasText: 'Event' }).getAttribute('href')).toBe(`/events/${eventId}`);
      expect(await page.locator('.crumbs a', { hasText: 'Story' }).getAttribute('href')).toBe(new URL(storyUrl).pathname);

      await page.goto(`${demoServer.url}/articles`);
      await page.locator('.rows li').nth(count - 1).waitFor();
      expect(await page.locator('.rows li').count()).toBe(count);
      await shot(page, '12-demo-articles');
      await page.locator('.rows li .row-title').first().click();
      await page.locator('.article-body p').first().waitFor();
      expect(await page.locator('h1').innerText()).not.toBe('');
      await page.locator('details.removed summary').click();
      expect(await page.locator('details.removed li').count()).toBeGreaterThan(0);
      await shot(page, '13-demo-article');

      await page.getByRole('searchbox', { name: 'search articles' }).fill('shipyard');
      await page.getByRole('searchbox', { name: 'search articles' }).press('Enter');
      await page.locator('.search-results li').first().waitFor();
      expect((await page.locator('.search-results .snippet mark').allInnerTexts()).map((m) => m.toLowerCase())).toContain('shipyard');
      await page.locator('.search-results .row-title').first().click();
      await page.locator('.article-body').waitFor();
      expect((await page.locator('.article-body').innerText()).toLowerCase()).toContain('shipyard');
      await shot(page, '14-demo-search-result');
      expect(w).toEqual({ errors: [], dialogs: [] });
    } finally {
      await page.close();
      await demoServer.close();
      await demo.close();
    }
  });
});
