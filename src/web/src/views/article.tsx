/**
 * One article: metadata, the clean text with quotes, claims and names highlighted by span, the
 * cited span from ?span= marked, and the removed page chrome (collapsed) with the reason for each.
 */
import { useLocation, useRoute } from 'preact-iso';
import { spanHref, useApi, type ArticleDetail } from '../api.js';
import { ArticleBody } from '../components/article-body.js';
import { Await } from '../components/common.js';
import { formatDateValue } from '../lib/dates.js';
import { externalHref } from '../lib/safe-url.js';
import { parseSpan, type Mark } from '../lib/segments.js';

export function ArticleView() {
  const { params } = useRoute();
  const { query } = useLocation();
  const loaded = useApi<ArticleDetail>(`/api/articles/${encodeURIComponent(params.id!)}`);
  const target = parseSpan(query.span);
  return <Await loaded={loaded}>{(detail) => <ArticlePage detail={detail} target={target} />}</Await>;
}

function marksOf(d: ArticleDetail): Mark[] {
  return [
    ...d.mentions.map((m): Mark => ({ kind: 'mention', start: m.span.start, end: m.span.end, title: `${m.name} (${m.type})`, ...(m.entity ? { href: `/entities/${m.entity}` } : {}) })),
    ...d.quotes.map((q): Mark => ({ kind: 'quote', start: q.span.start, end: q.span.end, id: q.id, title: `quote${q.speaker ? ` by ${q.speaker}` : ', unattributed'}` })),
    ...d.claims.map((c): Mark => ({ kind: 'claim', start: c.span.start, end: c.span.end, id: c.id, title: `claim about ${c.about}` })),
    ...d.dates.map((t): Mark => ({ kind: 'date', start: t.span.start, end: t.span.end, title: `date: ${formatDateValue(t.value)}` })),
  ];
}

function ArticlePage({ detail, target }: { detail: ArticleDetail; target: { start: number; end: number } | null }) {
  const a = detail.article;
  const href = externalHref(a.url);
  return (
    <article class="article">
      <p class="crumbs">
        {a.story ? <><a href={`/stories/${a.story}`}>Story</a> › </> : null}
        {a.event ? <><a href={`/events/${a.event}`}>Event</a> › </> : null}
        <a href="/articles">Articles</a>
      </p>
      <h1>{a.title ?? '(no title)'}</h1>
      <dl class="metadata">
        <dt>Outlet</dt><dd>{a.outlet ?? 'not stated'}</dd>
        <dt>Authors</dt><dd>{a.authors.length ? a.authors.join(', ') : 'not stated'}</dd>
        <dt>Published</dt><dd>{a.published ? <>{formatDateValue(a.published)}{a.published.text ? <span class="muted"> (stated as “{a.published.text}”)</span> : null}</> : 'the document states no date'}</dd>
        {a.credits.length ? <><dt>Credits</dt><dd>{a.credits.join(', ')}</dd></> : null}
        <dt>Source</dt>
        <dd>
          {a.source.path ?? ''} {href ? <a href={href} rel="noopener noreferrer nofollow" target="_blank">{a.url}</a> : a.url ? <span class="unsafe-url">{a.url}</span> : null}
          <span class="muted"> ({a.format}, cleaned by {a.cleanedBy})</span>
        </dd>
        {a.duplicateOf ? <><dt>Copy of</dt><dd><a href={`/articles/${a.duplicateOf}`}>{a.duplicateOf}</a></dd></> : null}
      </dl>

      <div class="article-layout">
        <div>
          <p class="legend"><mark class="hl-quote">quote</mark> <mark class="hl-claim">claim</mark> <mark class="hl-mention">name</mark>{target ? <> <mark class="hl-target">cited span</mark></> : null}</p>
          <ArticleBody body={a.body} marks={marksOf(detail)} target={target} />
          <details class="removed">
            <summary>Removed page chrome ({a.removed.length})</summary>
            {a.removed.length === 0 ? <p class="muted">Nothing was removed.</p> : (
              <ul>
                {a.removed.map((r, i) => (
                  <li key={i}><span class="reason">{r.reason}</span> <span class="removed-text">{r.text}</span></li>
                ))}
              </ul>
            )}
          </details>
        </div>
        <aside>
          <h2>Quotes <span class="count">{detail.quotes.length}</span></h2>
          {detail.quotes.length === 0 ? <p class="muted">None found.</p> : (
            <ul class="side-list">
              {detail.quotes.map((q) => (
                <li key={q.id}>
                  <a href={spanHref(a.id, q.span)} class="quote-link" data-quote={q.id}>“{q.text}”</a>
                  <span class="meta">
                    {q.speaker ? (q.speakerEntity ? <a href={`/entities/${q.speakerEntity}`}>{q.speaker}</a> : q.speaker) : 'unattributed'}
                    {q.via.length ? ` · via ${q.via.join(' ← ')}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <h2>Claims <span class="count">{detail.claims.length}</span></h2>
          {detail.claims.length === 0 ? <p class="muted">None found.</p> : (
            <ul class="side-list">
              {detail.claims.map((c) => (
                <li key={c.id}>
                  <a href={spanHref(a.id, c.span)} class="claim-link" data-claim={c.id}>{c.about}</a>
                  <span class="meta">
                    {c.quantity ? `${c.quantity.bound === 'exact' ? '' : `${c.quantity.bound.replace('_', ' ')} `}${c.quantity.value.toLocaleString('en-US')}${c.quantity.max !== undefined ? `–${c.quantity.max.toLocaleString('en-US')}` : ''}${c.quantity.unit ? ` ${c.quantity.unit}` : ''}` : ''}
                    {c.when ? ` · ${formatDateValue(c.when)}` : ''}
                    {c.attributedTo ? ` · according to ${c.attributedTo}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {detail.dates.length ? (
            <>
              <h2>Dates <span class="count">{detail.dates.length}</span></h2>
              <ul class="side-list">
                {detail.dates.map((d, i) => (
                  <li key={i}><a href={spanHref(a.id, d.span)}>{d.text}</a> <span class="meta">{formatDateValue(d.value)}</span></li>
                ))}
              </ul>
            </>
          ) : null}
        </aside>
      </div>
    </article>
  );
}
