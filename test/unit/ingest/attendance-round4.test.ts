// Attendance layouts of the genre the seed notes do not show: a job title before the name,
// absence written on the entry itself, surnames that are place names, a place and a dash
// before semicolon-separated people, "Från GR" as a heading, notes beside the affiliation,
// presence-mark columns, lists in two columns, and attendance written as a sentence.
import { describe, expect, it } from 'vitest';
import { isAbsenceNote } from '../../../server/ingest/parse/attendance-note';
import { isNameWithPlaceSurname } from '../../../server/ingest/parse/person-name';
import { attendee, snippet, vocabulary } from './corpus-helpers';

const names = (x: ReturnType<typeof snippet>) => x.attendees.map((a) => a.name);
const note = (...list: string[]) => snippet(['Anteckningar IFO-chefsnätverket 2024-03-05', '', ...list, '', '1. Inledning', 'Info.'].join('\n'));

describe('a job title before the name', () => {
  it('reads a capitalised title before the name as the role, as written', () => {
    const x = note('Närvarande', '- Socialchef Kristina Wall, Ale kommun', '- Stadsdelsdirektör Ulrika Lindström, Göteborgs Stad',
      '- Förvaltningschef Marie Rehn, Kungsbacka kommun', '- Oskar Berglund, Partille');
    expect(names(x)).toEqual(['Kristina Wall', 'Ulrika Lindström', 'Marie Rehn', 'Oskar Berglund']);
    expect(attendee(x, 'Kristina Wall')).toMatchObject({ affiliation: 'Ale', role: 'Socialchef' });
    expect(attendee(x, 'Ulrika Lindström')).toMatchObject({ affiliation: 'Göteborg', role: 'Stadsdelsdirektör' });
    expect(attendee(x, 'Marie Rehn')).toMatchObject({ affiliation: 'Kungsbacka', role: 'Förvaltningschef' });
    expect(attendee(x, 'Oskar Berglund')?.role).toBeNull();
  });

  it('reads lowercase titles under a municipality heading, a place surname included', () => {
    const x = note('Närvarande', '', 'Kungälv', '   verksamhetsutvecklare Johanna Lund', '   utredare Sara Ek', '', 'Partille', '   biträdande enhetschef Oskar Berglund');
    expect(x.attendees.map((a) => [a.name, a.affiliation, a.role])).toEqual([
      ['Johanna Lund', 'Kungälv', 'verksamhetsutvecklare'], ['Sara Ek', 'Kungälv', 'utredare'], ['Oskar Berglund', 'Partille', 'biträdande enhetschef']]);
  });


  it('takes only modifiers before a title word, so a heading ending in one is no title', () => {
    const x = note('Närvarande', 'Nätverk för verksamhetsutvecklare Märta Abrahamsson, Göteborg', 'Tf. socialchef Anna Berg, Lerum');
    expect(x.attendees.map((a) => a.role)).not.toContain('Nätverk för verksamhetsutvecklare');
    expect(attendee(x, 'Anna Berg')).toMatchObject({ affiliation: 'Lerum', role: 'Tf. socialchef' });
  });
});

describe('absence written on the entry', () => {
  it('tells absence notes from other notes', () => {
    for (const s of ['förhinder', 'anmält förhinder', 'har förhinder', 'frånvarande', 'ej närvarande', 'anmält frånvaro', 'apologies', 'absent']) expect(isAbsenceNote(s), s).toBe(true);
    for (const s of ['via Teams', 'värd', 'Lerum', 'ej punkt 3', 'förhinder punkt 3']) expect(isAbsenceNote(s), s).toBe(false);
  });

  it('leaves out people marked absent in the list, in parentheses or after a dash', () => {
    const x = note('Närvarande', 'Kristina Wall, Ale', 'Marie Rehn, Kungsbacka (förhinder)', 'Hans Kjellberg, Stenungsund – ej närvarande',
      'Johan Grahn, Mölndal (anmält förhinder)', 'Lisa Holm (frånvarande)', 'Per Lind (Lerum, har förhinder)', 'Eva Strand, Tjörn (apologies)', 'Cecilia Axelsson, GR');
    expect(names(x)).toEqual(['Kristina Wall', 'Cecilia Axelsson']);
  });

  it('reads a dash in the presence column of an aligned list as absent and goes on below it', () => {
    const x = note('Deltagarlista', '', 'Namn              Kommun       Funktion          Närvaro', 'Karl Nyström      Ale          enhetschef        x',
      'Bo Ek             Partille     verksamhetschef   -', 'Sara Nord         Öckerö       enhetschef        -', 'Anna Berg         Lerum        socialchef        x');
    expect(x.attendees.map((a) => [a.name, a.affiliation, a.role])).toEqual([['Karl Nyström', 'Ale', 'enhetschef'], ['Anna Berg', 'Lerum', 'socialchef']]);
  });
});

describe('a surname that is a place', () => {
  it('reads a first name and a place word as a person under a heading and on a bare bullet', () => {
    const x = note('Närvarande', '', 'Kungälv', 'Johanna Lund', 'Sara Ek', '', 'Partille', 'Oskar Berglund');
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Johanna Lund', 'Kungälv'], ['Sara Ek', 'Kungälv'], ['Oskar Berglund', 'Partille']]);
    const y = note('Närvarande', '- Johanna Lund', '- Oskar Berglund');
    expect(names(y)).toEqual(['Johanna Lund', 'Oskar Berglund']);
    expect(attendee(y, 'Johanna Lund')?.affiliation).toBeNull();
  });

  it('takes a place word as a surname only after nothing but first names', () => {
    for (const s of ['Johanna Lund', 'Anna Maria Lund', 'Per Ale']) expect(isNameWithPlaceSurname(s, vocabulary), s).toBe(true);
    for (const s of ['Anna Berg Lerum', 'Johanna Lund Kungälv', 'Lilla Edet', 'Lerum Anna']) expect(isNameWithPlaceSurname(s, vocabulary), s).toBe(false);
    expect(names(note('Närvarande', 'Anna Berg Lerum', 'Per Lind, Kungälv'))).not.toContain('Anna Berg Lerum');
  });
});

describe('a place before the people', () => {
  it('gives every semicolon-separated entry after "Ale –" the place', () => {
    const x = note('Deltagare från kommunerna', 'Ale – Iréne Blomqvist, IFO-chef; Ebba Gierow, barnchef', 'Kungälv – Peter Almgren; Lena Arnfelt, Lerum');
    expect(x.attendees.map((a) => [a.name, a.affiliation, a.role])).toEqual([
      ['Iréne Blomqvist', 'Ale', 'IFO-chef'], ['Ebba Gierow', 'Ale', 'barnchef'], ['Peter Almgren', 'Kungälv', null], ['Lena Arnfelt', 'Lerum', null]]);
  });

  it('reads "Från GR" on a line of its own as a group heading with GR as affiliation', () => {
    const x = note('Närvarande', 'Kristina Wall, Ale', '', 'Från GR', 'Cecilia Axelsson, processledare', 'Nicholas Singleton', '', 'Gäster', 'Lars Ekman, Socialstyrelsen');
    expect(attendee(x, 'Cecilia Axelsson')).toMatchObject({ affiliation: 'GR', affiliationKind: 'organisation', group: 'Från GR', role: 'processledare' });
    expect(attendee(x, 'Nicholas Singleton')).toMatchObject({ affiliation: 'GR', group: 'Från GR' });
    expect(attendee(x, 'Lars Ekman')).toMatchObject({ affiliation: 'Socialstyrelsen', group: 'Gäster' });
  });
});

describe('notes beside the affiliation', () => {
  it('keeps items, roles and host notes out of the unit and the affiliation surface', () => {
    const x = note('Närvarande: Iréne Blomqvist (Ale, IFO-chef), Ann Törnqvist (Kungsbacka, verksamhetschef, ordförande), Lena Arnfelt (värd), Cornelia Björk (FoU i Väst, punkt 3).');
    expect(attendee(x, 'Iréne Blomqvist')).toMatchObject({ affiliation: 'Ale', affiliationSurface: 'Ale', unit: null, role: 'IFO-chef' });
    expect(attendee(x, 'Ann Törnqvist')).toMatchObject({ affiliation: 'Kungsbacka', affiliationSurface: 'Kungsbacka', unit: null, role: 'verksamhetschef, ordförande' });
    expect(attendee(x, 'Lena Arnfelt')).toMatchObject({ unit: null, role: 'värd' });
    expect(attendee(x, 'Cornelia Björk')).toMatchObject({ affiliation: 'FoU i Väst', affiliationSurface: 'FoU i Väst', unit: null, presentsItems: ['3'] });
  });
});

describe('presence marks and columns', () => {
  it('leaves a presence mark out of the role', () => {
    const x = note('Närvarande', 'Taija Holmberg          Ale               verksamhetschef       x', 'Johanna Lund            Kungälv           verksamhetsutvecklare x',
      'Oskar Berglund, Partille, utredare, X');
    expect(x.attendees.map((a) => [a.name, a.affiliation, a.role])).toEqual([
      ['Taija Holmberg', 'Ale', 'verksamhetschef'], ['Johanna Lund', 'Kungälv', 'verksamhetsutvecklare'], ['Oskar Berglund', 'Partille', 'utredare']]);
  });

  it('reads both columns of a list laid out in two', () => {
    const x = note('Deltagare', 'Ebba Gierow, Ale                     Lena Arnfelt, Kungälv', 'Anita Hedström, Alingsås             Monica Bondesson, Lerum');
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Ebba Gierow', 'Ale'], ['Lena Arnfelt', 'Kungälv'], ['Anita Hedström', 'Alingsås'], ['Monica Bondesson', 'Lerum']]);
  });

  it('reads both halves of a table whose columns repeat', () => {
    const x = note('## Deltagare', '', '| Namn | Kommun | Namn | Kommun |', '|---|---|---|---|', '| Kristina Wall | Ale | Marie Rehn | Kungsbacka |', '| Johan Grahn | Mölndal | | |');
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Kristina Wall', 'Ale'], ['Marie Rehn', 'Kungsbacka'], ['Johan Grahn', 'Mölndal']]);
  });
});

describe('attendance written as a sentence', () => {
  it('gives the names before "från GR" at the end of the sentence GR', () => {
    const x = snippet(['# Beredningsgruppen för IFO-chefsnätverket', '', '**Datum:** 2 september 2020', '',
      '**Närvarande:** Ann Törnqvist (Kungsbacka) och Jörgen Larzon (Göteborg) samt Cecilia Axelsson och Nicholas Singleton från GR.', '',
      '**Ej närvarande:** Iréne Blomqvist (Ale)', '', '### Planering', 'Info.'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Ann Törnqvist', 'Kungsbacka'], ['Jörgen Larzon', 'Göteborg'], ['Cecilia Axelsson', 'GR'], ['Nicholas Singleton', 'GR']]);
  });
});
