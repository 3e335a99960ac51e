/** Short, readable notes for relations: who says what, about what, for when. Templates only, no generated prose. */
import type { Quantity } from '../types.js';
import { describeDate, resolved } from './time.js';
import type { ClaimView } from './view.js';

const BOUND_WORDS: Record<Quantity['bound'], string> = {
  exact: '', about: 'about ', over: 'over ', under: 'under ', up_to: 'up to ', at_least: 'at least ', range: '',
};

const fmt = (n: number): string => (Number.isInteger(n) ? n.toLocaleString('en-US') : String(n));

/** "about 20,000 containers", "3.5%", "1,200-1,500 people", or the date a date claim states. */
export function describeValue(v: ClaimView): string {
  const q = v.claim.quantity;
  if (!q) return describeDate(v.claim.when);
  const num = q.bound === 'range' && q.max !== undefined ? `${fmt(q.value)}-${fmt(q.max)}` : fmt(q.value);
  const unit = q.unit === null ? '' : /^[%$€£]/.test(q.unit) || q.unit === '%' ? q.unit : ` ${q.unit}`;
  return q.unit === '$' || q.unit === '€' || q.unit === '£' ? `${BOUND_WORDS[q.bound]}${q.unit}${num}` : `${BOUND_WORDS[q.bound]}${num}${unit}`;
}

/** "Coastal Times (citing port officials)". */
export function describeWho(v: ClaimView): string {
  const outlet = v.article.outlet ?? v.article.source.path?.split('/').pop() ?? v.article.id;
  return v.claim.attributedTo ? `${outlet} (citing ${v.claim.attributedTo})` : outlet;
}

/** "containers handled, 2025" — the measure and, when both claims share it, its period. */
function topic(a: ClaimView, b: ClaimView): string {
  const about = a.claim.about.trim() || b.claim.about.trim() || 'the figure';
  const when = a.claim.quantity && resolved(a.claim.when) && describeDate(a.claim.when) === describeDate(b.claim.when) ? `, ${describeDate(a.claim.when)}` : '';
  return `${about}${when}`;
}

export function corroborationNote(a: ClaimView, b: ClaimView, sources: number, names: readonly string[]): string {
  const all = sources > 1 ? ` ${sources} independent sources report it: ${names.join('; ')}.` : '';
  return `Agree on ${topic(a, b)}: ${describeWho(a)} says ${describeValue(a)}; ${describeWho(b)} says ${describeValue(b)}.${all}`;
}

export function conflictNote(a: ClaimView, b: ClaimView): string {
  const subject = a.claim.quantity ? topic(a, b) : `when: ${a.claim.about.trim() || 'the date'}`;
  return `Sources disagree on ${subject}: ${describeWho(a)} says ${describeValue(a)}; ${describeWho(b)} says ${describeValue(b)}.`;
}

export function updateNote(earlier: ClaimView, later: ClaimView, why: string): string {
  const about = earlier.claim.about.trim() || later.claim.about.trim() || 'the figure';
  if (why === 'revised running count') {
    return `Revised count of ${about}: ${describeValue(earlier)} (${describeWho(earlier)}, ${earlier.published}), later ${describeValue(later)} (${describeWho(later)}, ${later.published}).`;
  }
  return `Newer figure for ${about}: ${describeValue(earlier)} for ${describeDate(earlier.claim.when)} (${describeWho(earlier)}), then ${describeValue(later)} for ${describeDate(later.claim.when)} (${describeWho(later)}).`;
}
