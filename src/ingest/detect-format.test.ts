import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.js';

describe('detectFormat', () => {
  it.each([
    { name: 'RSS with XML declaration', text: '<?xml version="1.0"?>\n<rss version="2.0"><channel>', expected: 'rss' },
    { name: 'RSS with a DOCTYPE', text: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><rss>', expected: 'rss' },
    { name: 'RDF (RSS 1.0)', text: '<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">', expected: 'rss' },
    { name: 'Atom', text: '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', expected: 'atom' },
    { name: 'HTML with doctype', text: '<!DOCTYPE html><html><body><p>x</p>', expected: 'html' },
    { name: 'HTML fragment without doctype', text: '<div><h1>T</h1><p>one</p><p>two</p></div>', expected: 'html' },
    { name: 'JSONL', text: '{"title":"a","body":"b"}\n{"title":"c","body":"d"}\n', expected: 'jsonl' },
    { name: 'plain text dump', text: 'Home | World\nA headline here\nBy Jane Doe\nFirst paragraph.', expected: 'text' },
    { name: 'text that mentions <tags> once', text: 'The bill uses the <b> tag once.\nNothing else.', expected: 'text' },
    { name: 'text that starts with a brace', text: '{Editor note} This story was updated.', expected: 'text' },
  ])('$name -> $expected', ({ text, expected }) => {
    expect(detectFormat(text)).toBe(expected);
  });

  it('uses the extension only to break a tie', () => {
    expect(detectFormat('<p>one short paragraph</p>', 'page.html')).toBe('html');
    expect(detectFormat('<p>one short paragraph</p>', 'page.txt')).toBe('text');
  });
});
