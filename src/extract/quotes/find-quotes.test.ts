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
    {
      name: 'a channel closing a sentence of several partial quotes applies to each',
      body: 'Leader Tomas Rell inspected the boats. Rell called them "a shield for the nation" and asked for them "by the hundred", according to the Marsh News Agency.',
      expected: [{ text: 'a shield for the nation', speaker: 'Tomas Rell', via: ['Marsh News Agency'] }, { text: 'by the hundred', speaker: 'Tomas Rell', via: ['Marsh News Agency'] }],
    },
    {
      name: '"said" before a speaker qualified by a long "of" phrase',
      body: '"The orbit is known to within a few metres," said Dr Ines Calloway of the Northern Institute of Astronomy\'s survey unit.',
      expected: [{ text: 'The orbit is known to within a few metres', speaker: 'Ines Calloway', via: [] }],
    },
    {
      name: 'a manner-of-speaking verb, and a short form of the first name',
      body: 'Bernard Tolley, 81, won the raffle.\n\n"I never win anything!" Bernie laughed. "Not even at bingo."',
      expected: [{ text: 'I never win anything!', speaker: 'Bernard Tolley', via: [] }, { text: 'Not even at bingo.', speaker: 'Bernard Tolley', via: [] }],
    },
    {
      name: 'a title used before the person is named refers forward to the person holding it',
      body: "Ostland's finance minister said on Monday that the budget would be balanced by next spring, the state news agency reported.\n\n\"We will not raise taxes,\" Finance Minister Vera Holm told parliament.",
      expected: [{ text: 'the budget would be balanced by next spring', speaker: 'Vera Holm', via: ['state news agency'] }, { text: 'We will not raise taxes', speaker: 'Vera Holm', via: [] }],
    },
    {
      name: 'an occupation word opening the sentence is not part of the name',
      body: 'Postman Derek Oyelaran, who found the dog, said: "She was shivering but she wagged her tail."',
      expected: [{ text: 'She was shivering but she wagged her tail.', speaker: 'Derek Oyelaran', via: [] }],
    },
    {
      name: 'an unnamed group with a capitalised first word is kept as written',
      body: 'Union officials called the plan "a slap in the face" for nurses.',
      expected: [{ text: 'a slap in the face', speaker: 'Union officials', via: [] }],
    },
    {
      name: '"the company" refers to an organisation whose name joins words with "&"',
      body: 'Furniture maker Garrow & Pike will shut two factories next year, the company said on Tuesday.',
      expected: [{ text: 'Furniture maker Garrow & Pike will shut two factories next year', speaker: 'Garrow & Pike', via: [] }],
    },
    {
      name: 'a partial quote in a sentence whose subject speaks: the outlet after it is the channel',
      body: 'Premier Aldo Renzetti said on Friday that a deal was "very close", state media reported.',
      expected: [{ text: 'very close', speaker: 'Aldo Renzetti', via: ['state media'] }],
    },
    {
      name: 'a participle after the subject attributes to the subject, not to a wire in the dateline',
      body: 'LISBON (Coast Wire) - Admiral Rui Tavares ordered the fleet home, calling the storm "the worst in living memory", the navy said.',
      expected: [{ text: 'the worst in living memory', speaker: 'Rui Tavares', via: [] }],
    },
    {
      name: '"According to X" before the speaker, and an outlet named after its description, make a chain',
      body: 'According to the Eastern Daily, minister Petra Lind told the state news agency Norpress that she would "never resign".',
      expected: [{ text: 'never resign', speaker: 'Petra Lind', via: ['Norpress', 'Eastern Daily'] }],
    },
    {
      name: '"the broadcaster" after "state television" is that outlet',
      body: 'State television showed General Omar Idris at the parade. The broadcaster quoted him as saying: "We are ready for anything."',
      expected: [{ text: 'We are ready for anything.', speaker: 'Omar Idris', via: ['state television'] }],
    },
    {
      name: 'a title after "said", then the name in apposition',
      body: '"The roads are open again," said the agency\'s director, Marta Quist.',
      expected: [{ text: 'The roads are open again', speaker: 'Marta Quist', via: [] }],
    },
    {
      name: 'interview layout: an answer after a question paragraph continues the interviewee',
      body: '"I start at dawn," chef Ona Vidal says.\n\nWhy so early?\n\n"The fish market closes at seven and the best catch goes first."',
      expected: [{ text: 'I start at dawn', speaker: 'Ona Vidal', via: [] }, { text: 'The fish market closes at seven and the best catch goes first.', speaker: 'Ona Vidal', via: [] }],
    },
    {
      name: 'a quote standing alone, its speaker named in the next sentence',
      body: '"We sleep in shifts now."\n\nThat is how nurse Ada Mensah describes life on the ward.',
      expected: [{ text: 'We sleep in shifts now.', speaker: 'Ada Mensah', via: [] }],
    },
    {
      name: '"she said" skips a man named in between',
      body: 'Anna Berg praised the work of Tom Hale. Mr Hale designed the bridge. "It is the finest bridge in the region," she said.',
      expected: [{ text: 'It is the finest bridge in the region', speaker: 'Anna Berg', via: [] }],
    },
    {
      name: 'reported speech: a later "that" inside the clause does not cut it',
      body: 'Drugmaker Pellan Bio said on Monday it would withdraw a cough syrup after tests showed that some bottles were contaminated.',
      expected: [{ text: 'it would withdraw a cough syrup after tests showed that some bottles were contaminated', speaker: 'Pellan Bio', via: [] }],
    },
    {
      name: 'passive "was quoted by X as saying": the subject speaks, X relays',
      body: 'Defence Minister Jon Alvik was quoted by the Nordic Wire agency as saying: "We are watching closely." Mr Alvik was cited by Radio Vest as saying the patrols would continue.',
      expected: [{ text: 'We are watching closely.', speaker: 'Jon Alvik', via: ['Nordic Wire agency'] }, { text: 'the patrols would continue', speaker: 'Jon Alvik', via: ['Radio Vest'] }],
    },
    {
      name: 'an honorific opening the sentence, and a reported clause then a pronoun quote',
      body: 'Mr Obuya, 58, said the drought had killed half his herd. "I have nothing left," he said.',
      expected: [{ text: 'the drought had killed half his herd', speaker: 'Obuya', via: [] }, { text: 'I have nothing left', speaker: 'Obuya', via: [] }],
    },
    {
      name: 'a person named in the apposition does not displace the subject',
      body: 'Mira Vell, the powerful sister of leader Oskar Vell, said in a statement carried by NCNA that the South would "regret it".',
      expected: [{ text: 'regret it', speaker: 'Mira Vell', via: ['NCNA'] }],
    },
    {
      name: 'a pronoun before anyone is named refers to the person named next in the paragraph',
      body: '"We will rebuild," she told the Valley Courier. "Every house, every school." Ana Rivas lost her home in the fire.',
      expected: [{ text: 'We will rebuild', speaker: 'Ana Rivas', via: ['Valley Courier'] }, { text: 'Every house, every school.', speaker: 'Ana Rivas', via: ['Valley Courier'] }],
    },
    {
      name: 'a publication told or interviewed is a channel',
      body: '"The data is clear," Dr Lena Fisk, who led the study, told The Lancet Weekly. "We need more beds," Dr Ana Varga said in an interview with the Financial Review published on Sunday.',
      expected: [{ text: 'The data is clear', speaker: 'Lena Fisk', via: ['Lancet Weekly'] }, { text: 'We need more beds', speaker: 'Ana Varga', via: ['Financial Review'] }],
    },
    {
      name: 'an unknown single name after an inverted "said" is a speaker',
      body: '"I want to thank the fans," said Okafor, who scored twice.',
      expected: [{ text: 'I want to thank the fans', speaker: 'Okafor', via: [] }],
    },
  ])('general case: $name', ({ body, expected }) => {
    const got = analyseText(body, []).quotes;
    expect(got.map((q) => ({ text: q.text, speaker: q.speaker, via: q.via }))).toEqual(expected);
    // Offsets point at the quoted words in the body.
    for (const q of got) expect(body.slice(q.span.start, q.span.end)).toBe(q.text);
  });

  it.each([
    { name: 'a one-word scare quote', body: 'The ministry called the drill a "provocation".' },
    { name: 'unnamed speakers are attributions, not quotes', body: 'Officials said the bridge would reopen next month.' },
    { name: 'no text', body: '' },
    { name: 'a sentence with a single-quoted partial quote is not also reported speech', body: "Mayor Jo Platt said the scheme was 'dead in the water'." , only: ['dead in the water'] },
    { name: 'an answer to a reporter is not a speaker saying a clause', body: 'Ahead of the launch of her new book, she answered questions from readers.' },
  ])('no quote: $name', ({ body, only }) => {
    expect(quotes(body).map((q) => q.text)).toEqual(only ?? []);
  });
});
