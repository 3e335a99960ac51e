/** A name run in its sentence -> person, organisation, place, other, or null (not a name). */
import type { EntityType } from '../../types.js';
import type { NlpDoc } from '../nlp/read-text.js';
import type { NameRun } from './name-runs.js';
import { acronymOf } from './alias-keys.js';
import { NATIONALITIES, NEWS_AGENCIES, ORG_HEADS, ORG_STARTS, PLACES, ROLE_HEADS } from './gazetteer.js';

const PLACE_HEADS = new Set(['city', 'province', 'county', 'district', 'region', 'island', 'islands', 'river', 'sea', 'strait', 'peninsula',
  'mountain', 'mountains', 'valley', 'bay', 'harbour', 'harbor', 'coast', 'lake', 'prefecture', 'village', 'town', 'airport', 'square',
  'street', 'avenue', 'road', 'bridge', 'port', 'gulf', 'ocean', 'desert', 'plateau', 'oblast', 'canton', 'municipality', 'border']);
const LOCATIVES = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'outside', 'inside', 'into', 'around', 'toward', 'towards', 'via', 'off', 'over', 'visited', 'visit', 'between']);
export const SPEECH_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'declared', 'announced', 'warned', 'warns',
  'insisted', 'argued', 'noted', 'explained', 'wrote', 'writes', 'stressed', 'urged', 'vowed', 'claimed', 'claims', 'confirmed', 'denied',
  'replied', 'responded', 'asked', 'recalled', 'admitted', 'acknowledged', 'conceded', 'complained', 'remarked', 'observed', 'continued',
  'concluded', 'pledged', 'promised', 'boasted', 'predicted', 'cautioned', 'lamented', 'tweeted', 'posted', 'reported', 'estimated', 'added',
  'laughed', 'smiled', 'sighed', 'beamed', 'gushed', 'chuckled', 'grinned', 'sobbed', 'wept', 'exclaimed', 'revealed', 'admits', 'recalls', 'explains', 'insists', 'quipped', 'joked', 'testified', 'answered']);

/** Nouns written before a company's name; never before a person's. */
const COMPANY_NOUNS = new Set(['maker', 'firm', 'company', 'retailer', 'chain', 'carrier', 'airline', 'lender', 'insurer', 'giant', 'startup',
  'start-up', 'manufacturer', 'supplier', 'brand', 'label', 'conglomerate', 'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'group', 'outfit',
  'charity', 'publisher', 'broadcaster', 'newspaper', 'tabloid', 'bank', 'builder', 'housebuilder', 'estates', 'supermarket', 'operator']);
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'ramadan']);
const ORG_INNER = new Set(['without', 'for', 'of', 'the', 'and', 'against', 'on', 'in', '&']);

export interface TypeHint {
  readonly type: EntityType | null;
  /** True when the type came from a list or a strong cue, not from the default. */
  readonly sure: boolean;
}

export function typeName(run: NameRun, doc: NlpDoc): TypeHint {
  const lower = run.text.toLowerCase().replace(/['’]s$/, '');
  const words = lower.split(/\s+/);
  const last = words.at(-1)!;
  if (NEWS_AGENCIES.has(lower)) return { type: 'organization', sure: true };
  if (isCapitalisedCommonNoun(run, doc)) return { type: null, sure: true };
  if (PLACES.has(lower)) return { type: 'place', sure: true };
  if (NATIONALITIES.has(lower) || ROLE_HEADS.has(lower)) return { type: null, sure: true };
  if (ORG_HEADS.has(last) || (ORG_STARTS.has(words[0]!) && words.includes('of'))) return { type: 'organization', sure: true };
  if (words.length > 1 && PLACE_HEADS.has(last)) return { type: 'place', sure: true };
  if (acronymOf(run.text)) return { type: 'organization', sure: false };
  // "Medics Without Borders", "Doctors for Peace": a capitalised function word inside marks an organisation.
  if (words.length >= 3 && words.slice(1, -1).some((w) => ORG_INNER.has(w))) return { type: 'organization', sure: false };
  const tokens = doc.tokens;
  const next = tokens[run.last + 1];
  const prev = tokens[run.first - 1];
  if (isDateline(run, doc)) return { type: 'place', sure: true };
  if (words.length === 1 && CALENDAR.has(lower)) return { type: null, sure: true };
  // "Marovian leader", "South Marovian officials": a demonym before a noun is an adjective, not a name.
  if (next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && /(?:an|ian|ese|ish|i)$/.test(last) && next.sentence === tokens[run.last]!.sentence) return { type: null, sure: true };
  // "device maker Orvane Health", "bus firm Greenway Coaches": a company noun in front names an organisation.
  if (prev && COMPANY_NOUNS.has(prev.lower) && prev.sentence === tokens[run.first]!.sentence && !run.titled) return { type: 'organization', sure: true };
  if (run.titled) return { type: 'person', sure: true };
  if (next && (next.text === '-' || next.text === '‑') && tokens[run.last + 2]?.lower === 'based') return { type: 'place', sure: true };
  if (/\d/.test(run.text)) return { type: 'other', sure: false };
  // "Flight 302", "Resolution 2397": a name followed by a number names a thing.
  if (next && next.kind === 'number' && next.sentence === tokens[run.last]!.sentence) return { type: 'other', sure: false };
  const nameWords = run.last - run.first + 1 - countInitials(run, doc);
  if (nameWords >= 2) return { type: 'person', sure: false };
  if (prev && LOCATIVES.has(prev.lower) && prev.sentence === tokens[run.first]!.sentence) return { type: 'place', sure: false };
  // "Kim said" names a person; "Diplomats said" at a sentence start is a plural noun.
  const sentenceInitial = run.first === doc.sentences[tokens[run.first]!.sentence]!.first;
  if (next && SPEECH_VERBS.has(next.lower) && !(sentenceInitial && /[^s]s$/.test(run.text))) return { type: 'person', sure: false };
  // '"…," said Rashford': the inverted attribution after a quote names a speaker.
  const beforeVerb = tokens[run.first - 2];
  if (prev && SPEECH_VERBS.has(prev.lower) && beforeVerb && /^[,"”’»]$/.test(beforeVerb.text) && prev.sentence === tokens[run.first]!.sentence) return { type: 'person', sure: false };
  return { type: 'other', sure: false };
}

/** "PYONGYANG, March 3 (Wire) -": an upper-case place opening the first paragraph. */
function isDateline(run: NameRun, doc: NlpDoc): boolean {
  const s = doc.sentences[doc.tokens[run.first]!.sentence]!;
  return run.first === s.first && s.paragraph === 0 && run.text.length > 3 && run.text === run.text.toUpperCase() && /^[,(–—-]/.test(doc.tokens[run.last + 1]?.text ?? '');
}

function countInitials(run: NameRun, doc: NlpDoc): number {
  let n = 0;
  for (let i = run.first; i <= run.last; i++) if (/^\p{Lu}\.$/u.test(doc.tokens[i]!.text) || /^[-‑]$/.test(doc.tokens[i]!.text)) n++;
  return n;
}

/**
 * "Department store chain …", "Union officials said": a lone word capitalised only because it opens
 * the sentence, followed by a lower-case noun it modifies. A word written capitalised elsewhere
 * mid-sentence ("Apple shares fell" after "… said Apple") is a name after all.
 */
function isCapitalisedCommonNoun(run: NameRun, doc: NlpDoc): boolean {
  const { tokens } = doc;
  if (run.first !== run.last || run.first !== doc.sentences[tokens[run.first]!.sentence]!.first) return false;
  const first = tokens[run.first]!;
  const next = tokens[run.last + 1];
  if (!next || next.sentence !== first.sentence || next.pos !== 'NOUN' || !/^\p{Ll}/u.test(next.text)) return false;
  if (acronymOf(run.text) || PLACES.has(first.lower)) return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === first.text && i !== run.first && i !== doc.sentences[t.sentence]!.first) return false;
  }
  return true;
}
