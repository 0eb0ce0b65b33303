// Attendance, dates and project lists in layouts of the genre the seed notes do not show:
// how-attended notes after names ("via Teams", "från kl 10", "ej punkt 3"), chair and
// secretary lines with the role first, lists at the end of the note, tables without outer bars
// or with the municipality column first, and participants listed one a bullet under a label.
import { describe, expect, it } from 'vitest';
import { isAttendanceNote } from '../../../server/ingest/parse/attendance-note';
import { findDateRefs } from '../../../server/ingest/parse/date-refs';
import { attendee, snippet } from './corpus-helpers';

const names = (x: ReturnType<typeof snippet>) => x.attendees.map((a) => a.name);

describe('how a person took part', () => {
  it('tells attendance notes from units and roles', () => {
    for (const s of ['via Teams', 'deltog digitalt', 'från kl 10', 'till kl. 11.30', 'ej punkt 3', 'efter lunch', 'på distans']) expect(isAttendanceNote(s), s).toBe(true);
    for (const s of ['enhetschef', 'BUP', 'punkt 3', 'nätverket för verksamhetsutvecklare', 'Lerum']) expect(isAttendanceNote(s), s).toBe(false);
  });

  it('keeps "(via Teams)", "(från kl 10)" and "(ej punkt 3)" out of unit, role and presented items', () => {
    const x = snippet(['Anteckningar IFO-chefsnätverket 2024-03-05', '', 'Närvarande:', 'Anna Berg, Lerum (ordförande)', 'Eva Strand, Mölndals stad (via Teams)',
      'Karl Nyström, Ale (från kl 10)', 'Lisa Holm (ej punkt 3)', 'Per Lind, Kungälv, deltog digitalt', '', '1. Inledning', 'Anna Berg hälsar välkommen.', '', '3. Mini-Maria', 'Info.'].join('\n'));
    expect(attendee(x, 'Anna Berg')).toMatchObject({ affiliation: 'Lerum', role: 'ordförande' });
    expect(attendee(x, 'Eva Strand')).toMatchObject({ affiliation: 'Mölndal', unit: null, attendance: 'via Teams' });
    expect(attendee(x, 'Karl Nyström')).toMatchObject({ affiliation: 'Ale', unit: null, attendance: 'från kl 10' });
    expect(attendee(x, 'Lisa Holm')).toMatchObject({ unit: null, attendance: 'ej punkt 3' });
    expect(attendee(x, 'Lisa Holm')?.presentsItems).toBeUndefined();
    expect(attendee(x, 'Per Lind')).toMatchObject({ affiliation: 'Kungälv', role: null, attendance: 'deltog digitalt' });
  });

  it('reads the note after the affiliation inside one parenthesis, and a "Deltog digitalt:" heading', () => {
    const x = snippet(['Anteckningar 2023-10-12', '', 'Deltog digitalt: Jonas Alm, Härryda; Karin Dahl, Stenungsund', '',
      'Närvarande: Karl Nyström (Ale, från kl 10), Johan Sand (Göteborgs Stad, via Teams), Maria Wik (GR).', '', '1. Inledning', 'Info.'].join('\n'));
    expect(attendee(x, 'Jonas Alm')).toMatchObject({ affiliation: 'Härryda', attendance: 'digitalt' });
    expect(attendee(x, 'Karl Nyström')).toMatchObject({ affiliation: 'Ale', unit: null, attendance: 'från kl 10' });
    expect(attendee(x, 'Johan Sand')).toMatchObject({ affiliation: 'Göteborg', unit: null, attendance: 'via Teams' });
    expect(attendee(x, 'Maria Wik')?.attendance).toBeUndefined();
  });
});

describe('chair and secretary lines', () => {
  it('makes "Ordförande: X" and "Sekreterare X (GR)" above the list attendees with that role', () => {
    const x = snippet(['Socialchefsnätverket', 'Minnesanteckningar 2024-03-05', '', 'Ordförande: Anna Berg, Lerum', 'Sekreterare Bo Ek (GR)', '',
      'Deltagare: Per Lind (Kungälv), Eva Strand (Mölndal)', '', 'Förhinder: Sara Nord (Öckerö)', '', '1. Yrkesresan', 'Info.'].join('\n'));
    expect(names(x)).toEqual(['Anna Berg', 'Bo Ek', 'Per Lind', 'Eva Strand']);
    expect(attendee(x, 'Anna Berg')).toMatchObject({ affiliation: 'Lerum', role: 'ordförande' });
    expect(attendee(x, 'Bo Ek')).toMatchObject({ affiliation: 'GR', role: 'sekreterare' });
    expect(x.noteTakers).toEqual(['Bo Ek']);
  });

  it('reads a secretary line below the absent list as present, and as the note-taker, without ending the body', () => {
    const x = snippet(['Anteckningar IFO-chefsnätverket 2024-03-05', '', 'Närvarande:', 'Anna Berg, Lerum', '', 'Frånvarande:', 'Bo Ek, Partille', '',
      'Sekreterare: Maria Wik, GR', '', '1. Inledning', 'Anna Berg hälsar välkommen.', '', '2. Mini-Maria', 'Kungälv och Ale deltar i Mini-Maria.'].join('\n'));
    expect(names(x)).toEqual(['Anna Berg', 'Maria Wik']);
    expect(attendee(x, 'Maria Wik')).toMatchObject({ affiliation: 'GR', role: 'sekreterare' });
    expect(x.noteTakers).toEqual(['Maria Wik']);
    expect(x.agendaItems.map((a) => a.number)).toEqual(['1', '2']);
    expect(x.projects[0]).toMatchObject({ name: 'Mini-Maria', municipalities: ['Kungälv', 'Ale'] });
  });

  it('gives "Ordf: X" below the list its role', () => {
    const x = snippet(['Anteckningar 2024-03-05', '', 'Närvarande', 'Anna Berg, Lerum', 'Per Lind, Kungälv', '', 'Ordf: Anna Berg', '', '1. Inledning', 'Info.'].join('\n'));
    expect(names(x)).toEqual(['Anna Berg', 'Per Lind']);
    expect(attendee(x, 'Anna Berg')?.role).toBe('ordf');
  });
});

describe('attendance lists in other places and shapes', () => {
  it('reads a list at the end of the note and ends the last item before it', () => {
    const x = snippet(['Gemensamt möte för IFO-chefsnätverket och FH-chefsnätverket', '', 'Datum: 5/3-24', '', '1. Välkommen', 'Helena Fors hälsade välkommen.', '',
      '2. Övrigt', 'Inget övrigt.', '', 'Närvarande', 'Karl Nyström, Ale', 'Anna Berg, Lerum', 'Helena Fors, GR'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Karl Nyström', 'Ale'], ['Anna Berg', 'Lerum'], ['Helena Fors', 'GR']]);
    expect(x.warnings).not.toContain('no attendance section found');
    const last = x.agendaItems[x.agendaItems.length - 1];
    expect(last).toMatchObject({ number: '2', people: [] });
    expect(x.meeting).toMatchObject({ date: '2024-03-05', networks: ['IFO-chefsnätverket', 'FH-chefsnätverket'] });
  });

  it('reads a table exported without outer bars, skipping a municipality that sent no one', () => {
    const x = snippet(['Barnchefsnätverket 2024-03-20', '', 'Kommun | Namn', '--- | ---', 'Ale | Karl Nyström', 'Kungsbacka |', 'Göteborg | Johan Sand, Lena Ahl', '', '1. SkolFam', 'Info.'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Karl Nyström', 'Ale'], ['Johan Sand', 'Göteborg'], ['Lena Ahl', 'Göteborg']]);
  });

  it('keeps a name with a place surname in a table name column with empty cells', () => {
    const x = snippet(['Anteckningar 2024-03-12', '', 'Närvarande:', '', '| Namn | Organisation | Funktion |', '|---|---|---|', '| Malin Ström | Alingsås | verksamhetschef |', '| | Kungsbacka | |',
      '| Anders Lund | | |', '| Oskar Berg | Lilla Edet | |', '', '§ 1 Inledning', 'Info.'].join('\n'));
    expect(names(x)).toEqual(['Malin Ström', 'Anders Lund', 'Oskar Berg']);
    expect(attendee(x, 'Malin Ström')).toMatchObject({ affiliation: 'Alingsås', role: 'verksamhetschef' });
  });

  it('reads the list of a "Vid mötet deltog …" sentence and other names of the list', () => {
    const x = snippet('Anteckningar 2024-02-08\n\nVid mötet deltog Anna Berg (Lerum), Per Lind (Kungälv) och Helena Fors (GR).\n\n1. Inledning\nInfo.');
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Anna Berg', 'Lerum'], ['Per Lind', 'Kungälv'], ['Helena Fors', 'GR']]);
    expect(x.peopleMentioned.filter((m) => m.guest)).toEqual([]);
    for (const heading of ['Mötesdeltagare:', 'Deltagarlista', 'Närvarolista:']) {
      const y = snippet(`Anteckningar 2024-02-08\n\n${heading}\nAnna Berg, Lerum\nPer Lind, Kungälv\n\n1. Inledning\nInfo.`);
      expect(y.attendees.map((a) => a.name), heading).toEqual(['Anna Berg', 'Per Lind']);
    }
  });

  it('restores first names OCR wrote with m for rn and I for L', () => {
    const x = snippet('Anteckningar 2024-02-08\n\nNärvarande:\nBjöm Karlsson, Kungälv\nIena Holm, Tjörn\nIda Berg, Ale\nMalin Ek, Lerum\n\n1. Inledning\nInfo.');
    expect(names(x)).toEqual(['Björn Karlsson', 'Lena Holm', 'Ida Berg', 'Malin Ek']);
  });

  it('reads a presence column: "X", "Ja" or "Teams" is there, "Nej", "Förhinder" or nothing is not', () => {
    const x = snippet(['# Anteckningar IFO-chefsnätverket 2024-09-12', '', '| Kommun | Namn | Närvaro |', '|---|---|---|', '| Ale | Karl Nyström | X |', '| Lerum | Anna Berg | Teams |',
      '| Partille | Bo Ek | Förhinder |', '| Öckerö | Sara Nord | |', '| Tjörn | Lisa Holm | Ja |', '| Kungsbacka | Ulf Ber | Nej |', '', '1. Inledning', 'Info.'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Karl Nyström', 'Ale'], ['Anna Berg', 'Lerum'], ['Lisa Holm', 'Tjörn']]);
    expect(attendee(x, 'Anna Berg')?.attendance).toBe('Teams');
    // The title above the table is the heading, not a group label of the list: its date is stated.
    expect(x.meeting).toMatchObject({ date: '2024-09-12', dateInferred: false });
  });

  it('reads a "Från GR" group heading as the affiliation of the names below it', () => {
    const x = snippet(['# Gemensamt möte', '2024-04-18', '', '## Deltagare', '', '**IFO-chefsnätverket**', '- Anna Berg, Lerum', '', '**Från GR**', '- Helena Fors, processledare', '', '## 1. Välkommen', 'Hej.'].join('\n'));
    expect(attendee(x, 'Helena Fors')).toMatchObject({ affiliation: 'GR', unit: null, role: 'processledare' });
  });

  it('reads heading rows inside a table: "Frånvarande" ends the present, "Gäster" starts a group', () => {
    const x = snippet(['Anteckningar FH-chefsnätverket 2024-02-08', '', '| Namn | Kommun |', '|---|---|', '| Anna Berg | Lerum |', '| **Frånvarande** | |', '| Bo Ek | Partille |',
      '| Gäster | |', '| Eva Ström | Socialstyrelsen |', '', '1. Inledning', 'Info.'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.group])).toEqual([['Anna Berg', null], ['Eva Ström', 'Gäster']]);
  });

  it('reads "Frånvarande" without a colon before the names on its line', () => {
    const x = snippet('Anteckningar 2024-02-08\n\nNärvarande\nAnna Berg, Lerum\nFrånvarande Bo Ek, Partille och Sara Nord, Öckerö\nPer Lind, Kungälv\n\n1. Inledning\nInfo.');
    expect(names(x)).toEqual(['Anna Berg']);
  });

  it('ends the list at a bold item whose first line is a sentence about a listed person', () => {
    const x = snippet(['Anteckningar FH-chefsnätverket 2015-05-12', '', 'Närvarande:', 'Anna Berg, Lerum', '', 'Göteborgsregionen', 'Fredrik Klang', '',
      '- ***Våld i nära relationer***', '', 'Fredrik Klang, projektledare från GR, informerar om arbetet mot våld i nära relationer.', '', '- ***Mini-Maria***', '', 'Ale och Kungälv deltar i Mini-Maria.'].join('\n'));
    expect(attendee(x, 'Fredrik Klang')).toMatchObject({ affiliation: 'GR', role: null });
    expect(x.agendaItems.map((a) => a.title)).toEqual(['Våld i nära relationer', 'Mini-Maria']);
  });

  it('reads space-aligned columns with the municipality first', () => {
    const x = snippet(['Anteckningar 2024-03-05', '', 'Närvarande', 'Kommun          Namn                 Funktion', 'Ale             Karl Nyström         verksamhetschef',
      'Lerum           Anna Berg', '', 'Frånvarande', 'Partille        Bo Ek', '', '1. Inledning', 'Info.'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation, a.role])).toEqual([['Karl Nyström', 'Ale', 'verksamhetschef'], ['Anna Berg', 'Lerum', null]]);
  });
});

describe('roles written with an acronym', () => {
  it('reads "IFO-chef" and "HR-strateg" beside the municipality as the role, as written, not as a unit', () => {
    const x = snippet(['Anteckningar IFO-chefsnätverket 2024-03-05', '', 'Närvarande:', 'Anna Berg (IFO-chef, Ale)', 'Eva Strand, Lerum IFO-chef',
      'Karl Nyström (HR-strateg, Kungälv)', 'Lisa Holm (IFO Barn, Mölndal)', '', '1. Inledning', 'Info.'].join('\n'));
    expect(attendee(x, 'Anna Berg')).toMatchObject({ affiliation: 'Ale', unit: null, role: 'IFO-chef' });
    expect(attendee(x, 'Eva Strand')).toMatchObject({ affiliation: 'Lerum', unit: null, role: 'IFO-chef' });
    expect(attendee(x, 'Karl Nyström')).toMatchObject({ affiliation: 'Kungälv', unit: null, role: 'HR-strateg' });
    // An acronym with a unit's name is a unit.
    expect(attendee(x, 'Lisa Holm')).toMatchObject({ affiliation: 'Mölndal', unit: 'IFO Barn', role: null });
  });
});

describe('networks and dates in other wordings', () => {
  it('knows the IFO network by its English name and by "nätverksträff IFO"', () => {
    expect(snippet('Minutes – IFO network meeting\nDate: 8 March 2024\n\nPresent: Anna Berg (Lerum)\n\n1. Welcome\nHi.').meeting.networks).toEqual(['IFO-chefsnätverket']);
    expect(snippet('Anteckningar från nätverksträff IFO 2023-10-12\n\nNärvarande: Anna Berg (Lerum)\n\n1. Inledning\nHej.').meeting.networks).toEqual(['IFO-chefsnätverket']);
  });

  it('reads more written forms of a date', () => {
    const day = (s: string) => findDateRefs(s).map((r) => [r.year, r.month, r.day]);
    expect(day('5th of March 2024')).toEqual([[2024, 3, 5]]);
    expect(day('Tisdagen den 5 mars -24')).toEqual([[2024, 3, 5]]);
    expect(day('Datum: 5/3 -24')).toEqual([[2024, 3, 5]]);
    expect(day('2024.03.05')).toEqual([[2024, 3, 5]]);
    // A dash before a number that is no year, and a range to a later month, stay as they were.
    expect(day('den 5 mars - 24 deltagare')).toEqual([[null, 3, 5]]);
    expect(findDateRefs('5 mars -24 april')[0]?.end).toMatchObject({ month: 4, day: 24 });
  });

  it('reads a week as its month: stated with a year, else the year from the body', () => {
    expect(findDateRefs('vecka 47, 2023')[0]).toMatchObject({ year: 2023, month: 11, day: null });
    expect(findDateRefs('A-vitamin v 3')).toEqual([]);
    expect(snippet('Anteckningar IFO-chefsnätverket v. 12 2024\n\nNärvarande:\nAnna Berg, Lerum\n\n1. Inledning\nInfo.').meeting)
      .toMatchObject({ date: '2024-03', datePrecision: 'month', dateInferred: false });
    const x = snippet('Barnchefsnätverket - minnesanteckningar v. 12\n\nNärvarande:\nAnna Berg, Lerum\n\n1. SkolFam\nInfo.\n\nNästa möte: 2024-05-02');
    expect(x.meeting).toMatchObject({ date: '2024-03', datePrecision: 'month', dateInferred: true });
  });

  it('dates a meeting over two days by its first day', () => {
    expect(findDateRefs('5–6 mars 2024')[0]).toMatchObject({ year: 2024, month: 3, day: 5, end: { day: 6 } });
    const x = snippet('Anteckningar IFO-chefsnätverket 5–6 mars 2024\n\nNärvarande:\nAnna Berg, Lerum\n\n1. Inledning\nInfo.');
    expect(x.meeting).toMatchObject({ date: '2024-03-05', datePrecision: 'day', dateInferred: false });
  });

  it('dates a heading day without a year by the year the body points to', () => {
    const x = snippet(['# Anteckningar Barnchefsnätverket tisdag 12/3', '', 'Närvarande:', 'Anna Berg, Lerum', '', '1. Barnahus',
      'Verksamhetsberättelsen för 2023 antogs i februari 2024.', '', '2. Nästa möte', 'Nästa möte 2024-05-14.'].join('\n'));
    expect(x.meeting).toMatchObject({ date: '2024-03-12', datePrecision: 'day', dateInferred: true });
    expect(x.meeting.dateLine).toBe(1);
  });

  it('leaves a heading day without a year undated when nothing in the note gives the year', () => {
    const x = snippet('Anteckningar tisdag 12/3\n\nNärvarande:\nAnna Berg, Lerum\n\n1. Övrigt\nNästa möte 14 maj.');
    expect(x.meeting.date).toBeNull();
  });
});

describe('participants listed under a label', () => {
  it('takes the bullets under "Deltagande kommuner:" as the project\'s municipalities', () => {
    const x = snippet(['Anteckningar 2023-09-20', '', 'Närvarande:', 'Anna Berg, Lerum', '', '1. Förstudie Ekonomiskt bistånd', 'Förstudien pågår. Deltagande kommuner:', '- Lerum', '- Kungälv', '- Mölndal', '',
      '2. Yrkesresan', 'Yrkesresan fortsätter.'].join('\n'));
    expect(x.projects.find((p) => p.name === 'Förstudie Ekonomiskt bistånd')?.municipalities).toEqual(['Lerum', 'Kungälv', 'Mölndal']);
    expect(x.projects.find((p) => p.name === 'Yrkesresan')?.municipalities).toEqual([]);
  });

  it('reads a table of municipalities under the label, and not a list of the interested', () => {
    const take = snippet(['Anteckningar 2024-03-05', '', '1. Resursteam välfärdsteknik', 'Följande kommuner deltar:', '', '| Kommun | Kontaktperson |', '|---|---|', '| Ale | Karl Nyström |', '| Partille | |'].join('\n'));
    expect(take.projects[0]).toMatchObject({ name: 'Resursteam välfärdsteknik', municipalities: ['Ale', 'Partille'] });
    const interest = snippet(['Anteckningar 2024-03-05', '', '1. Resursteam välfärdsteknik', 'Följande kommuner är intresserade av att delta:', '- Ale', '- Partille'].join('\n'));
    expect(interest.projects[0]?.municipalities).toEqual([]);
  });

  it('reads English participation verbs', () => {
    const x = snippet('Minutes 8 March 2024\n\n1. Mocking Bird\nTom Smith presented Mocking Bird. Lerum and Kungälv take part.');
    expect(x.projects[0]).toMatchObject({ name: 'Mocking Bird', municipalities: ['Lerum', 'Kungälv'] });
  });
});
