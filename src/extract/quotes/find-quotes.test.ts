import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyse.js';

const quotes = (body: string) => analyseText(body, []).quotes.map((q) => ({ text: q.text, speaker: q.speaker, via: q.via }));

describe('findQuotes', () => {
  it.each([
    {
      name: 'direct quote, speaker after, relay channel',
      body: 'North Korean leader Kim Jong Un visited a factory. "This is a great day," Kim said, according to KCNA.',
      expected: [{ text: 'This is a great day', speaker: 'Kim Jong Un', via: ['KCNA'] }],
    },
    {
      name: 'split quote around the attribution, title resolved to the person',
      body: 'Foreign Minister Lena Varga arrived on Monday.\n\n"We are ready," the minister said, "to talk to anyone."',
      expected: [{ text: 'We are ready', speaker: 'Lena Varga', via: [] }, { text: 'to talk to anyone.', speaker: 'Lena Varga', via: [] }],
    },
    {
      name: 'quoted as saying, with the agency as channel',
      body: 'The Korean Central News Agency (KCNA) published the report. KCNA quoted Kim Jong Un as saying: "Do not hesitate."',
      expected: [{ text: 'Do not hesitate.', speaker: 'Kim Jong Un', via: ['Korean Central News Agency'] }],
    },
    {
      name: 'reported speech with that, told a news agency',
      body: 'Unification Minister Park Min-seo told Yonhap that the test violated three resolutions.',
      expected: [{ text: 'the test violated three resolutions', speaker: 'Park Min-seo', via: ['Yonhap'] }],
    },
    {
      name: 'dash attribution',
      body: 'The mine closed.\n\n"This is not the end. It is a new beginning." – Jana Kralova, regional governor',
      expected: [{ text: 'This is not the end. It is a new beginning.', speaker: 'Jana Kralova', via: [] }],
    },
    {
      name: 'pronoun resolved to the nearest person, state media channel',
      body: 'Interior Minister Farid Aslanov visited the police. "Order will be maintained," he told state television.',
      expected: [{ text: 'Order will be maintained', speaker: 'Farid Aslanov', via: ['state television'] }],
    },
    {
      name: 'multi-paragraph quote continues the speaker',
      body: 'Retired teacher Maureen Ashby watched. She said: "He is a hero.\n\n"I would have lost her without him."',
      expected: [{ text: 'He is a hero.', speaker: 'Maureen Ashby', via: [] }, { text: 'I would have lost her without him.', speaker: 'Maureen Ashby', via: [] }],
    },
  ])('$name', ({ body, expected }) => {
    expect(quotes(body)).toEqual(expected);
  });

  it.each([
    { name: 'a one-word scare quote', body: 'The ministry called the drill a "provocation".' },
    { name: 'unnamed speakers are attributions, not quotes', body: 'Officials said the bridge would reopen next month.' },
    { name: 'no text', body: '' },
  ])('no quote: $name', ({ body }) => {
    expect(quotes(body)).toEqual([]);
  });
});
