import { describe, expect, it } from 'vitest';
import { readFeed } from './read-feed.js';

const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Harbor Wire</title>
<item><title>First &amp; foremost</title><link>https://x.example/1</link><pubDate>Mon, 04 May 2026 23:30:00 -0500</pubDate>
<dc:creator>Ana Ruiz</dc:creator><description><![CDATA[<p>Body <b>one</b>.</p>]]></description></item>
<item><title>Second</title><link>https://x.example/2</link><description>Plain second body.</description></item>
</channel></rss>`;

const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Atom entry</title><link rel="alternate" href="https://a.example/e1"/><published>2026-05-04T10:00:00Z</published>
<author><name>Lee Park</name></author><content type="html">&lt;p&gt;Atom body.&lt;/p&gt;</content></entry></feed>`;

describe('readFeed', () => {
  it('reads each RSS item as a document with the feed title as outlet', () => {
    const r = readFeed(rss, { path: 'f.xml' }, 'rss');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toHaveLength(2);
    const [first, second] = r.value;
    expect(first!.hints).toEqual({ title: 'First & foremost', outlet: 'Harbor Wire', authors: ['Ana Ruiz'], published: 'Mon, 04 May 2026 23:30:00 -0500', url: 'https://x.example/1' });
    expect(first!.contentKind).toBe('html');
    expect(first!.source).toEqual({ path: 'f.xml', url: 'https://x.example/1' });
    expect(second!.contentKind).toBe('text');
    expect(first!.fingerprint).not.toBe(second!.fingerprint);
  });

  it('reads Atom entries with author, link and published', () => {
    const r = readFeed(atom, { path: 'a.xml' }, 'atom');
    expect(r.ok && r.value[0]!.hints).toEqual({ title: 'Atom entry', outlet: 'Atom Desk', authors: ['Lee Park'], published: '2026-05-04T10:00:00Z', url: 'https://a.example/e1' });
    expect(r.ok && r.value[0]!.content).toBe('<p>Atom body.</p>');
  });

  it('does not expand an entity-expansion bomb', () => {
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${lol}]><rss><channel><item><title>&lol9;</title><description>x</description></item></channel></rss>`;
    const r = readFeed(bomb, { path: 'bomb.xml' }, 'rss');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value[0]!.hints.title!.length).toBeLessThan(100);
  });

  it.each([
    { name: 'a feed without items', xml: '<rss><channel><title>Empty</title></channel></rss>', code: 'INPUT_NO_ARTICLE' },
    { name: 'XML that is not a feed', xml: '<?xml version="1.0"?><catalog><book/></catalog>', code: 'INPUT_MALFORMED' },
    { name: 'truncated XML', xml: '<?xml version="1.0"?><rss><channel><ite', code: 'INPUT_NO_ARTICLE' },
    { name: 'XML cut before any element', xml: '<?xml version="1.0"?><', code: 'INPUT_MALFORMED' },
  ])('rejects $name', ({ xml, code }) => {
    const r = readFeed(xml, { path: 'x.xml' }, 'rss');
    expect(!r.ok && r.error.code).toBe(code);
  });
});
