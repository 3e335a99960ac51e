/**
 * Line-level signatures of page chrome, shared by the text-dump and HTML cleaners.
 * Each pattern is tested against one trimmed line or block of text.
 */
import type { RemovalReason } from '../types.js';

export interface ChromeRule {
  readonly reason: RemovalReason;
  readonly pattern: RegExp;
  /** The rule applies only to lines at most this long, characters (chrome is short; body sentences are not). */
  readonly maxLength: number;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?';

/** Ordered: the first rule that matches decides the reason. */
export const CHROME_RULES: readonly ChromeRule[] = [
  { reason: 'advertisement', maxLength: 60, pattern: /^(?:advertisement|advertising|sponsored(?: content| links?)?|ad|ads by \w+|story continues below(?: this)? ad(?:vertisement)?|paid content|promoted(?: stories)?|\[?ad\]?)$/i },
  { reason: 'reading-time', maxLength: 40, pattern: /^(?:\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s*read|reading time:?\s*\d+\s*min(?:ute)?s?|\d+\s*min(?:ute)?s? reading time)$/i },
  { reason: 'share', maxLength: 80, pattern: /^(?:share(?: this(?: article| story)?)?(?: on \w+)?|share via|tweet|email|print|copy link|facebook|twitter|x|linkedin|whatsapp|reddit|(?:(?:facebook|twitter|x|linkedin|whatsapp|email|print|reddit|telegram)[\s|,·•/]*){2,})$/i },
  { reason: 'newsletter', maxLength: 160, pattern: /\b(?:sign up for|subscribe to) (?:our|the)\b.*\b(?:newsletter|briefing|alerts?|digest)\b|^newsletter\b|get (?:the|our) .*\bnewsletter\b|delivered to your inbox/i },
  { reason: 'copyright', maxLength: 200, pattern: /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b|\bmay not be (?:published|reproduced|redistributed|rewritten)/i },
  { reason: 'contact', maxLength: 160, pattern: /^(?:contact(?: us| the (?:writer|author|reporter))?:?|(?:e-?mail|tel|phone|fax)\s*:)|^\S+@\S+\.\w+$|^(?:send (?:us )?(?:news )?tips?|have a (?:news )?tip)\b/i },
  { reason: 'source-line', maxLength: 80, pattern: /^(?:source|sources|via|originally published (?:by|in|at))\s*:/i },
  { reason: 'photo-caption', maxLength: 300, pattern: /^(?:photo|image|picture|file photo|video|graphic|illustration)s?\s*(?::|\||—|-|by\b|credit\b)|\((?:[A-Z][\w.]*\s*)?(?:photo|image|pictured)[^)]*\)\s*$|\b(?:photo|image|picture)\s*(?:credit|courtesy)\b|\/\s*(?:getty images|afp|reuters|ap|epa|yonhap)\s*$|^(?:getty images|afp via getty images)$/i },
  { reason: 'weather-or-date-widget', maxLength: 80, pattern: new RegExp(`^(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})\\s*(?:[|·•/-]\\s*)?[A-Za-z .]*-?\\d{1,3}\\s*°\\s*[CF]?.*$|^-?\\d{1,3}\\s*°\\s*[CF]?\\b.{0,40}$|^(?:today'?s )?weather\\b.{0,60}$|^[A-Z][a-z]+(?: [A-Z][a-z]+)?\\s+-?\\d{1,3}\\s*°\\s*[CF]?$`, 'i') },
  { reason: 'navigation', maxLength: 120, pattern: /^(?:home|menu|skip to (?:main )?content|search|log ?in|sign ?in|register|subscribe|back to top|next article|previous article|read more|load more|see all|show more|more|close|open|toggle navigation|main menu|sections?|(?:home|news|world|politics|business|sports?|opinion|tech(?:nology)?|science|health|entertainment|culture|lifestyle|video|local|national|asia|europe|americas|africa|middle east|economy|markets)(?:\s*(?:[|›>»/·•]|\s)\s*(?:home|news|world|politics|business|sports?|opinion|tech(?:nology)?|science|health|entertainment|culture|lifestyle|video|local|national|asia|europe|americas|africa|middle east|economy|markets|north korea|south korea))+)$/i },
  { reason: 'comments', maxLength: 80, pattern: /^(?:\d+\s+)?comments?(?:\s*\(\d+\))?$|^(?:leave a|post a|add a|join the) (?:comment|reply|conversation|discussion)|^comments? (?:are|have been) closed/i },
  { reason: 'tags', maxLength: 200, pattern: /^(?:tags?|topics?|filed under|categories|keywords)\s*:/i },
];

/** Headings that introduce a list of other articles' headlines. */
export const RELATED_HEADING = /^(?:related(?: (?:articles?|stories|news|coverage|content|links|reading|topics))?|more (?:from|on|in|stories|news|headlines|coverage)\b.*|more stories|(?:most )?(?:read|popular|viewed|shared|watched)(?: (?:now|today|stories|articles|news))?|most read|trending(?: now| stories| news)?|top stories|latest(?: news| stories| headlines)?|editor'?s? picks?|recommended(?: for you| stories| reading)?|you (?:may|might) (?:also )?(?:like|be interested in)|read (?:more|next|also)|see also|also read|don'?t miss|what to read next|in (?:other|case you missed)\b.*|headlines|news in brief)\s*:?$/i;

/** A byline: "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press", "Written by ...". */
export const BYLINE = /^(?:(?:written |reported |words )?by)\s+(?<names>[\p{L}][\p{L}.'’ -]+(?:(?:,| and| &)\s+[\p{L}][\p{L}.'’ -]+)*)(?:\s*[,|–—-]\s*(?<org>[^,]+))?$/iu;

/** A one-line author bio: "Jane Doe is a reporter covering ...". */
export const AUTHOR_BIO = /^(?:[A-Z][\p{L}.'’-]+\s+){1,3}(?:is|was|has been|covers|writes)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,4}(?:reporter|correspondent|journalist|editor|writer|columnist|contributor|staff writer|producer|photographer|author|covering|who covers)\b/u;

/** A menu: three or more short items separated by |, ›, » or bullets ("News | Local | Business"). */
const MENU_ROW: ChromeRule = { reason: 'navigation', maxLength: 200, pattern: /^(?:[^|›»•·]{1,25}\s*[|›»•·]\s*){2,}[^|›»•·]{1,25}$/ };

export function matchChromeRule(line: string): ChromeRule | undefined {
  for (const rule of CHROME_RULES) if (line.length <= rule.maxLength && rule.pattern.test(line)) return rule;
  if (line.length <= MENU_ROW.maxLength && MENU_ROW.pattern.test(line) && line.split(/\s+/).length <= 20) return MENU_ROW;
  return undefined;
}
