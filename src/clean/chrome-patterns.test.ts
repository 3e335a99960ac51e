import { describe, expect, it } from 'vitest';
import { AUTHOR_BIO, RELATED_HEADING, matchChromeRule } from './chrome-patterns.js';

describe('matchChromeRule: page chrome', () => {
  it.each([
    { input: 'ADVERTISEMENT', reason: 'advertisement' },
    { input: 'Story continues below advertisement', reason: 'advertisement' },
    { input: '- Advertisement - Scroll to continue', reason: 'advertisement' },
    { input: 'Sponsored content', reason: 'advertisement' },
    { input: '4 min read', reason: 'reading-time' },
    { input: 'Reading time: 5 minutes', reason: 'reading-time' },
    { input: 'Share this article', reason: 'share' },
    { input: 'Share on Facebook | Twitter | Email', reason: 'share' },
    { input: 'Share on Facebook  |  Share on X  |  Send by email', reason: 'share' },
    { input: 'Facebook Twitter Email', reason: 'share' },
    { input: 'Follow us on Facebook, X and Instagram', reason: 'share' },
    { input: 'Subscribe to our newsletter for the day\'s top stories.', reason: 'newsletter' },
    { input: 'Sign up for the Morning Brief newsletter, delivered to your inbox every weekday.', reason: 'newsletter' },
    { input: 'Copyright © 2026 Halvik Herald. All rights reserved.', reason: 'copyright' },
    { input: '(C) Yonhap News Agency. All Rights Reserved', reason: 'copyright' },
    { input: 'This material may not be published, broadcast, rewritten or redistributed.', reason: 'copyright' },
    { input: 'Contact us: newsdesk@harborgazette.example', reason: 'contact' },
    { input: 'Send us your tips: tips@coastal-times.example', reason: 'contact' },
    { input: 'Jane Doe can be reached at jane@herald.example.', reason: 'contact' },
    { input: 'Source: Coastal Times', reason: 'source-line' },
    { input: 'This article originally appeared in the Coastal Times.', reason: 'source-line' },
    { input: 'url: https://orsa-daily.example/ferry-reopens', reason: 'source-line' },
    { input: 'Photo: Kim Min-seo/Yonhap', reason: 'photo-caption' },
    { input: 'A lineman repairs a power line in Halvik. (AP Photo/Lena Ost)', reason: 'photo-caption' },
    { input: 'Fishermen gather at the new port in this photo released by state media. (Yonhap)', reason: 'photo-caption' },
    { input: 'Smoke rises over the harbour on Monday. Photo: Jonas Lind/NWS', reason: 'photo-caption' },
    { input: 'Festival-goers watch from the Old Bridge. REUTERS/Kim Hong-ji', reason: 'photo-caption' },
    { input: 'Workers walk past a hull. REUTERS/Ida Brekke/File Photo', reason: 'photo-caption' },
    { input: 'Fireworks closed the festival just before midnight. AFP via Getty Images', reason: 'photo-caption' },
    { input: 'A view of the port. Jane Roe/AFP', reason: 'photo-caption' },
    { input: 'Protesters outside the ministry in Halvik on Monday. (EPA)', reason: 'photo-caption' },
    { input: 'The ferry leaves Tavik at dawn. Lars Vik/dpa', reason: 'photo-caption' },
    { input: 'The ferry leaves Tavik at dawn. Lars Vik/DPA', reason: 'photo-caption' },
    { input: 'Boats in the harbour at dusk. AP/Lena Ost', reason: 'photo-caption' },
    { input: '[Yonhap photo]', reason: 'photo-caption' },
    { input: 'This handout photo provided by the city shows the flooded road.', reason: 'photo-caption' },
    { input: 'Wednesday, 4 February 2026 Halvik 3°C', reason: 'weather-or-date-widget' },
    { input: 'Dosan 12°C Cloudy', reason: 'weather-or-date-widget' },
    { input: 'Air quality: Moderate', reason: 'weather-or-date-widget' },
    { input: 'Skip to content', reason: 'navigation' },
    { input: 'News | Local | Business | Sport | Weather', reason: 'navigation' },
    { input: 'Home › Business › Energy', reason: 'navigation' },
    { input: 'Comments (14)', reason: 'comments' },
    { input: '42 comments', reason: 'comments' },
    { input: 'Leave a Reply', reason: 'comments' },
    { input: 'Tags: fire, port, Halvik', reason: 'tags' },
    { input: '#ferries #Tavik #islands', reason: 'tags' },
    { input: 'Read more: Council approves new cycle lanes', reason: 'related-headlines' },
    { input: '(END)', reason: 'boilerplate' },
  ])('$input -> $reason', ({ input, reason }) => {
    expect(matchChromeRule(input)?.reason).toBe(reason);
  });
});

describe('matchChromeRule: article sentences that only talk about these things', () => {
  it.each([
    'Advertising revenue fell 12 percent in 2025, to 84 million crowns, the company said.',
    'The photo desk will be merged with the video team.',
    'A photo of the old printing press, taken in 1961, will hang in the lobby.',
    'Photo-sharing apps were blamed for spreading the rumour, police said.',
    'These servers are then stacked together to form very-high-density racks (pictured above).',
    'Share prices fell sharply after the announcement on Tuesday.',
    'Shares in the company rose as much as 9% in early trade.',
    'Subscribers will get the newsletter edition free until June.',
    'The council said residents could sign up for flood alerts on its website, the mayor said.',
    'Copyright law was at the centre of the case, which began in 2024.',
    'Temperatures fell to -12°C on Monday, the weather service said.',
    'It was 35°C in the shade by noon.',
    'North Korea fired a missile on Sunday, the military said.',
    'Readers can contact the council by phone, the spokesperson said.',
    'Source material for the report came from three ministries.',
    '"No," she said.',
    'The plan includes:',
    'More than 200 people attended the funeral.',
    'Home owners will get a tax break from January.',
    // Agency credits keep the agency's casing: a word that only spells like an agency is no credit.
    'Ab Januar bekommen alle gesetzlich Versicherten die elektronische Patientenakte (ePA).',
    'Wer widersprechen will, findet das Formular der Kasse unter kasse.example/ap',
    'Das Formular liegt bei der Kasse, ap/Versicherte können es dort abholen',
  ])('%s', (input) => {
    expect(matchChromeRule(input)).toBeUndefined();
  });
});

describe('headings and bios', () => {
  it.each(['Related stories', 'Most read', 'Most Viewed', 'Trending now', 'Latest news', 'You may also like', 'Read more', 'Top stories', 'More from Halvik Herald'])('"%s" heads a list of other stories', (input) => {
    expect(RELATED_HEADING.test(input)).toBe(true);
  });
  it.each(['Related to the fire, two men were arrested.', 'Most readers agreed.', 'Latest figures show a rise'])('"%s" is no heading', (input) => {
    expect(RELATED_HEADING.test(input)).toBe(false);
  });
  it.each([
    { input: 'Anna Berg is a reporter covering the northern coast for the Halvik Herald.', expected: true },
    { input: 'Kim Ji-woo is a staff reporter covering education and social welfare.', expected: true },
    { input: 'It is slated for a release on June 24.', expected: false },
    { input: 'Apple is the producer of the world\'s most-sold player.', expected: false },
    { input: 'He is known for staying out of the spotlight.', expected: false },
  ])('bio: $input', ({ input, expected }) => {
    expect(AUTHOR_BIO.test(input)).toBe(expected);
  });
});
