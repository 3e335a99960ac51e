import { describe, expect, it } from 'vitest';
import { readText } from '../nlp/read-text.js';
import { findEntities } from './find-entities.js';

const mentions = (body: string) => findEntities(readText(body)).map((m) => `${m.text}=${m.name}/${m.type}`);

describe('findEntities', () => {
  it.each([
    {
      name: 'role and nationality words are not part of the name; surname and title refer back',
      body: 'North Korean leader Kim Jong Un visited a farm. Kim praised the workers. The leader left at noon.',
      expected: ['Kim Jong Un=Kim Jong Un/person', 'Kim=Kim Jong Un/person', 'The leader=Kim Jong Un/person'],
    },
    {
      name: 'acronym defined in brackets, and a misspelling of it',
      body: 'The Korean Central News Agency (KCNA) said so. The KNCA report was short.',
      expected: ['Korean Central News Agency=Korean Central News Agency/organization', 'KCNA=Korean Central News Agency/organization', 'KNCA=Korean Central News Agency/organization'],
    },
    {
      name: 'two people sharing a surname: the nearest one',
      body: 'Kim Jong Un met Kim Yo Jong in Pyongyang. Kim Yo Jong spoke first. Then Kim left.',
      expected: ['Kim Jong Un=Kim Jong Un/person', 'Kim Yo Jong=Kim Yo Jong/person', 'Pyongyang=Pyongyang/place', 'Kim Yo Jong=Kim Yo Jong/person', 'Kim=Kim Yo Jong/person'],
    },
    {
      name: 'a person and the organisation after "of" stay apart; honorific dropped',
      body: 'Dr. Park Ji-hoon of Seoul National University spoke. Mr Park was brief.',
      expected: ['Park Ji-hoon=Park Ji-hoon/person', 'Seoul National University=Seoul National University/organization', 'Park=Park Ji-hoon/person'],
    },
    {
      name: 'an organisation before a role and a name is split off',
      body: 'IAEA Director General Rafael Montes told reporters in Vienna that he was worried.',
      expected: ['IAEA=IAEA/organization', 'Rafael Montes=Rafael Montes/person', 'Vienna=Vienna/place'],
    },
  ])('$name', ({ body, expected }) => {
    expect(mentions(body)).toEqual(expected);
  });
});
