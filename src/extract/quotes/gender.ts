/**
 * People's grammatical gender as the article shows it, so that "she said" skips a man named in
 * between. Evidence, in order of strength: an honorific or gendered role word next to a mention
 * ("Mrs Doyle", "spokeswoman Leah Ford", "Tom Hale, the chairman,"), then a his/her/himself/herself
 * in a sentence that names only that person. Unknown stays unknown: a pronoun may then take them.
 */
import type { EntityMention } from '../../types.js';

export type Gender = 'm' | 'f';

const FEMALE_WORDS = /^(?:mrs|ms|miss|madam|dame|lady|queen|princess|empress|duchess|countess|sister|wife|mother|mum|mom|daughter|grandmother|grandma|granddaughter|aunt|niece|widow|girl|woman|girlfriend|bride|actress|waitress|spokeswoman|chairwoman|businesswoman|congresswoman|councilwoman|assemblywoman|policewoman|headmistress|landlady|nun|heiress)$/i;
const MALE_WORDS = /^(?:mr|sir|lord|king|prince|emperor|duke|count|brother|husband|father|dad|son|grandfather|grandad|grandson|uncle|nephew|widower|boy|man|boyfriend|groom|actor|waiter|spokesman|chairman|businessman|congressman|councilman|assemblyman|policeman|headmaster|landlord|monk|fisherman|heir)$/i;
const FEMALE_PRONOUN = /\b(?:she|her|hers|herself)\b/i;
const MALE_PRONOUN = /\b(?:he|him|his|himself)\b/i;

/** Canonical person name -> gender, from the words around its mentions. */
export function genderOf(text: string, mentions: readonly EntityMention[], sentences: readonly { start: number; end: number }[]): Map<string, Gender> {
  const votes = new Map<string, { m: number; f: number }>();
  const vote = (name: string, g: Gender, weight: number) => {
    const v = votes.get(name) ?? { m: 0, f: 0 };
    v[g] += weight;
    votes.set(name, v);
  };
  const people = mentions.filter((m) => m.type === 'person');
  for (const p of people) {
    // Words in front ("Mrs Doyle", "spokeswoman Leah Ford") and a role in apposition after (", the chairman,").
    const before = text.slice(Math.max(0, p.span.start - 30), p.span.start).match(/([\p{L}.]+)[\s.]*$/u)?.[1]?.replace(/\.$/, '') ?? '';
    const after = text.slice(p.span.end, p.span.end + 50).match(/^,\s+(?:the|a|an|his|her|its|[\p{Lu}][\p{L}]*['’]s)?\s*(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)\s*[,.]/u)?.[1] ?? '';
    for (const w of [before, after, ...p.text.split(/\s+/).slice(0, 1)]) {
      if (FEMALE_WORDS.test(w)) vote(p.name, 'f', 3);
      else if (MALE_WORDS.test(w)) vote(p.name, 'm', 3);
    }
  }
  // A sentence naming one person only, with a possessive or reflexive pronoun after the name.
  let k = 0;
  for (const s of sentences) {
    const inside: EntityMention[] = [];
    while (k < people.length && people[k]!.span.start < s.end) {
      if (people[k]!.span.start >= s.start) inside.push(people[k]!);
      k++;
    }
    const names = new Set(inside.map((m) => m.name));
    if (names.size !== 1) continue;
    const rest = text.slice(inside[0]!.span.end, s.end).replace(/["“”«»][^"“”«»]*["“”«»]/g, ' ');
    const f = FEMALE_PRONOUN.test(rest);
    const m = MALE_PRONOUN.test(rest);
    if (f !== m) vote(inside[0]!.name, f ? 'f' : 'm', 1);
  }
  const out = new Map<string, Gender>();
  for (const [name, v] of votes) if (v.m !== v.f) out.set(name, v.m > v.f ? 'm' : 'f');
  return out;
}
