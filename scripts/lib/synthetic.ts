/**
 * Generates synthetic news pages with planted truth, for benchmarks and scale tests: fictional
 * places and people, events of a few kinds (each story has two similar events of one kind in one
 * place, months apart, on purpose), several outlets per event each writing its own article from
 * varied phrasings, page chrome of every kind, wire copies (credited agency stories republished with
 * an outlet's own intro or cut short) and near-duplicates (small edits, another headline or chrome,
 * a paragraph cut or added). Deterministic for a given seed. No real news text.
 */

export interface SyntheticArticle {
  /** File name, e.g. "00001234.txt" or ".html". */
  readonly name: string;
  readonly format: 'text' | 'html';
  readonly content: string;
  /** `copyOf`: the name of the article this one copies (a wire copy or a near-duplicate), else null. */
  readonly truth: { readonly event: string; readonly story: string; readonly copyOf: string | null; readonly copyKind?: 'near' | 'wire' };
}

export interface SyntheticOptions {
  readonly articles: number;
  readonly seed?: number;
  /** Share of articles that are HTML pages, 0..1. Default 0.3. */
  readonly htmlShare?: number;
  /** Share of articles that copy an earlier one (wire copy or near-duplicate), 0..1. Default 0.15. */
  readonly copyShare?: number;
  /** Articles per event on average. Default 6. */
  readonly articlesPerEvent?: number;
}

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'ven', 'dru', 'mar', 'sil', 'tor', 'ben', 'ra', 'vik', 'hal', 'nes', 'or', 'tav', 'qui', 'zel', 'pol', 'dan', 'mer', 'sun'];
const OUTLETS = ['Harbor Gazette', 'Coastal Times', 'Northern Ledger', 'Regional Digest', 'Evening Ledger', 'Valley Post', 'Morning Star Daily', 'Island Courier'];
const AGENCIES = ['AP', 'Reuters', 'AFP'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const KINDS = [
  { kind: 'fire', noun: 'fire', verbs: ['broke out at', 'tore through', 'swept through'], site: 'warehouse', measure: 'firefighters', unit: 'firefighters', role: 'fire chief' },
  { kind: 'quake', noun: 'earthquake', verbs: ['struck near', 'shook', 'rattled'], site: 'district', measure: 'homes damaged', unit: 'homes', role: 'mayor' },
  { kind: 'visit', noun: 'visit', verbs: ['was made to', 'took in', 'was paid to'], site: 'factory', measure: 'workers', unit: 'workers', role: 'plant director' },
  { kind: 'strike', noun: 'strike', verbs: ['began at', 'shut down', 'halted work at'], site: 'port', measure: 'strikers', unit: 'workers', role: 'union leader' },
  { kind: 'ruling', noun: 'ruling', verbs: ['was issued on', 'came down in', 'was handed down in'], site: 'court', measure: 'plaintiffs', unit: 'people', role: 'presiding judge' },
  { kind: 'flood', noun: 'flood', verbs: ['hit', 'swamped', 'inundated'], site: 'valley', measure: 'people evacuated', unit: 'people', role: 'emergency coordinator' },
] as const;
type Kind = (typeof KINDS)[number];
const LEADS = [
  (e: PlannedEvent, v: string, when: string) => `A ${e.kind.noun} ${v} the ${e.site} in ${e.place} ${when}, {officials|authorities|local officials|the regional office} {said|confirmed|reported}.`,
  (e: PlannedEvent, v: string, when: string) => `${when[0]!.toUpperCase()}${when.slice(1)}, a {major|serious|sudden} ${e.kind.noun} ${v} ${e.place}'s ${e.site}, according to {local authorities|officials|emergency services}.`,
  (e: PlannedEvent, v: string, when: string) => `{Authorities|Officials|Police} in ${e.place} {confirmed|said|announced} that a ${e.kind.noun} ${v} the ${e.site} ${when}.`,
  (e: PlannedEvent, v: string, when: string) => `The ${e.site} in ${e.place} was the scene of a ${e.kind.noun} ${when}, {residents|witnesses|people nearby} {said|recalled|told reporters}.`,
];
const COUNTS = [
  (e: PlannedEvent) => `{About|Around|Nearly|Some} ${e.count.toLocaleString('en-US')} ${e.kind.measure} were {counted|recorded|registered} by {the authorities|officials|the town}, according to ${e.person}, the ${e.kind.role}.`,
  (e: PlannedEvent) => `${e.person}, the ${e.kind.role}, {put|estimated|gave} the number of ${e.kind.measure} {at roughly|at about|as close to} ${e.count.toLocaleString('en-US')}.`,
  (e: PlannedEvent) => `{Some|About|Up to} ${e.count.toLocaleString('en-US')} ${e.kind.measure} were reported by {late evening|nightfall|the next morning}, ${e.person} {told reporters|said|added}.`,
];
const QUOTES = [
  (e: PlannedEvent) => `"We are doing {everything|all} we can for the {people|families|residents} of ${e.place}," ${e.person} {said|told reporters|added}.`,
  (e: PlannedEvent) => `"This has been a {hard|long|difficult} day for ${e.place}, and we will need {help|support|time}," said ${e.person}.`,
  (e: PlannedEvent) => `${e.person} {promised|pledged|vowed to give} a full account of what happened at the ${e.site} "as soon as the facts are {clear|known|established}."`,
];
const WITNESSES = [
  (e: PlannedEvent) => `${e.witness}, who {lives|works|has a shop} near the ${e.site}, said the first signs came {shortly|just|soon} after ${e.hour} o'clock.`,
  (e: PlannedEvent) => `"I have never seen anything like {it|this}," said ${e.witness}, a {shopkeeper|teacher|driver|nurse} from ${e.place}.`,
  (e: PlannedEvent) => `Among the first to {raise the alarm|call for help} was ${e.witness}, who {called|phoned|rang} the emergency line around ${e.hour} o'clock.`,
];
const FILLER = [
  'Officials said more details would be released later in the week.',
  'Residents described a tense night as crews worked through the early hours.',
  'The regional government said it was monitoring the situation closely.',
  'Local businesses said they expected disruption to continue for several days.',
  'Analysts said the episode raised questions about long-term planning in the area.',
  'A spokesperson declined to comment on the cause while an inquiry was under way.',
  'Roads around the site remained closed to traffic on the following morning.',
  'Volunteers set up a help point at the community hall for anyone affected.',
  'Insurance assessors were expected to arrive before the end of the week.',
  'Neighbouring towns offered equipment and staff to support the response.',
  'The council scheduled an emergency meeting to discuss the next steps.',
  'Schools in the area said they would stay open as normal.',
];
const INTROS = [
  'Here is what we know so far.',
  'Our newsroom is following the story and will update this page.',
  'The following report was provided by a news agency.',
  'Readers in the area have sent us photographs and accounts.',
];
const CHROME_TOP = ['Home | World | Business | Sports | Opinion', 'Skip to content', 'Menu'];
const CHROME_BOTTOM = ['Sign up for our newsletter for the morning briefing.', 'Share on Facebook | Twitter | Email', 'Advertisement'];

interface PlannedEvent {
  readonly id: string;
  readonly story: string;
  readonly kind: Kind;
  /** Town; shared by the story's two events, like the kind and the official. */
  readonly place: string;
  readonly person: string;
  /** Named site and witness: this event's own. */
  readonly site: string;
  readonly witness: string;
  readonly date: Date;
  readonly count: number;
  readonly hour: number;
}

interface Written {
  readonly name: string;
  readonly body: string[];
  readonly title: string;
  readonly event: PlannedEvent;
  /** The agency credited, for an agency story. */
  readonly agency: string | null;
}

export function* generateArticles(options: SyntheticOptions): Generator<SyntheticArticle> {
  const random = rng(options.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const shuffle = <T>(xs: readonly T[]): T[] => xs.map((x) => [random(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
  const word = (n: number): string => {
    let w = '';
    for (let i = 0; i < n; i++) w += pick(SYLLABLES);
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const perEvent = options.articlesPerEvent ?? 6;
  const htmlShare = options.htmlShare ?? 0.3;
  const copyShare = options.copyShare ?? 0.15;
  const events: PlannedEvent[] = [];
  const written: Written[] = [];
  // Each story has two events of the same kind, months apart, in the same place with the same official: the hard case.
  const newStory = (): void => {
    const story = `s${events.length / 2 + 1}`;
    const kind = pick(KINDS);
    const place = word(3);
    const person = `${word(2)} ${word(2)}`;
    const base = Date.UTC(2020 + Math.floor(random() * 6), Math.floor(random() * 12), 1 + Math.floor(random() * 27));
    for (let k = 0; k < 2; k++) {
      events.push({
        id: `e${events.length + 1}`, story, kind, place, person, site: `${word(2)} ${kind.site}`, witness: `${word(2)} ${word(2)}`,
        date: new Date(base + k * (60 + random() * 200) * 86_400_000), count: 50 + Math.floor(random() * 5000), hour: 1 + Math.floor(random() * 11),
      });
    }
  };
  const dayText = (d: Date): string => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
  for (let i = 0; i < options.articles; i++) {
    if (events.length === 0 || random() < 1 / perEvent / 0.5 / 2) newStory();
    const name = `${String(i + 1).padStart(8, '0')}.${random() < htmlShare ? 'html' : 'txt'}`;
    const format = name.endsWith('.html') ? 'html' : 'text';
    let copyOf: Written | null = null;
    if (written.length > 0 && random() < copyShare) copyOf = written[written.length - 1 - Math.floor(random() * Math.min(written.length, 50))]!;
    const event = copyOf?.event ?? events[events.length - 1 - (random() < 0.5 ? 1 : 0)] ?? events[events.length - 1]!;
    const outlet = pick(OUTLETS);
    const published = new Date(event.date.getTime() + Math.floor(random() * 3) * 86_400_000);
    const dateText = dayText(published);
    let title: string;
    let body: string[];
    let agency: string | null = null;
    let copyKind: 'near' | 'wire' | undefined;
    if (copyOf?.agency) {
      // A wire copy: the agency's text with the outlet's own intro, or cut short.
      copyKind = 'wire';
      agency = copyOf.agency;
      title = random() < 0.5 ? copyOf.title : `${copyOf.title} (${agency})`;
      body = random() < 0.5 ? [pick(INTROS), ...copyOf.body] : copyOf.body.slice(0, Math.max(2, copyOf.body.length - 1));
    } else if (copyOf) {
      // A near-duplicate: small edits, another headline, maybe a paragraph cut or added.
      copyKind = 'near';
      title = random() < 0.5 ? copyOf.title : `${copyOf.title}: update`;
      body = copyOf.body.map((p) => (random() < 0.3 ? p.replace(/\bsaid\b/, 'stated').replace(/\bthe\b/, 'a') : p));
      const edit = random();
      if (edit < 0.3 && body.length > 3) body = body.slice(0, -1);
      else if (edit < 0.5) body = [...body, pick(FILLER)];
    } else {
      const e = event;
      agency = random() < 0.25 ? pick(AGENCIES) : null;
      const ago = Math.round((published.getTime() - e.date.getTime()) / 86_400_000);
      const when = pick([`on ${dayText(e.date)}`, `on ${MONTHS[e.date.getUTCMonth()]} ${e.date.getUTCDate()}`, ago === 0 ? 'on ' + WEEKDAYS[e.date.getUTCDay()] : `on ${WEEKDAYS[e.date.getUTCDay()]}`]);
      title = pick([
        `${cap(e.kind.noun)} at ${e.place} ${e.kind.site}: ${e.count} ${e.kind.unit} affected`,
        `${e.place}: ${e.kind.noun} at ${e.site}`,
        `${cap(e.kind.noun)} ${pick(e.kind.verbs)} ${e.place}`,
        `${e.person} speaks after ${e.kind.noun} in ${e.place}`,
      ]);
      // Each outlet words its own report: {a|b} alternatives are chosen per article.
      const vary = (text: string): string => text.replace(/\{([^{}]*)\}/g, (_, alts: string) => pick(alts.split('|')));
      const lead = vary(pick(LEADS)(e, pick(e.kind.verbs), when));
      body = [
        agency ? `${e.place.toUpperCase()} (${agency}) — ${lead}` : lead,
        ...shuffle([pick(COUNTS)(e), pick(QUOTES)(e), pick(WITNESSES)(e)].map(vary)),
        ...shuffle(FILLER).slice(0, 1 + Math.floor(random() * 3)),
      ];
    }
    written.push({ name, body, title, event, agency });
    const caption = `${event.place} ${event.kind.site} on ${dateText}. (Photo: ${pick(['AP', 'AFP', 'Reuters'])})`;
    const related = ['Related stories', `${word(3)} council approves budget`, `${word(2)} ferry timetable changes`];
    const content = format === 'text'
      ? [pick(CHROME_TOP), '', title, `By ${word(2)} ${word(2)}`, dateText, '', body[0], '', caption, '', ...body.slice(1).flatMap((p) => [p, '']), ...related, '', pick(CHROME_BOTTOM), `© ${published.getUTCFullYear()} ${outlet}. All rights reserved.`].join('\n')
      : `<!doctype html><html><head><title>${title} - ${outlet}</title><meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="${published.toISOString()}"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${title}</h1><figure><figcaption>${caption}</figcaption></figure>${body.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}</article><aside><h3>${related[0]}</h3><ul>${related.slice(1).map((r) => `<li><a href="#">${r}</a></li>`).join('')}</ul></aside><footer>© ${outlet}</footer></body></html>`;
    yield { name, format, content, truth: { event: event.id, story: event.story, copyOf: copyOf?.name ?? null, ...(copyKind ? { copyKind } : {}) } };
  }
}

const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
