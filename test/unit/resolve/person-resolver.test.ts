import { describe, expect, it } from 'vitest';
import { canonicalName, PersonResolver } from '../../../server/ingest/person-resolver.js';

const gr = (affiliation: string): string => (affiliation === 'FoU i Väst' ? 'GR' : affiliation);

describe('PersonResolver', () => {
  it('merges diacritic and OCR variants of one name with the same affiliation', () => {
    const resolver = new PersonResolver([], gr);
    const first = resolver.resolve({ name: 'Iréne Blomqvist', surface: 'Iréne Blomqvist', affiliation: 'Ale' });
    expect(resolver.resolve({ name: 'Irene Blomqvist', surface: 'Irene Blomqvist', affiliation: 'Ale' }).id).toBe(first.id);
    expect(resolver.resolve({ name: 'Irène Blomqvist', surface: 'Irène Blomqvist', affiliation: null }).id).toBe(first.id);
    expect(resolver.possibleDuplicates()).toEqual([]);
  });

  it('merges a one-letter spelling difference and a middle name, and says how', () => {
    const resolver = new PersonResolver([], gr);
    const almgren = resolver.resolve({ name: 'Peter Almgren', surface: 'Peter Almgren', affiliation: 'Kungälv' });
    expect(resolver.resolve({ name: 'Peter Aimgren', surface: 'Peter Aimgren', affiliation: 'Kungälv' })).toEqual({ id: almgren.id, created: false, mergedBy: 'spelling' });
    const winkler = resolver.resolve({ name: 'Carina Winkler', surface: 'Carina Winkler', affiliation: 'Kungälv' });
    expect(resolver.resolve({ name: 'Carina Keithsdotter Winkler', surface: 'Carina Keithsdotter Winkler', affiliation: 'Kungälv' }).mergedBy).toBe('middle-name');
    expect(resolver.person(winkler.id)?.forms.size).toBe(2);
  });

  it('merges a slip in a middle part and a double surname without its second part', () => {
    const resolver = new PersonResolver([], gr);
    const isaksson = resolver.resolve({ name: 'Ann-Sofie Isaksson', surface: 'Ann-Sofie Isaksson', affiliation: 'VGR' });
    expect(resolver.resolve({ name: 'Ann-Sofi Isaksson', surface: 'Ann-Sofi Isaksson', affiliation: 'VGR' })).toEqual({ id: isaksson.id, created: false, mergedBy: 'spelling' });
    const wikman = resolver.resolve({ name: 'Helena Wikman Ericson', surface: 'Helena Wikman Ericson', affiliation: 'Göteborg' });
    expect(resolver.resolve({ name: 'Helena Wikman', surface: 'Helena Wikman', affiliation: 'Göteborg' })).toEqual({ id: wikman.id, created: false, mergedBy: 'middle-name' });
    expect(resolver.possibleDuplicates()).toEqual([]);
  });

  it('reports a slip in the first name as a possible duplicate, never merging it', () => {
    const resolver = new PersonResolver([], gr);
    const clarie = resolver.resolve({ name: 'Clarie Engström', surface: 'Clarie Engström', affiliation: 'Tjörn' });
    const claire = resolver.resolve({ name: 'Claire Engström', surface: 'Claire Engström', affiliation: 'Tjörn' });
    expect(claire.id).not.toBe(clarie.id);
    expect(resolver.possibleDuplicates()).toEqual([expect.objectContaining({ a: claire.id, b: clarie.id, score: 0.4 })]);
    // Another surname, or a first name far off, is no look-alike.
    resolver.resolve({ name: 'Claire Engman', surface: 'Claire Engman', affiliation: 'Tjörn' });
    resolver.resolve({ name: 'Maja Engström', surface: 'Maja Engström', affiliation: 'Tjörn' });
    expect(resolver.possibleDuplicates()).toHaveLength(1);
  });

  it('picks between people of one name by the places the sentence names, when it states no affiliation', () => {
    const resolver = new PersonResolver([], gr);
    const lerum = resolver.resolve({ name: 'Anna Larsson', surface: 'Anna Larsson', affiliation: 'Lerum' });
    const molndal = resolver.resolve({ name: 'Anna Larsson', surface: 'Anna Larsson', affiliation: 'Mölndal' });
    resolver.resolve({ name: 'Anna Larsson', surface: 'Anna Larsson', affiliation: 'Mölndal' });
    resolver.resolve({ name: 'Anna Larsson', surface: 'Anna Larsson', affiliation: 'Mölndal' });
    // Mölndal's Anna has more mentions; the sentence says Lerum.
    expect(resolver.resolve({ name: 'Anna Larsson', surface: 'Anna Larsson', affiliation: null, context: ['Lerum'] }).id).toBe(lerum.id);
    expect(resolver.resolve({ name: 'Anna Larsson', surface: 'Anna Larsson', affiliation: null }).id).toBe(molndal.id);
    expect(resolver.resolve({ name: 'Anna Larsson', surface: 'Anna Larsson', affiliation: null, context: ['Tjörn'] }).id).toBe(molndal.id);
  });

  it('names the affiliations of a pair in the pair\'s order', () => {
    const resolver = new PersonResolver([], gr);
    resolver.resolve({ name: 'Anna Larsson', surface: 'Anna Larsson', affiliation: 'Lerum' });
    resolver.resolve({ name: 'Anna Larsson', surface: 'Anna Larsson', affiliation: 'Mölndal' });
    const [pair] = resolver.possibleDuplicates();
    expect(pair).toMatchObject({ a: 'person:anna-larsson', b: 'person:anna-larsson-molndal' });
    expect(pair?.reasons).toContain('affiliations differ: Lerum vs Mölndal');
  });

  it('treats a unit as agreeing with its parent organisation', () => {
    const resolver = new PersonResolver([], gr);
    const a = resolver.resolve({ name: 'Cornelia Björk', surface: 'Cornelia Björk', affiliation: 'GR' });
    expect(resolver.resolve({ name: 'Cornelia Björk', surface: 'Cornelia Bjork', affiliation: 'FoU i Väst' }).id).toBe(a.id);
  });

  it('keeps look-alikes with conflicting affiliations apart and scores them', () => {
    const resolver = new PersonResolver([], gr);
    const alingsas = resolver.resolve({ name: 'Jessica Svanström', surface: 'Jessica Svanström', affiliation: 'Alingsås' });
    const partille = resolver.resolve({ name: 'Jessica Svanström', surface: 'Jessica Svanström', affiliation: 'Partille' });
    expect(partille.id).not.toBe(alingsas.id);
    expect(partille.id).toBe('person:jessica-svanstrom-partille');
    const [pair] = resolver.possibleDuplicates();
    expect(pair).toMatchObject({ score: 0.8 });
    expect(pair?.reasons.join(' ')).toMatch(/Partille/);
  });

  it('does not merge different first names or clearly different surnames', () => {
    const resolver = new PersonResolver([], gr);
    const a = resolver.resolve({ name: 'Irene Jansson', surface: 'Irene Jansson', affiliation: 'Mölndal' });
    expect(resolver.resolve({ name: 'Irene Blomqvist', surface: 'Irene Blomqvist', affiliation: 'Mölndal' }).id).not.toBe(a.id);
    expect(resolver.resolve({ name: 'Maria Jansson', surface: 'Maria Jansson', affiliation: 'Mölndal' }).id).not.toBe(a.id);
  });

  it('sends each form to its own side of a curator\'s split, without reporting the pair', () => {
    const resolver = new PersonResolver(
      [
        { id: 'person:carina-winkler', forms: new Map([['Carina Winkler', 1]]), surfaces: new Set(), affiliations: new Set(['Kungälv']), notSameAs: new Set(['person:carina-keithsdotter-winkler']) },
        { id: 'person:carina-keithsdotter-winkler', forms: new Map([['Carina Keithsdotter Winkler', 1]]), surfaces: new Set(), affiliations: new Set(['Kungälv']), notSameAs: new Set(['person:carina-winkler']) },
      ],
      gr,
    );
    expect(resolver.resolve({ name: 'Carina Winkler', surface: 'Carina Winkler', affiliation: 'Kungälv' }).id).toBe('person:carina-winkler');
    expect(resolver.resolve({ name: 'Carina Keithsdotter Winkler', surface: 'Carina Keithsdotter Winkler', affiliation: 'Kungälv' }).id).toBe('person:carina-keithsdotter-winkler');
    expect(resolver.possibleDuplicates()).toEqual([]);
  });

  it('names a person by the most frequent form, preferring Swedish letters on a tie', () => {
    const person = { id: 'x', forms: new Map([['Peter Aimgren', 1], ['Peter Almgren', 2]]), surfaces: new Set<string>(), affiliations: new Set<string>(), notSameAs: new Set<string>() };
    expect(canonicalName(person)).toBe('Peter Almgren');
    person.forms = new Map([['Jorgen Larzon', 1], ['Jörgen Larzon', 1]]);
    expect(canonicalName(person)).toBe('Jörgen Larzon');
  });
});
