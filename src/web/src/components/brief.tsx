/**
 * The cited brief: each sentence with numbered citations that open the article at the exact
 * span; conflict lines show each side with its own citations; "also reported by" lists other
 * independent sources that state the same fact in other words.
 */
import { spanHref, type Brief, type BriefCitation } from '../api.js';

export function BriefView({ brief }: { brief: Brief }) {
  if (brief.sentences.length === 0) return <p class="muted">Nothing to summarise yet: no sentence can be cited.</p>;
  return (
    <ol class="brief">
      {brief.sentences.map((s, i) => (
        <li key={i} class={`brief-${s.kind}`}>
          <span class="brief-text">{s.text}</span>{' '}
          {s.kind === 'conflict' && s.sides ? (
            <ul class="sides">
              {s.sides.map((side, j) => (
                <li key={j}><span class="who">{side.who}</span> <Citations list={side.sources} /></li>
              ))}
            </ul>
          ) : (
            <>
              <Citations list={s.sources} />
              {s.independentSources > 1 ? <span class="meta inline">{s.independentSources} independent sources</span> : null}
              {s.alsoReportedBy.length ? (
                <span class="meta also">also reported by {s.alsoReportedBy.map((c, j) => (
                  <span key={j}>{j > 0 ? ', ' : ''}<a href={spanHref(c.article, c.span)} class="citation also-link">{c.outlet ?? c.article}</a></span>
                ))}</span>
              ) : null}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

function Citations({ list }: { list: readonly BriefCitation[] }) {
  return (
    <>
      {list.map((c, i) => (
        <a key={i} href={spanHref(c.article, c.span)} class="citation brief-citation" title={`${c.outlet ?? 'unknown outlet'} — ${c.article}, characters ${c.span.start}–${c.span.end}`}>
          [{c.outlet ?? c.article}]
        </a>
      ))}
    </>
  );
}
