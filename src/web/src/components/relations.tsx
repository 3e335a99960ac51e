/** Conflicts and corroborations between claims, side by side; each claim links to its sentence in its article. */
import type { Claim, Relation, RelationPage } from '../api.js';
import { spanHref } from '../api.js';
import { formatDateValue } from '../lib/dates.js';

const COLUMNS = [
  { kind: 'conflicts', title: 'Conflicts', empty: 'No conflicting claims found.' },
  { kind: 'corroborates', title: 'Corroborations', empty: 'No corroborated claims found.' },
  { kind: 'updates', title: 'Updates', empty: null },
] as const;

export function RelationsSideBySide({ page }: { page: RelationPage }) {
  return (
    <div class="relations">
      {COLUMNS.map((col) => {
        const items = page.items.filter((r) => r.kind === col.kind);
        if (items.length === 0 && col.empty === null) return null;
        return (
          <section key={col.kind} class={`relation-column ${col.kind}`} aria-label={col.title}>
            <h3>{col.title} <span class="count">{items.length}</span></h3>
            {items.length === 0 ? <p class="muted">{col.empty}</p> : items.map((r, i) => <RelationCard key={i} relation={r} page={page} />)}
          </section>
        );
      })}
    </div>
  );
}

function RelationCard({ relation, page }: { relation: Relation; page: RelationPage }) {
  return (
    <article class="relation">
      <p class="note">{relation.note}</p>
      <ul>
        {relation.claims.map((id) => {
          const claim: Claim | undefined = page.claims[id];
          if (!claim) return <li key={id} class="muted">claim {id} (no longer stored)</li>;
          const article = page.articles[claim.article];
          return (
            <li key={id}>
              <a href={spanHref(claim.article, claim.span)} class="claim-link" data-claim={id}>“{claim.sentence}”</a>
              <span class="meta">
                {article?.outlet ?? 'unknown outlet'}{article?.published ? `, ${formatDateValue(article.published)}` : ''}
                {claim.attributedTo ? ` · according to ${claim.attributedTo}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </article>
  );
}
