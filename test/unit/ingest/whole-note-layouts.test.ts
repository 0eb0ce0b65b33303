// Whole notes as they reach GR's planners: forwarded by mail, exported from Word, extracted from
// PDF, opening with the day's programme. Short invented notes, run whole.
import { describe, expect, it } from 'vitest';
import { snippet } from './corpus-helpers';

const attendance = ['Närvarande:', 'Lena Holmlund, GR', 'Nicholas Singleton, GR', 'Per Ek, Lerum', ''];

describe('a note forwarded by mail', () => {
  it('takes its network from the subject line, not from the long address lines above it', () => {
    const to = Array.from({ length: 13 }, (_, k) => `Person ${k} <person${k}@kommun.se>`).join('; ');
    const x = snippet(['Från: Sara Nordenhielm <sara.nordenhielm@goteborgsregionen.se>', 'Skickat: den 17 mars 2020 16:05', `Till: ${to}`,
      'Kopia: Elisabeth Beijer <elisabeth.beijer@goteborgsregionen.se>', 'Ämne: VB: Anteckningar socialchefsnätverket 13 mars', '',
      'Hej alla!', '', ...attendance, '1. LSS-boenden', 'Branschråd funktionsstöd och LSS-boenden diskuterades.', '2. Daglig verksamhet', 'Text om funktionsstöd.'].join('\n'));
    expect(x.meeting).toMatchObject({ networks: ['Socialchefsnätverket'], networksInferred: false });
  });
});

describe('a note exported from Word', () => {
  it('reads no title from the logo picture', () => {
    const x = snippet(['![](media/image1.png){width="1.6in" height="0.55in"}', '', 'FH-chefsnätverket', '', 'Datum: 2025-02-06', '', ...attendance, '1. Inledning', 'Text.'].join('\n'));
    expect(x.meeting).toMatchObject({ title: 'FH-chefsnätverket', networks: ['FH-chefsnätverket'] });
  });
  it('reads date and place from a header table', () => {
    const x = snippet(['**FH-chefsnätverket**', '', '| **Datum** | **Tid** | **Plats** |', '|---|---|---|', '| 13 februari 2025 | 09.00–12.00 | GR, Anders Personsgatan 8, lokal Sexan |', '',
      ...attendance, '1. Inledning', 'Text.'].join('\n'));
    expect(x.meeting).toMatchObject({ date: '2025-02-13', location: 'GR, Anders Personsgatan 8, lokal Sexan' });
  });
});

describe('English notes and answers of the genre', () => {
  it('reads "Notes taken by A and B"', () => {
    const x = snippet(['IFO-chefsnätverket 2018-05-16', '', ...attendance, '1. Visit', 'Text.', '', '*Notes taken by Lena Holmlund and Nicholas Singleton, GR*'].join('\n'));
    expect(x.noteTakers).toEqual(['Lena Holmlund', 'Nicholas Singleton']);
  });
  it('counts "har tackat ja till att delta" in, and "har tackat nej" out', () => {
    const x = snippet(['IFO-chefsnätverket 2021-03-04', '', ...attendance, '1. Stödcentrum Heder',
      'Ale, Kungälv, Lerum och Öckerö har tackat ja till att delta i Stödcentrum Heder. Tjörn har tackat nej.'].join('\n'));
    expect(x.projects.find((p) => p.name === 'Stödcentrum Heder')?.municipalities).toEqual(['Ale', 'Kungälv', 'Lerum', 'Öckerö']);
  });
});

describe('a note taken from a PDF', () => {
  const page = ['GR GÖTEBORGSREGIONEN                    Anteckningar', '                                        2019-09-20'];
  const x = snippet([...page, '', 'IFO-chefsnätverket', 'Anteckningar från nätverksmöte fredag 20 september 2019', '', 'Närvarande',
    'Iréne Blomqvist, Ale', 'Jörgen Larzon, Göteborg', '', '', 'Göteborgsregionen | Box 5073, 402 22 Göteborg | www.goteborgsregionen.se        Sida 1 av 3',
    ...page, '', 'Nicholas Singleton, GR', 'Anna Melke, FoU i Väst', '', '1. Inledning', 'Nicholas Singleton hälsar välkomna.'].join('\n'));
  it('reads an attendance list on over the page header and footer that break it', () => {
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([
      ['Iréne Blomqvist', 'Ale'], ['Jörgen Larzon', 'Göteborg'], ['Nicholas Singleton', 'GR'], ['Anna Melke', 'FoU i Väst'],
    ]);
  });
  it('joins a word hyphenated over the line end in the list, and takes no half name for a candidate', () => {
    const y = snippet(['IFO-chefsnätverket 2019-09-20', '', 'Närvarande', 'Iréne Blomqvist, Ale', 'Natalja Kahraman, Kungs-', 'backa', 'Monica Fundin, Kungälv', '',
      '1. Stödcentrum', 'Therese Sammels berättar att Stödcentrum He-', 'der startar den 1 januari 2020.'].join('\n'));
    expect(y.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Iréne Blomqvist', 'Ale'], ['Natalja Kahraman', 'Kungsbacka'], ['Monica Fundin', 'Kungälv']]);
    expect(y.candidates.map((c) => c.name)).toEqual([]);
  });
  it('keeps the line numbers of the document', () => {
    expect(x.attendees.find((a) => a.name === 'Anna Melke')?.line).toBe(17);
    expect(x.meeting.date).toBe('2019-09-20');
  });
});

describe('a note that opens with the day\'s programme', () => {
  const x = snippet(['Äldreomsorgsnätverket', 'Minnesanteckningar från nätverksträff 2014-10-23', '',
    'Dagordning', '09.00  Välkommen och presentationsrunda', '09.30  Bättre liv för sjuka äldre – läget i GR-kommunerna (Lena Kjellberg, VästKom)',
    '10.30  Fika', '10.45  Trygghetslarm och digitalisering (Per Hansson, GR)', '',
    'Närvarande', 'Ale: Gunnel Rosén', 'Mölndal: Birgitta Hellberg', 'GR: Per Hansson', 'Gäst: Lena Kjellberg, VästKom', '',
    'Välkommen och presentationsrunda', 'Gunnel Rosén hälsade välkommen.', '',
    'Bättre liv för sjuka äldre – läget i GR-kommunerna', 'Lena Kjellberg, VästKom, gick igenom resultaten för satsningen.', '',
    'Trygghetslarm och digitalisering', 'Per Hansson informerade om digitala trygghetslarm.'].join('\n'));
  it('reads the attendance below the programme', () => {
    expect(x.attendees.map((a) => a.name)).toEqual(['Gunnel Rosén', 'Birgitta Hellberg', 'Per Hansson', 'Lena Kjellberg']);
  });
  it('takes the body lines that repeat the programme\'s entries for the items, with their presenters', () => {
    expect(x.agendaItems.map((i) => [i.title, i.presenters])).toEqual([
      ['Välkommen och presentationsrunda', ['Gunnel Rosén']],
      ['Bättre liv för sjuka äldre – läget i GR-kommunerna', ['Lena Kjellberg']],
      ['Trygghetslarm och digitalisering', ['Per Hansson']],
    ]);
  });
});

describe('a numbered "Dagordning" above the attendance list', () => {
  it('is the list of the items the body then writes out, not the items themselves', () => {
    const x = snippet(['IFO-chefsnätverket 2021-03-04', '', 'Dagordning', '1. Inledning', '2. Yrkesresan', '', 'Närvarande', 'Anna Berg, Ale', 'Per Ek, Lerum', '',
      '1. Inledning', 'Anna Berg hälsar välkommen.', '', '2. Yrkesresan', 'Per Ek berättar om Yrkesresan.'].join('\n'));
    expect(x.attendees.map((a) => a.name)).toEqual(['Anna Berg', 'Per Ek']);
    expect(x.agendaItems.map((i) => [i.number, i.title, i.presenters, i.line])).toEqual([['1', 'Inledning', ['Anna Berg'], 11], ['2', 'Yrkesresan', ['Per Ek'], 14]]);
  });
});

describe('OCR digits in names', () => {
  it('reads "J6rgen Larzon" in the list and the same damage in the text as the one person', () => {
    const x = snippet(['IFO-chefsnätverket 2023-03-24', '', 'Närvarande:', 'J6rgen Larzon, Géteborg', 'G6ran Hjertstrand, Mölndal', 'Per Ek, Lerum', '',
      '1. Inledning', 'J6rgen Larzon hälsar välkommen.'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.surface, a.affiliation])).toEqual([
      ['Jörgen Larzon', 'J6rgen Larzon', 'Göteborg'], ['Göran Hjertstrand', 'G6ran Hjertstrand', 'Mölndal'], ['Per Ek', 'Per Ek', 'Lerum'],
    ]);
    expect(x.peopleMentioned.map((m) => [m.name, m.surface])).toEqual([['Jörgen Larzon', 'J6rgen Larzon']]);
  });
  it('reads "LindeII" in the text as the listed person, not as a new "Karin Linde"', () => {
    const x = snippet(['IFO-chefsnätverket 2019-03-15', '', 'Närvarande:', 'Karin LindeII, Harryda', 'Per Ek, Lerum', '', '1. Uppföljning', 'Karin LindeII och Per Ek kommenterar.'].join('\n'));
    const listed = x.attendees.map((a) => a.name);
    expect(listed).toHaveLength(2);
    expect(x.peopleMentioned.map((m) => m.name)).toEqual(listed);
  });
});

describe('municipalities OCR damaged past the usual signs', () => {
  it('reads "Lerurn", "M6Indal" and "Kungaiv" in a note OCR has damaged', () => {
    const x = snippet(['Barnchefsn\uFFFDtverket 2016-04-21', '', 'N\uFFFDrvarande:', 'Monica Bondesson, Lerurn', 'Helen Smith, M6Indal', 'Lena Arnfelt, Kungaiv', '',
      '1. Inledning', 'M\uFFFDtet b\uFFFDrjar med en runda d\uFFFDr alla ber\uFFFDttar.'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Monica Bondesson', 'Lerum'], ['Helen Smith', 'Mölndal'], ['Lena Arnfelt', 'Kungälv']]);
  });
});
