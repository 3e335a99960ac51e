/**
 * Who a phrase names, and which channels relayed it. A speaker phrase resolves, in order, to a
 * person mentioned inside it, an organisation inside it, the nearest fitting person for a pronoun,
 * or (for unnamed speakers such as "a witness") the phrase itself without its determiner.
 */
import type { EntityMention } from '../../types.js';
import { NEWS_AGENCIES } from '../entities/gazetteer.js';

export interface Resolved {
  readonly name: string;
  /** True when the speaker is a named entity (or a pronoun/title resolved to one). */
  readonly named: boolean;
}

export interface SpeakerContext {
  readonly text: string;
  /** Sorted by span.start. */
  readonly mentions: readonly EntityMention[];
  /** True when an offset lies inside a quoted segment: people named inside a quote are not its speaker. */
  readonly insideQuote: (offset: number) => boolean;
  /** True when a quoted segment overlaps [start, end). */
  readonly overlapsQuote?: (start: number, end: number) => boolean;
  /** Gender the article shows for a person's canonical name; "he"/"she" skip people of the other one. */
  readonly genders?: ReadonlyMap<string, 'm' | 'f'>;
}

const SPEECH = 'was quoted as saying|were quoted as saying|was quoted|shot back|hit back|fired back|retorted|reported|reports|said|says|say|told|tells|added|adds|stated|declared|announced|warned|warns|insisted|argued|noted|explained|wrote|writes|stressed|urged|vowed|claimed|claims|confirmed|denied|replied|responded|asked|recalled|admitted|acknowledged|conceded|complained|remarked|continued|concluded|pledged|promised|boasted|predicted|cautioned|lamented|tweeted|posted|shouted|quipped|joked|reiterated|maintained|emphasised|emphasized|underlined|observed|laughed|laughs|smiled|smiles|sighed|beamed|beams|gushed|chuckled|grinned|sobbed|wept|exclaimed|revealed|reveals|admits|recalls|explains|insists|mused|replies|repeated|countered|protested|demanded|pleaded|begged|whispered|yelled|screamed|cried|snapped|raged|fumed|blasted|hinted|suggested|testified';
export const SPEECH_VERB = `(?:${SPEECH})`;
/** Verbs that introduce a partial quote inside a sentence: 'called the drill "a rehearsal for invasion"'. */
export const PARTIAL_VERB = `(?:${SPEECH}|rejected|dismissed|described|calls|called|termed|dubbed|labelled|labeled|branded|hailed|denounced|condemned|slammed|criticised|criticized|accused|praised|urged|vowed|pledged|promised|threatened|likened|compared|expressed|voiced|spoke)`;
/** An apposition between a speaker and the verb: "Kim Yo Jong, the leader's sister, said" / "Dr Yusuf, who leads the team, said". */
export const APPOSITIVE = '(?:,\\s+(?<app>[^,"“”«»]{1,90}),)?';
export const ADVERB = '(?:also|later|then|further|again|earlier|once|had|has|have|would|will|previously|repeatedly|reportedly|separately|flatly|quickly)';

const PRONOUN = /^(?:he|she|him|her)$/i;
const NON_SPEAKER = /^(?:it|this|that|which|who|they|we|i|you|there|and|but|or|as|while|when|so)$/i;
const DETERMINER = /^(?:the|a|an)\s+/i;
/** A media-like phrase: a channel when someone "told" it or it "reported". */
const MEDIA_WORDS = /\b(?:weekly|magazine|digest|review|media|television|tv|radio|newspaper|paper|broadcaster|news(?!\s+(?:conference|briefing))|agency|daily|times|post|journal|herald|press(?!\s+(?:conference|briefing))|sinmun|ilbo|shimbun|channel|outlet|wire|website|echo|courier|mirror|express|mail|gazette|tribune|chronicle|observer|globe)\b/i;

/** Social platforms a speaker posts on: the channel of what they wrote there. */
const SOCIAL = /^(?:the\s+)?(?:instagram|facebook|x|twitter|telegram|weibo|youtube|tiktok|linkedin|threads|bluesky|truth social|vk|wechat|kakaotalk|line)$/i;
const MEDIA_THEN_NAME = /\b(?:media|television|tv|radio|newspaper|paper|broadcaster|agency|daily|channel|outlet|wire|website|station|network|magazine|tabloid)\s+(?<name>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s*$/u;
/** "the Nordic Wire agency", "the Valley Courier newspaper": a name, then what kind of outlet it is. */
const NAME_THEN_MEDIA = /^(?:[Tt]he\s+)?(?!The\b)(?<name>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+(?:news\s+)?(?:agency|newspaper|paper|broadcaster|channel|website|daily|radio|television|network|magazine|tabloid)$/u;
const STATE_MEDIA_G = /\b(?:state(?:-run)?|official)\s+(?:media|television|tv|radio|news agency|newspapers?|broadcaster)\b/gi;
/** "the broadcaster", "the agency": an outlet named earlier. */
const BACK_REFERENCE = /^(?:the|its)\s+(?:\p{Ll}+\s+)?(?:broadcaster|agency|news agency|newspaper|paper|channel|station|network|daily|outlet)$/iu;
const lastMatch = (text: string, re: RegExp): RegExpMatchArray | undefined => [...text.matchAll(re)].at(-1);
const STATE_MEDIA = /\b(?:state(?:-run)?|official|local)\s+(?:media|television|tv|radio|news agency|newspapers?|broadcaster)\b/i;

/** The speaker a phrase at [start, end) names. */
export function resolveSpeaker(ctx: SpeakerContext, start: number, end: number, anchor: number, appositionEnd = end): Resolved | null {
  const phrase = ctx.text.slice(start, end).trim().replace(/^(?:and|but|,)\s+/i, '');
  if (phrase === '' || NON_SPEAKER.test(phrase)) return null;
  if (PRONOUN.test(phrase)) {
    const gender = /^(?:she|her)$/i.test(phrase) ? 'f' : 'm';
    // Nobody fitting named before: a feature may name the speaker just after ('"…," she said. Ana Rivas lost her home').
    const p = nearestPerson(ctx, anchor, gender) ?? nextPersonInParagraph(ctx, end, gender);
    return p ? { name: p.name, named: true } : null;
  }
  // People named in an apposition ("The EU's foreign policy chief, Jean-Luc Marchetti, said") count too.
  // A name in brackets is a dateline's wire ("SEOUL (Harbour Wire) - …"), never the speaker.
  const inside = ctx.mentions.filter((m) => m.span.start >= start && m.span.end <= appositionEnd && ctx.text[m.span.start - 1] !== '(');
  // The name closest to the verb is the speaker ("Northvale chief executive Fiona Garside"), unless
  // it only qualifies another name ("Mariko Ishida of Sanwa Securities").
  const heads = inside.filter((m) => !/\b(?:of|at|from|for|with|in)\s+(?:the\s+)?$/i.test(ctx.text.slice(start, m.span.start)));
  // A person in the phrase itself wins over one in its apposition ("Kim Yo Jong, the sister of leader Kim Jong Un, said").
  const own = heads.filter((m) => m.type === 'person' && m.span.end <= end);
  const person = own.at(-1) ?? heads.filter((m) => m.type === 'person').at(0) ?? inside.find((m) => m.type === 'person');
  if (person) return { name: person.name, named: true };
  const org = inside.find((m) => m.type === 'organization');
  if (org) return { name: org.name, named: true };
  const place = inside.find((m) => m.type === 'place');
  if (place && nameCovers(phrase, place.text)) return { name: place.name, named: true };
  // An unknown capitalised phrase is a name we failed to type; "Union officials" (a lower-case head) is an unnamed group.
  if (/^\p{Lu}/u.test(phrase) && !DETERMINER.test(phrase) && phrase.split(/\s+/).length <= 4 && inside.length === 0 && !/\s\p{Ll}+$/u.test(phrase)) return null;
  const generic = phrase.replace(DETERMINER, '');
  if (generic.split(/\s+/).length > 7) return null;
  return { name: generic, named: false };
}

const nameCovers = (phrase: string, name: string): boolean => phrase.replace(/['’]s\b.*$/, '').trim() === name;

/**
 * The last person mentioned before `offset`, outside quotes. People known by a full name win over
 * single-word "people" (often a misread organisation such as "Lotteria said").
 */
export function nearestPerson(ctx: SpeakerContext, offset: number, gender?: 'm' | 'f'): EntityMention | undefined {
  let best: EntityMention | undefined;
  let bestFull: EntityMention | undefined;
  for (const m of ctx.mentions) {
    if (m.span.start >= offset) break;
    if (m.type !== 'person' || ctx.insideQuote(m.span.start)) continue;
    const known = ctx.genders?.get(m.name);
    if (gender && known && known !== gender) continue;
    best = m;
    if (/\s/.test(m.name)) bestFull = m;
  }
  return bestFull ?? best;
}

/** The first person named after `offset` in the same paragraph, outside quotes, not of the other gender. */
function nextPersonInParagraph(ctx: SpeakerContext, offset: number, gender: 'm' | 'f'): EntityMention | undefined {
  const paraEnd = ctx.text.indexOf('\n\n', offset);
  return ctx.mentions.find((m) => m.type === 'person' && m.span.start >= offset && (paraEnd < 0 || m.span.start < paraEnd)
    && !ctx.insideQuote(m.span.start) && (ctx.genders?.get(m.name) ?? gender) === gender);
}

const CHANNEL_PATTERNS: readonly RegExp[] = [
  /\baccording to (?<v>[^,.;:"“”]{2,60}?)(?=$|[,.;:]|\s+(?:on|in|at|which|who|as|and)\b)/gi,
  /\b(?:carried|published|released|aired|broadcast|reported|cited|quoted|relayed|run|saying) by (?<v>[^,.;:"“”]{2,60}?)(?=$|[,.;:]|\s+(?:on|in|at|which|who|as|and)\b)/gi,
  /\b(?:posted|wrote|said|writing|posting) on (?<v>[^,.;:"“”]{2,30}?)(?=$|[,.;:]|\s+(?:on|in|at|that|later|late|early|last|this)\b)/gi,
  /\b(?:told|telling|in an interview with|speaking to|in comments to|in remarks to|in an interview on|in a statement to) (?<v>[^,.;:"“”]{2,60}?)(?=$|[,.;:]|\s+(?:on|in|at|that|which|who|as|and|late|early|last|this)\b)/gi,
  /(?:^|,\s*)(?<v>(?:the |an? )?[^,.;:"“”]{2,60}?) (?:reported|quoted|cited|said|carried|broadcast|aired)\b(?!\s+(?:that|on\s+\w+\s+that))/gi,
  /^\s*(?<v>(?:the |an? )?[^,.;:"“”]{2,60}?) (?:quoted|cited)\b/gi,
];

/** Relay channels named in `text` (absolute offset `base`), nearest first. */
export function findChannels(ctx: SpeakerContext, base: number, text: string, speaker: string | null): string[] {
  const found: { at: number; name: string }[] = [];
  for (const re of CHANNEL_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const v = m.groups!.v!;
      const at = base + m.index! + m[0].indexOf(v);
      const name = resolveChannel(ctx, at, at + v.length, v, /^\s*(?:,\s*)?(?:told|telling|in|speaking)/i.test(m[0]) || re === CHANNEL_PATTERNS[3] || re === CHANNEL_PATTERNS[4]);
      if (name && name !== speaker && !found.some((f) => f.name === name)) found.push({ at, name });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/** A channel phrase -> the organisation it names, or "state media"-like words; null when it is not a channel. */
function resolveChannel(ctx: SpeakerContext, start: number, end: number, phrase: string, mustBeMedia: boolean): string | null {
  // "the state news agency Vesti", "the party newspaper Red Banner": the outlet's own name, after the words describing it.
  const titled = phrase.match(MEDIA_THEN_NAME);
  if (titled) return titled.groups!.name!;
  const org = ctx.mentions.find((m) => m.span.start >= start && m.span.end <= end && m.type === 'organization');
  // "The broadcaster quoted him" after "state television showed …": the generic outlet is the nearer antecedent.
  if (BACK_REFERENCE.test(phrase.trim())) {
    const generic = lastMatch(ctx.text.slice(0, start), STATE_MEDIA_G);
    const named = org && ctx.mentions.filter((m) => m.name === org.name && m !== org && m.span.end <= start).at(-1);
    if (generic && (!named || generic.index! > named.span.start)) return generic[0].toLowerCase().replace('state-run', 'state');
  }
  if (org) {
    if (!mustBeMedia || NEWS_AGENCIES.has(org.name.toLowerCase()) || NEWS_AGENCIES.has(org.text.toLowerCase()) || MEDIA_WORDS.test(org.name) || MEDIA_WORDS.test(phrase)) return org.name;
    return null;
  }
  if (SOCIAL.test(phrase.trim())) return phrase.trim().replace(DETERMINER, '');
  // "the Nordic Wire agency": an unknown outlet, kept as written without its determiner.
  if (NAME_THEN_MEDIA.test(phrase.trim())) return phrase.trim().replace(DETERMINER, '');
  // "cited by Radio Vest": a capitalised name that says it is an outlet, whatever type the name finder gave it.
  const asName = phrase.trim().replace(DETERMINER, '');
  if (/^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4}$/u.test(asName) && MEDIA_WORDS.test(asName)) return asName;
  const generic = phrase.match(STATE_MEDIA);
  if (generic) return generic[0].toLowerCase().replace('state-run', 'state');
  const bare = phrase.trim().replace(DETERMINER, '');
  // "told the club's website", "a local newspaper reported": an unnamed outlet, kept as written.
  if (mustBeMedia && MEDIA_WORDS.test(bare) && bare.split(/\s+/).length <= 4 && !/\b(?:reporters|journalists)\b/i.test(bare)) return bare;
  return null;
}
