import { describe, expect, it } from 'vitest';
import { MentionFinder } from '../../../server/ingest/mention-evidence.js';

const note = [
  '## 4. Mocking Bird',
  'Arbetet har pågått sedan våren. Alingsås och Lerum deltar i piloten. Nästa steg tas i maj.',
  'Kungälvs socialtjänst följer arbetet.',
  'Hedersrelaterat våld diskuterades kort.',
  'Malestädning är inte Ale.',
];

describe('MentionFinder', () => {
  const finder = new MentionFinder(note);

  it('gives the sentence that names the entity, not the line or the item opening', () => {
    expect(finder.find(1, 5, ['Lerum'])).toEqual({ line: 2, excerpt: 'Alingsås och Lerum deltar i piloten.', surface: 'Lerum' });
  });

  it('finds names without their diacritics in the surfaces and genitive forms in the text', () => {
    expect(finder.find(1, 5, ['Alingsas'])?.excerpt).toBe('Alingsås och Lerum deltar i piloten.');
    expect(finder.find(1, 5, ['Kungälv'])).toEqual({ line: 3, excerpt: 'Kungälvs socialtjänst följer arbetet.', surface: 'Kungälvs' });
  });

  it('matches whole words only, and stems with any ending', () => {
    expect(finder.find(1, 5, ['Ale'])).toEqual({ line: 5, excerpt: 'Malestädning är inte Ale.', surface: 'Ale' });
    expect(finder.find(1, 5, ['hedersrelat*'])?.line).toBe(4);
    expect(finder.find(1, 5, ['hedersrelat'])).toBeNull();
  });

  it('reads a stem inside a phrase as a word with any ending, not the phrase as its first word', () => {
    const lines = ['Nätverket träffas igen i maj.', 'Nätverket för chefer inom IFO möttes i Lerum.'];
    expect(new MentionFinder(lines).find(1, 2, ['nätverk* för chefer inom IFO'])).toEqual({ line: 2, excerpt: 'Nätverket för chefer inom IFO möttes i Lerum.', surface: 'Nätverket för chefer inom IFO' });
  });

  it('looks only inside the given lines and says when nothing is written there', () => {
    expect(finder.find(3, 5, ['Lerum'])).toBeNull();
    expect(finder.find(1, 5, ['Partille', 'P'])).toBeNull();
  });
});
