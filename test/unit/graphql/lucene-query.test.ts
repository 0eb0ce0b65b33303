// The search box's text becomes a Lucene query with every special character escaped.
import { describe, expect, it } from 'vitest';
import { luceneQuery, searchTerms } from '../../../server/graphql/resolvers/lucene-query.js';

describe('searchTerms and luceneQuery', () => {
  it('matches each term exactly, as a prefix and within one edit, with a diacritic-free form', () => {
    expect(luceneQuery(searchTerms('Göteborg'), 'all')).toBe('+(göteborg^3 OR göteborg*^2 OR göteborg~1 OR goteborg^3 OR goteborg*^2 OR goteborg~1)');
  });

  it('escapes Lucene syntax so user text never becomes an operator', () => {
    expect(searchTerms('Mini-Maria (x) "a" b~ c* d:e')).toEqual(['mini\\-maria', '\\(x\\)', '\\"a\\"', 'b\\~', 'c\\*', 'd\\:e']);
    expect(searchTerms('  ,; ')).toEqual([]);
  });

  it('leaves fuzzy matching out when asked (the first, cheap pass)', () => {
    expect(luceneQuery(searchTerms('Göteborg'), 'all', { fuzzy: false })).toBe('+(göteborg^3 OR göteborg*^2 OR goteborg^3 OR goteborg*^2)');
  });

  it('skips fuzzy matching for short words and joins terms by mode', () => {
    expect(luceneQuery(['gr', 'ifo'], 'any')).toBe('(gr^3 OR gr*^2) (ifo^3 OR ifo*^2)');
  });
});
