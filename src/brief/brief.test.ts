import { describe, expect, it } from 'vitest';
import { relateClaims } from '../relate/index.js';
import { buildTimeline } from '../timeline/index.js';
import { buildBrief } from './index.js';
import { checkBrief } from './check.js';
import { briefMarkdown } from './render.js';
import { material } from '../../test/relate-material.js';
import type { StoryMaterial } from '../types.js';

const bodies = {
  // Event e1 (January): the annual port report.
  a1: 'Halvik port handled a record 20,000 containers in 2025, the port authority said on Monday. Dock workers plan a strike next month.',
  a2: 'Halvik port handled a record 20,000 containers in 2025, the port authority said on Monday. Dock workers plan a strike next month.',
  a3: 'About 20,000 containers passed through Halvik in 2025. The harbour master called it a good year.',
  // Event e2 (February): the strike.
  a4: 'Dock workers at Halvik walked off the job on Tuesday. Some 3,000 workers joined the strike, the union said.',
  a5: 'A strike shut Halvik port on Tuesday. Only 1,200 workers joined the strike, port managers said.',
};

function story(): StoryMaterial {
  return material(
    [
      { id: 'a1', outlet: 'Harbor Gazette', published: '2026-01-12', event: 'e1', body: bodies.a1, removed: ['Cranes at Halvik port. Photo: NWS'] },
      { id: 'a2', outlet: 'Coastal Times', published: '2026-01-12', event: 'e1', body: bodies.a2, duplicateOf: 'a1' },
      { id: 'a3', outlet: 'Daily Ledger', published: '2026-01-13', event: 'e1', body: bodies.a3 },
      { id: 'a4', outlet: 'Harbor Gazette', published: '2026-02-10', event: 'e2', body: bodies.a4 },
      { id: 'a5', outlet: 'Morning Post', published: '2026-02-10', event: 'e2', body: bodies.a5 },
    ],
    [
      { article: 'a1', sentence: 'Halvik port handled a record 20,000 containers in 2025, the port authority said on Monday.', about: 'containers handled', value: 20000, unit: 'containers', when: '2025', attributedTo: 'the port authority' },
      { article: 'a2', sentence: 'Halvik port handled a record 20,000 containers in 2025, the port authority said on Monday.', about: 'containers handled', value: 20000, unit: 'containers', when: '2025', attributedTo: 'the port authority' },
      { article: 'a3', sentence: 'About 20,000 containers passed through Halvik in 2025.', about: 'containers handled', value: 20000, unit: 'containers', bound: 'about', when: '2025' },
      { article: 'a4', sentence: 'Some 3,000 workers joined the strike, the union said.', about: 'workers on strike', value: 3000, unit: 'workers', bound: 'about', attributedTo: 'the union' },
      { article: 'a5', sentence: 'Only 1,200 workers joined the strike, port managers said.', about: 'workers on strike', value: 1200, unit: 'workers', attributedTo: 'port managers' },
    ],
  );
}

function brief(sentences?: number) {
  const m = story();
  const { relations, facts } = relateClaims(m);
  return { m, relations, brief: buildBrief({ material: m, relations, facts, timeline: buildTimeline(m) }, sentences === undefined ? {} : { sentences }) };
}

describe('buildBrief', () => {
  it('leads with the latest event, prefers corroborated facts, and states the conflict', () => {
    const { brief: b } = brief();
    expect(b.sentences.map((s) => s.kind)).toEqual(['lead', 'fact', 'fact', 'fact', 'conflict']);
    expect(b.sentences[0]!.text).toBe('Dock workers at Halvik walked off the job on Tuesday.');
    expect(b.sentences[1]).toMatchObject({ text: bodies.a1.split(', the port')[0] + ', the port authority said on Monday.', independentSources: 2 });
    expect(b.sentences[1]!.sources.map((s) => s.article)).toEqual(['a1', 'a2']); // the wire copy cites the same words
    expect(b.sentences[1]!.alsoReportedBy.map((s) => s.article)).toEqual(['a3']);
    const conflict = b.sentences[4]!;
    expect(conflict.text).toBe('Sources disagree on workers on strike: Harbor Gazette (citing the union) says "Some 3,000 workers joined the strike, the union said."; Morning Post (citing port managers) says "Only 1,200 workers joined the strike, port managers said."');
  });

  it('never states a contested figure as a fact', () => {
    const { brief: b } = brief(10);
    const facts = b.sentences.filter((s) => s.kind !== 'conflict').map((s) => s.text);
    expect(facts.some((t) => t.includes('3,000') || t.includes('1,200'))).toBe(false);
  });

  it('passes its own check: verbatim in every cited span, no removed chrome', () => {
    const { m, brief: b } = brief(10);
    expect(checkBrief(b, m.articles)).toEqual([]);
  });

  it('respects the sentence budget', () => {
    expect(brief(1).brief.sentences.map((s) => s.kind)).toEqual(['lead']);
    expect(brief(2).brief.sentences.map((s) => s.kind)).toEqual(['lead', 'conflict']);
    expect(brief(0).brief.sentences).toEqual([]);
  });

  it('renders Markdown with citations', () => {
    const md = briefMarkdown(brief().brief);
    expect(md).toContain('# test story');
    expect(md).toContain('Harbor Gazette (a1 0-');
    expect(md).toContain('2 independent sources');
  });
});

describe('checkBrief catches a broken brief', () => {
  const { m, brief: b } = brief();
  it.each([
    { name: 'a sentence not in its span', edit: (s: any) => ({ ...s, text: `${s.text} Extra.` }), problem: /not the sentence/ },
    { name: 'a span outside the body', edit: (s: any) => ({ ...s, sources: [{ ...s.sources[0], span: { start: 0, end: 99999 } }] }), problem: /outside/ },
  ])('$name', ({ edit, problem }) => {
    const broken = { ...b, sentences: [edit(b.sentences[1]!)] };
    expect(checkBrief(broken, m.articles).join('\n')).toMatch(problem);
  });

  it('flags a span whose text is a removed piece of chrome', () => {
    const body = 'Cranes at Halvik port. Photo: NWS. The port reopened.';
    const chromeStory = material([{ id: 'a1', body, removed: ['Cranes at Halvik port. Photo: NWS.'] }], []);
    const bad = { story: null, label: 'x', sentences: [{ kind: 'fact' as const, text: 'Cranes at Halvik port.', sources: [{ article: 'a1' as any, span: { start: 0, end: 22 }, outlet: null }], alsoReportedBy: [], independentSources: 1, event: null }] };
    expect(checkBrief(bad, chromeStory.articles).join('\n')).toMatch(/removed photo-caption/);
  });
});
