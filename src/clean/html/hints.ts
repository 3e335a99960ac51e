/**
 * What an element's class, id, role, itemprop and tag say about it: a weight (content-like or
 * chrome-like) and, for chrome, the reason its text would be removed. Names are split into words
 * ("relatedArticles", "related-articles", "article__related" -> related, articles) so that short
 * words such as "ad" match only as words, never inside "header" or "shadow".
 */
import type { Element } from 'domhandler';
import type { RemovalReason } from '../../types.js';

export interface ElementHints {
  /** Positive for content-like names, negative for chrome-like ones (readability's ±25 scale). */
  readonly weight: number;
  /** Why the element's text would be chrome, from its names, role or tag; null when nothing says so. */
  readonly reason: RemovalReason | null;
  /** The name explicitly marks the article body (itemprop=articleBody, role=main, <article>, <main>). */
  readonly articleMark: boolean;
}

interface ReasonRule {
  readonly reason: RemovalReason;
  /** Words that must match a whole name word. */
  readonly words: readonly string[];
  /** Stems that match the start of a name word ("share" -> "sharebar", "sharing" is listed itself). */
  readonly stems: readonly string[];
}

/** Ordered: the first rule whose word or stem matches gives the reason. More specific rules first. */
const REASON_RULES: readonly ReasonRule[] = [
  { reason: 'comments', words: ['comment', 'comments', 'replies', 'respond', 'discussion'], stems: ['comments', 'commentlist', 'commentform', 'commentsection', 'commentcount', 'disqus', 'livefyre', 'viafoura'] },
  { reason: 'author-bio', words: ['bio', 'bios', 'biography', 'authorbio', 'aboutauthor', 'contributor'], stems: ['authorinfo', 'authorbox', 'authorbio', 'authorcard', 'abouttheauthor'] },
  { reason: 'byline', words: ['byline', 'bylines', 'author', 'authors', 'writer', 'writtenby', 'credits', 'meta', 'metadata'], stems: ['byline', 'authorname'] },
  { reason: 'photo-caption', words: ['caption', 'captions', 'credit', 'figcaption', 'cutline', 'wpcaption'], stems: ['caption', 'imagecredit', 'photocredit', 'cutline'] },
  { reason: 'dateline', words: ['date', 'dateline', 'time', 'timestamp', 'published', 'pubdate', 'updated', 'datetime', 'posted', 'postdate'], stems: ['timestamp', 'pubdate', 'publishdate', 'dateline'] },
  { reason: 'share', words: ['share', 'shares', 'sharing', 'social', 'sociallinks', 'addthis', 'sharethis', 'toolbar', 'tools', 'print'], stems: ['share', 'socialshare', 'socialmedia', 'addtoany'] },
  { reason: 'newsletter', words: ['newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'optin', 'inbox'], stems: ['newsletter', 'subscri', 'signup', 'emailsignup'] },
  { reason: 'advertisement', words: ['ad', 'ads', 'adv', 'advert', 'dfp', 'gpt', 'adsense', 'adslot', 'adunit', 'sponsored', 'sponsor', 'promo', 'promoted', 'commercial', 'banner', 'doubleclick', 'outbrain', 'taboola', 'zergnet', 'marketing', 'affiliate'], stems: ['advert', 'adslot', 'adunit', 'adcontainer', 'adwrap', 'adbox', 'sponsor', 'promo', 'outbrain', 'taboola', 'googlead', 'dfp'] },
  { reason: 'related-headlines', words: ['related', 'recommended', 'recommendations', 'recirc', 'trending', 'popular', 'mostread', 'mostpopular', 'morestories', 'readmore', 'readnext', 'upnext', 'teaser', 'teasers', 'sidebar', 'rail', 'widget', 'widgets', 'aside', 'more', 'latest', 'headlines', 'linklist', 'also', 'suggested', 'feed', 'carousel', 'playlist'], stems: ['related', 'recommend', 'recirc', 'trending', 'sidebar', 'mostread', 'mostpopular', 'morestories', 'moreon', 'morefrom', 'readmore', 'readnext', 'widget'] },
  { reason: 'tags', words: ['tags', 'tagged', 'taglist', 'keywords', 'topics', 'categories'], stems: ['taglist', 'tagcloud', 'articletags', 'storytags'] },
  { reason: 'navigation', words: ['nav', 'navbar', 'navigation', 'menu', 'menus', 'breadcrumb', 'breadcrumbs', 'masthead', 'topbar', 'skip', 'skiplink', 'pagination', 'pager', 'search', 'login', 'signin', 'toc'], stems: ['nav', 'breadcrumb', 'menu', 'masthead', 'skiplink', 'skipto', 'pagination'] },
  { reason: 'copyright', words: ['copyright', 'legal', 'disclaimer', 'licence', 'license', 'rights'], stems: ['copyright', 'disclaimer'] },
  { reason: 'boilerplate', words: ['footer', 'foot', 'modal', 'popup', 'overlay', 'cookie', 'cookies', 'gdpr', 'consent', 'paywall', 'meter', 'hidden', 'offscreen', 'disclosure', 'notice', 'alert', 'banner'], stems: ['footer', 'cookie', 'paywall', 'popup', 'modal'] },
];

/** Words that say "this is the article". Readability's positive pattern, as words. */
const POSITIVE_WORDS = new Set(['article', 'articlebody', 'articlecontent', 'content', 'maincontent', 'story', 'storybody', 'storycontent', 'body', 'entry', 'entrycontent', 'hentry', 'post', 'postbody', 'postcontent', 'text', 'main', 'blog', 'prose', 'richtext', 'page', 'column', 'permalink']);

const ROLE_REASONS: Record<string, RemovalReason> = {
  navigation: 'navigation', menu: 'navigation', menubar: 'navigation', banner: 'navigation', search: 'navigation', tablist: 'navigation',
  complementary: 'related-headlines', contentinfo: 'boilerplate', dialog: 'boilerplate', alertdialog: 'boilerplate', alert: 'boilerplate',
};

const TAG_REASONS: Record<string, RemovalReason> = {
  nav: 'navigation', aside: 'related-headlines', footer: 'boilerplate', form: 'boilerplate', button: 'share', select: 'navigation',
  figcaption: 'photo-caption', dialog: 'boilerplate', menu: 'navigation', fieldset: 'boilerplate', label: 'boilerplate', address: 'byline',
};

/** Splits class/id values into lower-case words: "relatedArticles__item-2" -> related, articles, item. Joined
 *  neighbours are added too ("article-body" -> articlebody) so compound names match either way. */
export function nameWords(value: string): string[] {
  const words = value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !/^\d+$/.test(w));
  const joined: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) joined.push(words[i]! + words[i + 1]!);
  return words.concat(joined);
}

/** Whole words -> index of the first rule listing them. */
const WORD_RULE = new Map<string, number>();
REASON_RULES.forEach((rule, i) => {
  for (const w of rule.words) if (!WORD_RULE.has(w)) WORD_RULE.set(w, i);
});
/** All stems in rule order: an anchored alternation returns the first listed alternative that matches. */
const STEM_LIST = REASON_RULES.flatMap((rule, i) => rule.stems.map((stem) => [stem, i] as const));
const STEM_PATTERN = new RegExp(`^(?:${STEM_LIST.map(([stem]) => stem).join('|')})`);
const STEM_RULE = new Map(STEM_LIST.map(([stem, i]) => [stem, i]));

function reasonOfWords(words: readonly string[]): RemovalReason | null {
  let best = REASON_RULES.length;
  for (const w of words) {
    const exact = WORD_RULE.get(w);
    if (exact !== undefined && exact < best) best = exact;
    const stem = STEM_PATTERN.exec(w);
    if (stem) {
      const i = STEM_RULE.get(stem[0])!;
      if (i < best) best = i;
    }
  }
  return best < REASON_RULES.length ? REASON_RULES[best]!.reason : null;
}

/** Hints from one element's own attributes and tag (not its ancestors'). */
export function elementHints(el: Element): ElementHints {
  const a = el.attribs;
  const itemprop = (a.itemprop ?? '').toLowerCase();
  const role = (a.role ?? '').toLowerCase();
  const articleMark = itemprop === 'articlebody' || role === 'main' || role === 'article' || el.name === 'article' || el.name === 'main';
  const classWords = a.class ? nameWords(a.class) : [];
  const idWords = a.id ? nameWords(a.id) : [];
  let weight = 0;
  // As readability: a chrome-like class costs 25, a content-like one earns 25, and the same for the id.
  for (const words of [classWords, idWords]) {
    if (words.length === 0) continue;
    if (reasonOfWords(words)) weight -= 25;
    if (words.some((w) => POSITIVE_WORDS.has(w))) weight += 25;
  }
  if (itemprop === 'articlebody' || itemprop === 'text') weight += 50;
  const named = reasonOfWords(classWords) ?? reasonOfWords(idWords) ?? (itemprop === 'author' ? 'byline' : itemprop === 'datepublished' || itemprop === 'datemodified' ? 'dateline' : null);
  const reason = ROLE_REASONS[role] ?? TAG_REASONS[el.name] ?? named;
  return { weight, reason, articleMark };
}
