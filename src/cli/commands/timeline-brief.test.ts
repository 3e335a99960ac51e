import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { REPO, runCli, tempDir } from '../../../test/helpers.js';
import { checkBrief } from '../../brief/check.js';
import type { Article, Brief } from '../../types.js';

const db = join(tempDir(), 'db');
const articles = join(REPO, 'test', 'gold', 'relations', 'drava-treaty', 'articles');

describe('dossier timeline and brief', () => {
  it('ingests, then prints a timeline in event time with cited spans', () => {
    expect(runCli(['ingest', articles, '--db', db]).status).toBe(0);
    const r = runCli(['timeline', '--db', db, '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const [t] = JSON.parse(r.stdout) as { timeline: { when: { start: string }; text: string; sources: { article: string; span: [number, number] }[] }[] }[];
    const starts = t!.timeline.map((e) => e.when.start);
    expect(starts).toEqual([...starts].sort());
    expect(t!.timeline.some((e) => e.text.includes('June 2024'))).toBe(true);
    const exported = JSON.parse(runCli(['export', '--db', db]).stdout) as { articles: { id: string; body: string }[] };
    const bodies = new Map(exported.articles.map((a) => [a.id, a.body]));
    for (const e of t!.timeline) for (const s of e.sources) expect(bodies.get(s.article)!.slice(...s.span)).toMatch(/\d{4}/);
    const md = runCli(['timeline', '--db', db]);
    expect(md.stdout).toMatch(/^# /);
    expect(md.stdout).toContain('(month)');
  });

  it('prints a brief whose sentences are verbatim in their cited spans', () => {
    // Clustering puts the five articles in one story; brief asks for it by id once stories exist.
    const stories = JSON.parse(runCli(['stories', '--db', db, '--json']).stdout) as { id: string }[];
    const story = stories.length ? ['--story', stories[0]!.id] : [];
    const r = runCli(['brief', '--db', db, '--format', 'json', '--sentences', '4', ...story]);
    expect(r.status, r.stderr).toBe(0);
    const brief = JSON.parse(r.stdout) as Brief;
    expect(brief.sentences.length).toBeGreaterThan(0);
    expect(brief.sentences.length).toBeLessThanOrEqual(4);
    const exported = JSON.parse(runCli(['export', '--db', db]).stdout) as { articles: (Omit<Article, 'removed'> & { removed: Article['removed'] })[] };
    expect(checkBrief(brief, exported.articles as Article[])).toEqual([]);
    expect(runCli(['brief', '--db', db, ...story]).stdout).toMatch(/^# .*\n\n1\. /);
  });

  it('reports an unknown story as an error', () => {
    const r = runCli(['brief', '--db', db, '--story', 's999']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('NOT_FOUND');
    expect(runCli(['timeline', '--db', db, '--format', 'xml']).status).not.toBe(0);
  });
});
