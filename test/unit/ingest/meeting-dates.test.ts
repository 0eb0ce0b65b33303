// Meeting dates in new notes: dotted header dates ("Tid: 17.1.2025") and undated notes whose
// body names the network's next and previous meetings (bounds a few weeks away, not the date).
import { describe, expect, it } from 'vitest';
import { extractDocument, type Extraction } from '../../../server/ingest/parse/index';
import { findDateRefs } from '../../../server/ingest/parse/date-refs';
import { snippet, vocabulary } from './corpus-helpers';

const run = (...lines: string[]): Extraction => extractDocument(lines.join('\n'), { filename: 'note.txt', vocabulary });
const attendance = ['Deltagare', 'Ale: Sofia Andersson', 'Lerum: Maria Enbuske', ''];

describe('day.month.year dates in the heading lines', () => {
  it.each([
    ['Tid: 17.1.2025 kl 13–16', '2025-01-17'],
    ['Datum: 17.01.2025', '2025-01-17'],
    ['När: 3.9.24, kl. 9–12', '2024-09-03'],
    ['Möte 28.11.2023 på GR', '2023-11-28'],
  ])('"%s" is the stated date %s', (header, date) => {
    const x = run('BARNCHEFSNÄTVERKET – ANTECKNINGAR', '', header, 'Plats: Teams', '', ...attendance, '**1. Runda**', 'Alla berättar.');
    expect(x.meeting).toMatchObject({ date, dateInferred: false, datePrecision: 'day' });
    expect(x.meeting.dateEvidence).toBe(header);
  });

  it('reads no date from times, versions or paragraph numbers', () => {
    const x = run('IFO-chefsnätverket', 'Tid: kl 13.15–16.00', 'Mall version 2.1.12, § 4.2', '', ...attendance, '**1. Runda**', 'Alla berättar.');
    expect(x.meeting.date).toBeNull();
  });

  it.each(['kl 13.15', 'version 2.1.2', 'version 2.1.24', 'v2.1.20', '§ 4.2', 'punkt 3.1.16', '1.2.3.4', '1.2.2025.3', '32.1.2025', '17.13.2025', '17.1.99', '17.1.2099'])(
    '"%s" is no date',
    (text) => expect(findDateRefs(`Se ${text} nedan`)).toEqual([]),
  );

  it('leaves a next meeting in the heading lines to the body', () => {
    const x = run('Socialchefsnätverket', 'Nästa möte: 2024-05-10', '', ...attendance, '**1. Runda**', 'Styrgruppen beslutade den 2 april 2024 om budgeten.');
    expect(x.meeting.dateInferred).toBe(true);
    expect(x.meeting.date).toBe('2024-04');
  });
});

describe('next and previous meetings bound an inferred date', () => {
  it('dates the meeting between a past decision and the next meeting, not in the next meeting\'s month', () => {
    const x = run(
      'Anteckningar – Socialchefsnätverket', '', ...attendance,
      'Punkt 1. Inledning',
      'Vid förra mötet den 20 september beslutades att hösten ska ägnas åt lagen.',
      'Styrgruppen beslutade den 11 oktober 2024 att GR ska ta fram ett stöd. Lagen föreslås träda i kraft 1 juli 2025.',
      '',
      'Nästa möte: fredag 6 december 2024 kl. 9–12 på GR. Därefter 24 januari 2025.',
    );
    expect(x.meeting).toMatchObject({ dateInferred: true, datePrecision: 'month' });
    expect(['2024-10', '2024-11']).toContain(x.meeting.date);
    // The evidence names both bounds, and the next-meeting sentence is not cut at "kl.".
    expect(x.meeting.dateEvidence).toContain('förra mötet den 20 september');
    expect(x.meeting.dateEvidence).toContain('11 oktober 2024');
    expect(x.meeting.dateEvidence).toContain('Nästa möte: fredag 6 december 2024 kl. 9–12 på GR.');
  });

  it('puts a lone next meeting some weeks ahead', () => {
    const x = run('FH-chefsnätverket', '', ...attendance, '**1. Runda**', 'Alla berättar.', '', 'Nästa nätverksmöte den 6 december 2024.');
    expect(x.meeting).toMatchObject({ dateInferred: true, datePrecision: 'month' });
    expect(['2024-10', '2024-11']).toContain(x.meeting.date);
  });

  it('puts a lone previous meeting some weeks behind', () => {
    const x = run('FH-chefsnätverket', '', ...attendance, '**1. Runda**', 'Sedan förra mötet den 4 mars 2024 har två chefer slutat.');
    expect(['2024-04', '2024-05']).toContain(x.meeting.date);
  });

  it('reads every date under a "Kommande möten" label as a coming meeting', () => {
    const x = run(
      'Barnchefsnätverket', '', ...attendance, '**1. Runda**',
      'Styrgruppen beslutade den 2 september 2024 om en ny modell.', '',
      'Kommande möten', '- 14 november 2024', '- 12 december 2024',
    );
    expect(['2024-09', '2024-10']).toContain(x.meeting.date);
  });

  it('keeps a date followed by "nästa möte" in another clause an announcement', () => {
    // The start day is an event just ahead, not the next meeting several weeks ahead.
    const x = run('IFO-chefsnätverket', '', ...attendance, '**1. Övrigt**', 'Cecilia börjar på GR den 1 juni 2024 och deltar vid nästa möte.');
    expect(x.meeting.date).toBe('2024-05');
  });

  it('reads "Save the date" and "nästa träff" as the next meeting', () => {
    for (const line of ['Save the date: 6 december 2024, julavslutning', 'Nästa träff blir 6 december 2024.']) {
      const x = run('Nätverk för verksamhetsutvecklare', '', ...attendance, '**1. Runda**', 'Alla berättar.', line);
      expect(['2024-10', '2024-11'], line).toContain(x.meeting.date);
    }
  });
});

describe('meeting phrases that introduce no meeting of the network', () => {
  it('keeps another body\'s coming meeting an announcement just ahead', () => {
    const x = run('IFO-chefsnätverket', '', ...attendance, '**1. Övrigt**', 'Förslaget tas upp på kommande styrgruppsmöte den 5 mars 2024.');
    expect(x.meeting.date).toBe('2024-03');
  });

  it('reads "förra IFO-chefsnätverksmötet" as the previous meeting', () => {
    const x = run('IFO-chefsnätverket', '', ...attendance, '**1. Runda**', 'Vid förra IFO-chefsnätverksmötet den 4 mars 2024 beslutades att ta fram en plan.');
    expect(['2024-04', '2024-05']).toContain(x.meeting.date);
  });
});

describe('compact dates in a title ("IFO-chefsnätverket 211015")', () => {
  it.each([
    ['IFO-chefsnätverket 211015', '2021-10-15'],
    ['Anteckningar 20190321 FH-chefsnätverket', '2019-03-21'],
  ])('%s → %s, stated', (title, date) => {
    expect(run(title, '', ...attendance, '1. Inledning', 'Text.').meeting).toMatchObject({ date, dateInferred: false, datePrecision: 'day' });
  });
  it('prefers a written date in the heading lines, and reads no phone number or year outside the span', () => {
    expect(run('IFO-chefsnätverket 211015', 'Datum: 2021-10-14', '', ...attendance, '1. Inledning', 'Text.').meeting.date).toBe('2021-10-14');
    expect(run('Anteckningar IFO-chefsnätverket', 'Tel 0313355000, 981231', '', ...attendance, '1. Inledning', 'Text.').meeting.date).toBeNull();
  });
});

describe('a day the body or the closing line gives the meeting', () => {
  const note = (...body: string[]) => snippet(['FH-chefsnätverket – anteckningar', '', 'Närvarande:', 'Taija Holmberg, Ale', 'Sara Nordenhielm, GR', '', '1. Runda', ...body].join('\n'));
  it('"Mötet hölls den 26 oktober 2018" is the date, to the day', () => {
    expect(note('Mötet hölls den 26 oktober 2018 i Kungälv.', 'Kort runda.').meeting).toMatchObject({ date: '2018-10-26', dateInferred: false, datePrecision: 'day' });
  });
  it('"Göteborg den 7/11-19" closing the note dates it, inferred', () => {
    expect(note('Kort runda.', '', 'Göteborg den 7/11-19', '', 'Sara Nordenhielm').meeting).toMatchObject({ date: '2019-11-07', dateInferred: true, datePrecision: 'day' });
  });
  it('other meetings are not this one ("förra mötet den 20 september 2018", "På mötet den 4 december 2018 ska vi")', () => {
    const x = note('Vid förra mötet den 20 september 2018 talade vi om LSS.', 'På mötet den 4 december 2018 ska vi fortsätta.');
    expect(x.meeting.date).not.toBe('2018-09-20');
    expect(x.meeting.date).not.toBe('2018-12-04');
  });
});

describe('the date of the notes approved at the meeting', () => {
  it('is the previous meeting, not this one: the closing line dates the note instead', () => {
    const x = run('Minnesanteckningar från socialchefsträff', '', 'Närvarande', 'Kristina Wall, Ale', 'Marie Rehn, Kungsbacka', '',
      '1. Föregående anteckningar', 'Anteckningarna från mötet 2021-01-28 godkändes.', '', '2. Yttrande', 'Svar senast 2021-04-15 till GR.', '',
      'Göteborg 2021-03-10', 'Cecilia Axelsson');
    expect(x.meeting).toMatchObject({ date: '2021-03-10', dateInferred: true, dateEvidence: 'Göteborg 2021-03-10' });
  });
  it('still takes a body sentence dating the meeting itself', () => {
    const x = run('Minnesanteckningar från socialchefsträff', '', 'Närvarande', 'Kristina Wall, Ale', '', '1. Inledning', 'Mötet hölls den 4 mars 2021 på GR.');
    expect(x.meeting).toMatchObject({ date: '2021-03-04' });
  });
});

describe('ISO dates OCR read with letters', () => {
  it.each([['Datum: 2016-O4-21', '2016-04-21'], ['Datum: 2016-l0-2l', '2016-10-21']])('"%s" is %s', (header, date) => {
    const x = run('BARNCHEFSNÄTVERKET – ANTECKNINGAR', '', header, '', ...attendance, '**1. Runda**', 'Alla berättar.');
    expect(x.meeting).toMatchObject({ date, dateInferred: false });
  });
});

describe('a dated sentence wrapped over two lines', () => {
  it('keeps the verb of the line above: "presenterades för" / "… den 1 december 2017" looks back', () => {
    const x = run('FH-chefsnätverket', '', ...attendance, '1. Välfärdsteknik', 'Mölndal berättar om digital tillsyn nattetid. Samma exempel presenterades för',
      'socialchefsnätverket den 1 december 2017.', '', '2. Nästa möte', 'Nästa nätverksmöte 9 februari 2018 på GR.');
    expect(x.meeting).toMatchObject({ date: '2017-12', dateInferred: true });
  });
});
