/**
 * Line-level signatures of page chrome, shared by the text-dump and HTML cleaners.
 * Each rule is tested against one trimmed line or block of text. Rules are anchored or bounded
 * by length so that a body sentence that merely mentions a photo, advertising or a newsletter
 * as its topic is never taken for chrome (see chrome-patterns.test.ts for those cases).
 */
import type { RemovalReason } from '../types.js';
import { AGENCY_CASED_ALTERNATION } from './agencies.js';
import { countWords, looksLikeSentence } from './line-shape.js';

export interface ChromeRule {
  readonly reason: RemovalReason;
  readonly pattern: RegExp;
  /** The rule applies only to lines at most this long, characters (chrome is short; body sentences are not). */
  readonly maxLength: number;
  /** An extra check on a line the pattern matched, for signatures a regex alone states badly. */
  readonly accept?: (line: string) => boolean;
  /** A cheap test every line the rule can match passes; lines that fail it skip the (slower) pattern. */
  readonly hint?: RegExp;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?';
const SOCIAL = '(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|print|reddit|telegram|pinterest|instagram|youtube|tiktok|threads|bluesky|mastodon|flipboard|messenger|sms|copy link|copy url)';
const SECTION = '(?:home|news|world|politics|business|sports?|opinion|tech(?:nology)?|science|health|entertainment|culture|lifestyle|life|video|videos|photos|podcasts?|local|national|international|asia|europe|americas|africa|middle east|economy|markets|weather|travel|food|arts|books|education|environment|climate|obituaries|features|analysis|editorials?|letters|north korea|south korea|more)';
const TEMPERATURE = /-?\d{1,3}\s*°\s*[CF]?\b|\b\d{1,3}\s*(?:degrees|deg\.?)\s*(?:c|f|celsius|fahrenheit)\b/i;
const WEATHER_WORD = /\b(?:sunny|cloudy|clear|rain|showers?|snow|fog|mist|overcast|windy|storms?|drizzle|humidity|wind|weather|forecast|partly)\b/i;
/** A dateline "HALVIK, Norland (AP) —" opens a story; it is no caption even though it credits an agency. */
const NOT_A_DATELINE = (line: string): boolean => !/^[\p{Lu}][\p{Lu} .'’-]{1,40},\s[^(]{0,40}\([^)]+\)\s*(?:--|[—–-])/u.test(line);

/** Ordered: the first rule that matches decides the reason. */
export const CHROME_RULES: readonly ChromeRule[] = [
  { reason: 'advertisement', maxLength: 70, pattern: /^[-–—*[(\s]*(?:advertisements?|advertising|advertise with us|sponsored(?: content| links?| stories| post)?|ad|ads|ad feedback|ads by \w+|story continues (?:below|after) (?:this )?(?:ad|advertisement)|paid (?:content|post|partner(?:ship)?)|promoted(?: content| stories| links)?|partner content|scroll to continue(?: with content)?|continue reading (?:below|the main story)|sponsored by .{1,40})(?:\s*[-–—]\s*scroll to continue(?: with content)?)?[-–—*\])\s]*$/i },
  { reason: 'reading-time', maxLength: 50, pattern: /^(?:\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s*(?:read|reading time|listen)|(?:estimated )?read(?:ing)? time:?\s*(?:about\s+)?\d+\s*min(?:ute)?s?|\d+\s*min(?:ute)?s? (?:reading time|to read)|listen to (?:this )?article\b.{0,20})$/i },
  { reason: 'share', maxLength: 160, pattern: new RegExp(`^(?:share(?: this| the)?(?: article| story| page| post)?(?: on| via| to| with)?(?:[\\s:|,·•/]+(?:and\\s+)?${SOCIAL})*\\s*:?|(?:${SOCIAL}[\\s|,·•/]*)+|(?:(?:share (?:on|via|to) |send (?:by|via) )?${SOCIAL}\\s*[|,·•/]?\\s*){2,}|click to (?:share|email|print)\\b.{0,80}|follow (?:us|@[\\w.]+|[\\p{L}.' ]{1,40}) on ${SOCIAL}(?:[\\s,|]+(?:and\\s+)?${SOCIAL})*\\.?|(?:\\d+\\s+)?shares?)$`, 'iu') },
  { reason: 'newsletter', maxLength: 220, pattern: /^(?:sign up|subscribe|register|get|want|don'?t miss|never miss|stay (?:informed|up to date|in the know)|receive|join|enjoy|like this|newsletters?)\b.{0,160}\b(?:newsletters?|briefing|bulletin|alerts?|digest|inbox)\b|delivered (?:straight |directly )?to your inbox|^(?:enter your e-?mail|your e-?mail address)\b|^newsletters?\s*:/i },
  { reason: 'copyright', maxLength: 300, pattern: /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))|\ball rights reserved\b|\bmay not be (?:published|reproduced|redistributed|rewritten|broadcast)\b/i },
  { reason: 'contact', maxLength: 200, hint: /@|contact|mail|tel|phone|fax|tip|reach|write/i, pattern: /^(?:contact(?: us| the (?:writer|author|reporter|newsroom))?\s*:|(?:e-?mail|tel|telephone|phone|fax)\s*:|(?:send (?:us )?(?:your )?(?:news )?tips?|have a (?:news )?tip|got a (?:news )?tip)\b)|\b(?:can be reached|reach (?:him|her|them) at|write to [\p{L}.' ]{1,40} at)\b|[\w.+-]+@[\w-]+\.[\w.]{2,}/iu, accept: (line) => countWords(line) <= 20 && !/\bsaid\b/i.test(line) },
  { reason: 'source-line', maxLength: 200, pattern: /^\(?(?:sources?|via|courtesy(?: of)?|originally published (?:by|in|at|on)|with (?:files|reporting) from)\s*:?\s+\S.{0,80}$|^this (?:article|story|report|piece) (?:was )?(?:first |originally )?(?:appeared|published|ran)\b/i, accept: (line) => /^\(?(?:sources?|via)\s*:|^\(?(?:courtesy|originally|with|this)\b/i.test(line) },
  { reason: 'source-line', maxLength: 300, pattern: /^(?:url|link|permalink|canonical|original url|source url)\s*:\s*https?:\/\/\S+$/i },
  { reason: 'photo-caption', maxLength: 400, hint: /photo|image|picture|getty|video|graphic|illustration|caption|courtesy|credit|licens|print|[()/[\]]/i, pattern: new RegExp(
    [
      '^(?:photo|photos|image|picture|file photo|photograph|video|graphic|illustration|caption)s?(?:\\s*[:|]|\\s+(?:—|–|-|by|credit)\\s)',
      '\\((?:[\\p{Lu}][\\w.]*\\s+)?(?:photo|image|file photo|handout)(?:\\s*[:/]|\\s+by\\b|\\s+courtesy\\b|\\s*\\))[^)]*\\)?\\s*\\.?$',
      '[.!?”"]\\s+(?:photo|image|picture|photograph)s?\\s*(?::|by)\\s*.{1,80}$',
      '\\b(?:photo|image|picture|photograph)\\s*(?:credit|courtesy)\\b',
      '[\\p{L}.]\\s*/\\s*getty images\\s*\\)?\\s*$',
      '(?:^|\\s)(?:[\\p{L}]+ via )?getty images$',
      '^(?:purchase|buy|order) (?:licensing rights|(?:a )?(?:print|reprint)s?|this photo)$',
      '\\[(?:[\\p{L} ]{1,30} )?(?:photo|image)s?(?: by [^\\]]{1,40})?\\]\\s*$',
      '^this (?:file |handout )?(?:photo|image|picture)\\b.{0,300}\\b(?:provided by|released by|courtesy of)\\b',
    ].join('|'),
    'iu',
  ), accept: NOT_A_DATELINE },
  // Agency credits, case-sensitive: the agency as it writes itself or in capitals ("(EPA)", "Jane Roe/AFP",
  // "REUTERS/Kim Hong-ji"), never a word that only spells like one ("(ePA)", the German health record).
  { reason: 'photo-caption', maxLength: 400, hint: /[(/]/, pattern: new RegExp(
    [
      `\\(\\s*(?:${AGENCY_CASED_ALTERNATION})\\s*\\)\\s*\\.?$`,
      `[\\p{L}.]\\s*/\\s*(?:${AGENCY_CASED_ALTERNATION})\\s*\\)?\\s*$`,
      `(?<![\\p{L}\\d])(?:${AGENCY_CASED_ALTERNATION})\\s*/\\s*[\\p{Lu}][\\p{L}.' -]{1,40}(?:/[\\p{L} ]{1,20})?$`,
    ].join('|'),
    'u',
  ), accept: NOT_A_DATELINE },
  { reason: 'weather-or-date-widget', maxLength: 100, pattern: new RegExp(`${TEMPERATURE.source}|^(?:today'?s )?weather\\b|^today is ${WEEKDAY}|^(?:air quality|fine dust|uv index|pollen(?: count)?|sunrise|sunset|tides?)\\b.{0,40}$`, 'i'),
    accept: (line) => !looksLikeSentence(line) && (countWords(line) <= 8 || WEATHER_WORD.test(line) || new RegExp(`${MONTH}|\\d{4}`, 'i').test(line) || /^(?:today is|air quality|fine dust|uv index|pollen|sunrise|sunset|tide)/i.test(line)) },
  { reason: 'navigation', maxLength: 120, pattern: new RegExp(`^(?:menu|main menu|skip to (?:main )?(?:content|navigation)|jump to\\b.{0,30}|search|log ?in|log ?out|sign ?in|sign ?out|register|subscribe|subscribe now|my account|back to top|top of page|next article|previous article|next|previous|prev|load more|see all|show more|view all|more|close|open|toggle navigation|sections?|breadcrumbs?|you are here:?.{0,80}|${SECTION}(?:\\s*(?:[|›>»/·•]|\\s)\\s*${SECTION})*)$`, 'i') },
  { reason: 'comments', maxLength: 80, pattern: /^(?:\d+\s+)?comments?(?:\s*\(\d+\))?:?$|^(?:view|show|read|see)(?: all)? (?:\d+ )?comments?$|^(?:leave a|post a|add a|join the|write a) (?:comment|reply|conversation|discussion)|^comments? (?:are|have been) (?:closed|disabled|turned off)|^\d+ (?:replies|responses)$/i },
  { reason: 'tags', maxLength: 300, pattern: /^(?:tags?|topics?|filed under|categories|category|keywords|related topics|more on|more about)\s*:|^(?:#[\p{L}\d_]+[\s,]*){2,}$/iu },
  { reason: 'boilerplate', maxLength: 120, pattern: /^\(?(?:end|ends|more|###|-30-)\)?$|^our standards\s*:|^(?:for immediate release|embargoed until\b.{0,40})$|\bfor immediate release$/i },
  { reason: 'related-headlines', maxLength: 200, pattern: /^(?:read more|related|related story|related article|see also|also read|read also|recommended|further reading|read next|also see|previously|latest|watch|listen|most read|more)\s*[:|»>]\s*\S/i },
];

/** Headings that introduce a list of other articles' headlines. */
export const RELATED_HEADING = /^(?:related(?: (?:articles?|stories|news|coverage|content|links|reading|topics|videos?))?|more (?:from|on|in|stories|news|headlines|coverage|to read|for you)\b.*|more stories|(?:most )?(?:read|popular|viewed|shared|watched|commented)(?: (?:now|today|this week|stories|articles|news|on \S+))?|most read|trending(?: now| stories| news| today)?|top stories|top news|top headlines|latest(?: news| stories| headlines| updates| articles)?|editor'?s? (?:picks?|choice)|recommended(?: for you| stories| reading| articles)?|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|read (?:more|next|also)|see also|also read|also on \S+|don'?t miss|what to read next|in (?:other|case you missed)\b.*|headlines|news in brief|elsewhere(?: on \S+)?|popular now|around the web|from the archive|previously|up next|more like this|stories you may like|the latest)\s*:?$/i;

/** A byline: "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press", "Written by ...". Kept for callers; see byline.ts for parsing. */
export const BYLINE = /^(?:(?:written |reported |words )?by)\s+(?<names>[\p{L}][\p{L}.'’ -]+(?:(?:,| and| &)\s+[\p{L}][\p{L}.'’ -]+)*)(?:\s*[,|–—-]\s*(?<org>[^,]+))?$/iu;

/** A one-line author bio: "Jane Doe is a reporter covering ...": a two- or three-word name, then a journalist's job. */
export const AUTHOR_BIO = /^(?!(?:The|This|That|It|He|She|They|We|A|An|Our|His|Her|Their)\s)(?:[\p{Lu}][\p{L}.'’-]+\s+){2,3}(?:is|was|has been|covers|writes|reports)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,4}(?:reporter|correspondent|journalist|editor|writer|columnist|contributor|producer|photographer|photojournalist|author|covering|who covers)\b(?:\s+(?:covering|for|at|based|who|with|in|on|and)\b|[,.]|$)/u;

/** Headings of an "about the author" box; the lines after them are the bio. */
export const AUTHOR_BIO_HEADING = /^(?:about the (?:author|writer|reporter)s?|author bio|about me)\s*:?$/i;

/** Headings of a comments section; what follows them is readers' comments, not the article. */
export const COMMENTS_HEADING = /^(?:\d+\s+)?(?:comments?|responses|reader comments|discussion|what readers say|join the conversation|conversation)(?:\s*\(\d+\))?\s*:?$/i;

/** A menu: three or more short items separated by |, ›, » or bullets ("News | Local | Business"). */
const MENU_ROW: ChromeRule = { reason: 'navigation', maxLength: 200, pattern: /^(?:[^|›»•·]{1,25}\s*[|›»•·]\s*){2,}[^|›»•·]{1,25}$/ };

/** The rule whose signature the line has, or undefined for a line that is not recognisable chrome on its own. */
export function matchChromeRule(line: string): ChromeRule | undefined {
  for (const rule of CHROME_RULES) {
    if (line.length > rule.maxLength || (rule.hint && !rule.hint.test(line))) continue;
    if (rule.pattern.test(line) && (!rule.accept || rule.accept(line))) return rule;
  }
  if (line.length <= MENU_ROW.maxLength && MENU_ROW.pattern.test(line) && countWords(line) <= 20 && !looksLikeSentence(line)) return MENU_ROW;
  return undefined;
}
