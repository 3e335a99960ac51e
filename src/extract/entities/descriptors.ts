/**
 * Role words as coreference: "Lena Varga, the foreign minister," gives her the role "minister";
 * a later "the minister" (or "the North Korean leader") refers back to the nearest person with that role.
 */
import type { EntityMention } from '../../types.js';
import type { NlpDoc } from '../nlp/read-text.js';
import type { NameRun } from './name-runs.js';
import type { Canon } from './find-entities.js';
import { NATIONALITIES, NEWS_AGENCIES, ROLE_HEADS, ROLE_MODIFIERS } from './gazetteer.js';

/** "the (foreign) minister", or with an owner: "Iran's foreign minister", "the company's chief executive". Up to four words follow; the head is found in code. */
const DESCRIPTOR = /(?:\b[Tt]he|(?<![\p{L}'’-])\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}['’]s)(?=(?<words>(?:\s+[\p{L}'’-]+){1,4}))/gu;
const EXTRA_MODIFIERS = new Set(['country\'s', 'country’s', 'nation\'s', 'nation’s', 'top', 'new', 'powerful', 'veteran', 'north', 'south', 'korean', 'young', 'elderly', 'local', 'company\'s', 'party\'s']);
/** Roles too generic to point back at one person. */
const VAGUE = new Set(['member', 'official', 'worker', 'resident', 'witness', 'student', 'expert', 'analyst', 'player', 'head', 'chief', 'officer', 'representative', 'delegate']);

const isModifier = (w: string): boolean => ROLE_MODIFIERS.has(w) || NATIONALITIES.has(w) || EXTRA_MODIFIERS.has(w);

/** Adds roles stated in apposition: "Kim Yo Jong, the powerful sister of the leader," and "the defence minister, Lee Jae-sung,". */
export function findAppositiveRoles(doc: NlpDoc, runs: readonly NameRun[], assigned: readonly (Canon | null)[]): void {
  const { tokens } = doc;
  runs.forEach((run, i) => {
    const canon = assigned[i];
    if (!canon || canon.type !== 'person') return;
    // After: ", the/a/his/KCNA's ... ROLE"
    if (tokens[run.last + 1]?.text === ',') {
      for (let k = run.last + 2; k < run.last + 8 && k < tokens.length; k++) {
        const t = tokens[k]!;
        if (t.sentence !== tokens[run.last]!.sentence || t.text === ',' || t.lower === 'of' || t.pos === 'VERB') break;
        if (ROLE_HEADS.has(t.lower)) { canon.roles.add(t.lower); break; }
      }
    }
    // Before: "ROLE, Name"
    const comma = tokens[run.first - 1];
    const role = tokens[run.first - 2];
    if (comma?.text === ',' && role && ROLE_HEADS.has(role.lower)) canon.roles.add(role.lower);
  });
}

/** "the leader", "the foreign minister" -> a mention of the nearest preceding person holding that role. */
export function findDescriptors(doc: NlpDoc, mentions: readonly EntityMention[], canons: readonly Canon[]): EntityMention[] {
  const byName = new Map(canons.map((c) => [c.name, c]));
  const people = mentions.filter((m) => m.type === 'person');
  const out: EntityMention[] = [];
  for (const m of doc.text.matchAll(DESCRIPTOR)) {
    const start = m.index!;
    const words = [...m.groups!.words!.matchAll(/\s+(?<w>[\p{L}'’-]+)/gu)];
    // The first word that is not a modifier must be the role: "the foreign minister", not "the foreign ministry".
    const h = words.find((w) => !isModifier(w.groups!.w!.toLowerCase()));
    const head = h?.groups!.w ?? '';
    if (!ROLE_HEADS.has(head) || VAGUE.has(head)) continue;
    const end = start + m[0].length + h!.index! + h![0].length;
    const after = doc.text.slice(end, end + 24);
    if (/^\s+of\b/.test(after) || /^,?\s+\p{Lu}\p{Ll}/u.test(after) || /^['’]s\b/.test(after)) continue;
    let best: EntityMention | undefined;
    for (const p of people) {
      if (p.span.start >= start) break;
      if (byName.get(p.name)?.roles.has(head)) best = p;
    }
    // A title before the name ("Iran's foreign minister said … Foreign Minister Abbas Rahimi") refers forward.
    best ??= people.find((p) => p.span.start >= end && byName.get(p.name)?.roles.has(head));
    if (best) out.push({ name: best.name, type: 'person', text: doc.text.slice(start, end), span: { start, end } });
  }
  return out;
}

/** "the agency", "the newspaper": a wire service or paper named before. */
const MEDIA_HEADS = new Set(['agency', 'newspaper', 'paper', 'broadcaster', 'daily', 'outlet', 'network']);
/** Words for any company-like organisation; other heads ("ministry", "agency") must appear in the organisation's name. */
const COMPANY_WORDS = new Set(['company', 'firm', 'group', 'carrier', 'airline', 'club', 'operator', 'regulator', 'lender', 'insurer', 'retailer', 'developer', 'broadcaster', 'manufacturer', 'automaker', 'carmaker', 'chipmaker', 'producer', 'utility', 'charity', 'organisation', 'organization']);
const ORG_DESCRIPTOR = /\b[Tt]he\s+([a-z-]+)(?:\s+([a-z-]+))?/g;

/** "the company said", "according to the agency" -> the nearest preceding organisation that fits the word. */
export function findOrgDescriptors(doc: NlpDoc, mentions: readonly EntityMention[]): EntityMention[] {
  const orgs = mentions.filter((m) => m.type === 'organization');
  const out: EntityMention[] = [];
  if (orgs.length === 0) return out;
  const nameWords = new Map(orgs.map((o) => [o, new Set(o.name.toLowerCase().split(/[^\p{L}]+/u))]));
  for (const m of doc.text.matchAll(ORG_DESCRIPTOR)) {
    const start = m.index!;
    if (mentions.some((x) => x.span.start <= start && x.span.end > start)) continue;
    // "the company", "the national regulator": the head is the second word when there is one that fits.
    const heads = [m[2], m[1]].filter((w): w is string => !!w);
    for (const head of heads) {
      const end = start + m[0].indexOf(head, head === m[2] ? m[0].indexOf(m[1]!) + m[1]!.length : 0) + head.length;
      if (/^['’]s/.test(doc.text.slice(end, end + 2))) continue;
      let best: EntityMention | undefined;
      for (const o of orgs) {
        if (o.span.start >= start) break;
        if (nameWords.get(o)!.has(head) || (COMPANY_WORDS.has(head) && !isPublicBody(o.name)) || (MEDIA_HEADS.has(head) && (NEWS_AGENCIES.has(o.name.toLowerCase()) || MEDIA_NAME.test(o.name)))) best = o;
      }
      if (best) {
        out.push({ name: best.name, type: 'organization', text: doc.text.slice(start, end), span: { start, end } });
        break;
      }
    }
  }
  return out;
}

/** Organisation names that say they are an outlet ("Baltic Herald", "Nordic Business Radio"). */
const MEDIA_NAME = /\b(?:news|times|post|herald|journal|gazette|daily|tribune|press|telegraph|chronicle|observer|review|echo|courier|mirror|express|mail|bulletin|sentinel|examiner|inquirer|dispatch|monitor|globe|star|television|tv|radio|broadcasting|network|channel|media|sinmun|shimbun|ilbo)\b/i;

/** Ministries, agencies, courts and the like are not "the company". */
const isPublicBody = (name: string): boolean => /\b(?:ministry|agency|department|office|court|council|commission|government|parliament|army|police|news|times|post|herald|daily|television|radio)\b/i.test(name);
