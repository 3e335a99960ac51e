/**
 * Generates synthetic news pages with planted truth, for benchmarks and scale tests: fictional
 * places and people, events of a few kinds (two similar events of one kind on purpose), several
 * outlets per event, page chrome of every kind, wire copies and near-duplicates.
 * Deterministic for a given seed. No real news text.
 */

export interface SyntheticArticle {
  /** File name, e.g. "00001234.txt" or ".html". */
  readonly name: string;
  readonly format: 'text' | 'html';
  readonly content: string;
  readonly truth: { readonly event: string; readonly story: string; readonly copyOf: string | null };
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
const OUTLETS = ['Harbor Gazette', 'Coastal Times', 'Northern Wire', 'Regional Digest', 'Evening Ledger', 'Valley Post', 'Morning Star Daily', 'Island Courier'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const KINDS = [
  { kind: 'fire', noun: 'fire', verb: 'broke out at', site: 'warehouse', measure: 'firefighters', unit: 'firefighters' },
  { kind: 'quake', noun: 'earthquake', verb: 'struck near', site: 'district', measure: 'homes damaged', unit: 'homes' },
  { kind: 'visit', noun: 'visit', verb: 'was made to', site: 'factory', measure: 'workers', unit: 'workers' },
  { kind: 'strike', noun: 'strike', verb: 'began at', site: 'port', measure: 'strikers', unit: 'workers' },
  { kind: 'ruling', noun: 'ruling', verb: 'was issued on', site: 'court', measure: 'plaintiffs', unit: 'people' },
  { kind: 'flood', noun: 'flood', verb: 'hit', site: 'valley', measure: 'people evacuated', unit: 'people' },
] as const;
const FILLER = [
  'Officials said more details would be released later in the week.',
  'Residents described a tense night as crews worked through the early hours.',
  'The regional government said it was monitoring the situation closely.',
  'Local businesses said they expected disruption to continue for several days.',
  'Analysts said the episode raised questions about long-term planning in the area.',
  'A spokesperson declined to comment on the cause while an inquiry was under way.',
];
const CHROME_TOP = ['Home | World | Business | Sports | Opinion', 'Skip to content', 'Menu'];
const CHROME_BOTTOM = ['Sign up for our newsletter for the morning briefing.', 'Share on Facebook | Twitter | Email', 'Advertisement'];

interface PlannedEvent {
  readonly id: string;
  readonly story: string;
  readonly kind: (typeof KINDS)[number];
  readonly place: string;
  readonly person: string;
  readonly date: Date;
  readonly count: number;
}

export function* generateArticles(options: SyntheticOptions): Generator<SyntheticArticle> {
  const random = rng(options.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const word = (n: number): string => {
    let w = '';
    for (let i = 0; i < n; i++) w += pick(SYLLABLES);
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const perEvent = options.articlesPerEvent ?? 6;
  const htmlShare = options.htmlShare ?? 0.3;
  const copyShare = options.copyShare ?? 0.15;
  const events: PlannedEvent[] = [];
  const written: { name: string; body: string[]; title: string; event: PlannedEvent }[] = [];
  // Each story has two events of the same kind, months apart, in the same place: the hard case.
  const newStory = (): void => {
    const story = `s${events.length / 2 + 1}`;
    const kind = pick(KINDS);
    const place = word(2);
    const person = `${word(2)} ${word(2)}`;
    const base = Date.UTC(2020 + Math.floor(random() * 6), Math.floor(random() * 12), 1 + Math.floor(random() * 27));
    for (let k = 0; k < 2; k++) {
      events.push({ id: `e${events.length + 1}`, story, kind, place, person, date: new Date(base + k * (60 + random() * 200) * 86_400_000), count: 50 + Math.floor(random() * 5000) });
    }
  };
  for (let i = 0; i < options.articles; i++) {
    if (events.length === 0 || random() < 1 / perEvent / 0.5 / 2) newStory();
    const name = `${String(i + 1).padStart(8, '0')}.${random() < htmlShare ? 'html' : 'txt'}`;
    const format = name.endsWith('.html') ? 'html' : 'text';
    let copyOf: (typeof written)[number] | null = null;
    if (written.length > 0 && random() < copyShare) copyOf = written[written.length - 1 - Math.floor(random() * Math.min(written.length, 50))]!;
    const event = copyOf?.event ?? events[events.length - 1 - (random() < 0.5 ? 1 : 0)] ?? events[events.length - 1]!;
    const outlet = pick(OUTLETS);
    const published = new Date(event.date.getTime() + Math.floor(random() * 3) * 86_400_000);
    const dateText = `${MONTHS[published.getUTCMonth()]} ${published.getUTCDate()}, ${published.getUTCFullYear()}`;
    let title: string;
    let body: string[];
    if (copyOf) {
      title = random() < 0.5 ? copyOf.title : `${copyOf.title}: update`;
      body = copyOf.body.map((p) => (random() < 0.1 ? p.replace(/\bsaid\b/, 'stated') : p));
      if (random() < 0.3) body = body.slice(0, -1);
    } else {
      const e = event;
      title = `${e.kind.noun[0]!.toUpperCase()}${e.kind.noun.slice(1)} at ${e.place} ${e.kind.site}: ${e.count} ${e.kind.unit} affected`;
      body = [
        `${e.place.toUpperCase()}, ${MONTHS[e.date.getUTCMonth()]} ${e.date.getUTCDate()} — A ${e.kind.noun} ${e.kind.verb} the ${e.place} ${e.kind.site} on ${MONTHS[e.date.getUTCMonth()]} ${e.date.getUTCDate()}, ${e.date.getUTCFullYear()}, officials said.`,
        `About ${e.count.toLocaleString('en-US')} ${e.kind.measure} were counted by the authorities, according to ${e.person}, who leads the local council.`,
        `"We are doing everything we can for the people of ${e.place}," ${e.person} said.`,
        ...Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(FILLER)),
      ];
    }
    written.push({ name, body, title, event });
    const caption = `${event.place} ${event.kind.site} on ${dateText}. (Photo: ${pick(['AP', 'AFP', 'Reuters'])})`;
    const related = ['Related stories', `${word(3)} council approves budget`, `${word(2)} ferry timetable changes`];
    const content = format === 'text'
      ? [pick(CHROME_TOP), '', title, `By ${word(2)} ${word(2)}`, dateText, '', body[0], '', caption, '', ...body.slice(1).flatMap((p) => [p, '']), ...related, '', pick(CHROME_BOTTOM), `© ${published.getUTCFullYear()} ${outlet}. All rights reserved.`].join('\n')
      : `<!doctype html><html><head><title>${title} - ${outlet}</title><meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="${published.toISOString()}"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${title}</h1><figure><figcaption>${caption}</figcaption></figure>${body.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}</article><aside><h3>${related[0]}</h3><ul>${related.slice(1).map((r) => `<li><a href="#">${r}</a></li>`).join('')}</ul></aside><footer>© ${outlet}</footer></body></html>`;
    yield { name, format, content, truth: { event: event.id, story: event.story, copyOf: copyOf?.name ?? null } };
  }
}
