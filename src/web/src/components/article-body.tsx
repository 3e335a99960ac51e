/**
 * An article body as text with its quotes, claims and entity mentions highlighted by span, and a
 * cited span (from ?span=) marked and scrolled into view. Every piece of the body is a text node:
 * the body is never parsed as HTML.
 */
import { useEffect, useRef } from 'preact/hooks';
import { paragraphsOf, runsOf, type Mark, type Run } from '../lib/segments.js';

export function ArticleBody({ body, marks, target }: { body: string; marks: readonly Mark[]; target: { start: number; end: number } | null }) {
  const all = target ? [...marks, { kind: 'target' as const, start: target.start, end: target.end }] : marks;
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = root.current?.querySelector<HTMLElement>('[data-target]');
    if (first) {
      first.scrollIntoView({ block: 'center' });
      first.focus({ preventScroll: true });
    }
  }, [body, target?.start, target?.end]);
  return (
    <div class="article-body" ref={root}>
      {paragraphsOf(body).map((p) => (
        <p key={p.start} data-start={p.start}>
          {runsOf(body, all, p.start, p.end).map((run) => <RunView key={run.start} run={run} />)}
        </p>
      ))}
    </div>
  );
}

function RunView({ run }: { run: Run }) {
  if (run.marks.length === 0) return <>{run.text}</>;
  const kinds = [...new Set(run.marks.map((m) => m.kind))];
  const link = run.marks.find((m) => m.href);
  const isTarget = kinds.includes('target');
  const title = run.marks.map((m) => m.title).filter(Boolean).join(' · ') || undefined;
  const ids = run.marks.map((m) => m.id).filter(Boolean).join(' ') || undefined;
  const text = link ? <a href={link.href}>{run.text}</a> : run.text;
  return (
    <mark class={kinds.map((k) => `hl-${k}`).join(' ')} title={title} data-ids={ids} data-target={isTarget ? '' : undefined} tabIndex={isTarget ? -1 : undefined}>
      {text}
    </mark>
  );
}
