import { describe, expect, it } from 'vitest';
import { parsePersonLine } from '../../../server/ingest/parse/person-line';
import { attendee, snippet, vocabulary } from './corpus-helpers';

describe('attendance layouts beyond the seed notes', () => {
  it('reads a markdown table of attendees with a role column', () => {
    const x = snippet([
      '# Anteckningar Barnchefsnätverket 2021-09-10', '', '## Närvarande', '',
      '| Namn | Kommun | Roll |', '|---|---|---|',
      '| Anna Svensson | Lerum | enhetschef |', '| Bo Ek | Partille | |', '| Karin Olsson | Göteborgs Stad | ordförande |', '',
      '## 1. Inledning', '', 'Anna Svensson hälsar välkommen.',
    ].join('\n'));
    expect(x.attendees.map((a) => a.name)).toEqual(['Anna Svensson', 'Bo Ek', 'Karin Olsson']);
    expect(attendee(x, 'Anna Svensson')).toMatchObject({ affiliation: 'Lerum', role: 'enhetschef' });
    expect(attendee(x, 'Karin Olsson')).toMatchObject({ affiliation: 'Göteborg', role: 'ordförande' });
    expect(x.meeting).toMatchObject({ date: '2021-09-10', networks: ['Barnchefsnätverket'] });
  });

  it('reads parenthesised affiliations', () => {
    const x = snippet(['Möte 12 oktober 2021', '', 'Närvarande:', 'Anna Svensson (Lerum)', 'Per Lind (Kungälv), Eva Berg (Ale)', '', '1. Rundan', 'Alla berättar.'].join('\n'));
    expect(attendee(x, 'Anna Svensson')?.affiliation).toBe('Lerum');
    expect(attendee(x, 'Per Lind')?.affiliation).toBe('Kungälv');
    expect(attendee(x, 'Eva Berg')?.affiliation).toBe('Ale');
    expect(x.meeting).toMatchObject({ date: '2021-10-12', datePrecision: 'day' });
  });

  it('reads a "Deltagare:" run on one line', () => {
    const x = snippet(['Anteckningar 2020-02-03', 'Deltagare: Anna Svensson, Lerum; Bo Ek, Ale; Karin Olsson', '', '**1. Mötet inleds**'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Anna Svensson', 'Lerum'], ['Bo Ek', 'Ale'], ['Karin Olsson', null]]);
  });

  it('reads roles next to names and alternating name/affiliation runs', () => {
    const x = snippet(['Närvarande', 'Anna Svensson, enhetschef, Lerum', 'Bo Ek, Ale, Lisa Holm, Tjörn', 'Karin Olsson, ordförande', '', '### 1. Inledning'].join('\n'));
    expect(attendee(x, 'Anna Svensson')).toMatchObject({ role: 'enhetschef', affiliation: 'Lerum' });
    expect(attendee(x, 'Bo Ek')?.affiliation).toBe('Ale');
    expect(attendee(x, 'Lisa Holm')?.affiliation).toBe('Tjörn');
    expect(attendee(x, 'Karin Olsson')).toMatchObject({ role: 'ordförande', affiliation: null });
  });

  it('skips people listed as absent', () => {
    const x = snippet(['Närvarande:', 'Anna Svensson, Lerum', '', 'Frånvarande:', 'Bo Ek, Ale', '', '1. Inledning'].join('\n'));
    expect(x.attendees.map((a) => a.name)).toEqual(['Anna Svensson']);
  });

  it('restores Swedish letters from knownNames and the first-name list', () => {
    const x = snippet(['Närvarande:', 'Hakan Lundstrom, Harryda', 'Asa Nilsson, Kungalv', '', '1. Inledning'].join('\n'), ['Håkan Lundström']);
    expect(attendee(x, 'Håkan Lundström')?.affiliation).toBe('Härryda');
    expect(attendee(x, 'Åsa Nilsson')?.affiliation).toBe('Kungälv');
  });

  it('tolerates U+FFFD and OCR bullets', () => {
    const x = snippet(['Närvarande:', 'Anna Svensson, Lerum', 'Bo Ek, G\uFFFDteborg', '', '¢ Mini-Maria', 'Ale och Kungälv deltar i Mini-Maria.'].join('\n'));
    expect(attendee(x, 'Bo Ek')?.affiliation).toBe('Göteborg');
    expect(x.projects[0]).toMatchObject({ name: 'Mini-Maria', municipalities: ['Ale', 'Kungälv'] });
    expect(x.warnings.some((w) => w.includes('U+FFFD'))).toBe(true);
  });
});

describe('dates and items in synthetic notes', () => {
  it('does not take a body date for the meeting date when the heading has none', () => {
    const x = snippet(['Närvarande:', 'Anna Svensson, Lerum', '', '1. Info', 'Beslutet togs 2020-12-11 av styrelsen, som har beslutat.', 'Nästa möte 20 januari 2021.'].join('\n'));
    expect(x.meeting.dateInferred).toBe(true);
    expect(x.meeting.date).toMatch(/^2020-12|^2021-01/);
  });

  it('reads "24 mars 2023" in a heading', () => {
    expect(snippet('Anteckningar IFO-chefsnätverket 24 mars 2023\n\nNärvarande:\nAnna Svensson, Lerum\n\n1. Inledning').meeting)
      .toMatchObject({ date: '2023-03-24', dateInferred: false, networks: ['IFO-chefsnätverket'] });
  });

  it('finds presenters after a verb and note-takers after "Vid anteckningarna"', () => {
    const x = snippet(['Närvarande:', 'Anna Svensson, Lerum', '', '## 2. Barnahus', 'Lisa Holm, Socialstyrelsen, presenterar Barnahus.', '', 'Vid anteckningarna,', 'Anna Svensson'].join('\n'));
    expect(x.agendaItems[0]).toMatchObject({ number: '2', title: 'Barnahus', presenters: ['Lisa Holm'], projects: ['Barnahus'] });
    expect(x.peopleMentioned.find((p) => p.name === 'Lisa Holm')?.affiliation).toBe('Socialstyrelsen');
    expect(x.noteTakers).toEqual(['Anna Svensson']);
  });
});

describe('genre line shapes', () => {
  const body = ['Närvarande:', 'Anna Svensson, Lerum', 'Bo Ek, Ale', '', '1. Inledning', 'Anna Svensson hälsar välkommen.', ''];
  it.each([
    ['Vid protokollet', 'Bo Ek, Ale'],
    ['Antecknare: Bo Ek'],
    ['Minnesanteckningar: Bo Ek'],
    ['Minutes taken by: Bo Ek'],
    ['Note taker: Bo Ek'],
  ])('finds the note-taker after "%s"', (...tail) => {
    expect(snippet([...body, ...tail].join('\n')).noteTakers).toEqual(['Bo Ek']);
  });

  it('finds a note-taker named in the header, above the attendance list', () => {
    const x = snippet(['Anteckningar 2024-01-24', 'Antecknat av: Bo Ek', '', ...body].join('\n'));
    expect(x.noteTakers).toEqual(['Bo Ek']);
    expect(x.agendaItems.map((i) => i.title)).toEqual(['Inledning']);
  });
});

describe('a surname that is also a municipality', () => {
  it('keeps "Johanna Lund, Kungälv" in the list and does not count Lund as a municipality', () => {
    const x = snippet(['Närvarande:', 'Anna Svensson, Lerum', 'Johanna Lund, Kungälv', 'Bo Ek, Ale', '', '1. Inledning', 'Johanna Lund berättar om läget.'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Anna Svensson', 'Lerum'], ['Johanna Lund', 'Kungälv'], ['Bo Ek', 'Ale']]);
    expect(x.municipalities).not.toContain('Lund');
    expect(x.agendaItems[0]?.municipalities).toEqual([]);
  });

  it('keeps "| Johanna Lund | Kungälv |" in an attendance table', () => {
    const x = snippet(['## Närvarande', '', '| Namn | Kommun |', '|---|---|', '| Johanna Lund | Kungälv |', '| Bo Ek | Ale |', '', '## 1. Inledning'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Johanna Lund', 'Kungälv'], ['Bo Ek', 'Ale']]);
  });

  it('still reads a lone place as the affiliation, not as a name', () => {
    const x = snippet(['Närvarande:', 'Anna Svensson, Lund', '', '1. Inledning'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Anna Svensson', 'Lund']]);
  });

  it('skips one unreadable line inside the attendance list', () => {
    const x = snippet(['Närvarande:', 'Anna Svensson, Lerum', 'se bilaga för övriga', 'Bo Ek, Ale', '', '1. Inledning'].join('\n'));
    expect(x.attendees.map((a) => a.name)).toEqual(['Anna Svensson', 'Bo Ek']);
  });
});

describe('English attendance headings', () => {
  it.each(['Apologies', 'Absent:', 'Regrets'])('starts at "Attendees" and skips people under "%s"', (absent) => {
    const x = snippet(['# Meeting notes 2023-03-08', '', 'Participants', '- Anna Svensson (Lerum)', '', absent, '- Bo Ek (Ale)', '', '## 1. Welcome'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation, a.group])).toEqual([['Anna Svensson', 'Lerum', null]]);
  });
});

describe('roles next to the affiliation', () => {
  it('reads "Name, Ale (ordförande)" and "Name, processledare GR" as roles, not units', () => {
    const x = snippet(['Närvarande:', 'Marie Hallberg, Ale (ordförande)', 'Cecilia Axelsson, processledare GR', 'Anna Svensson, Lerum (IFO)', '', '1. Inledning'].join('\n'));
    expect(attendee(x, 'Marie Hallberg')).toMatchObject({ affiliation: 'Ale', role: 'ordförande', unit: null });
    expect(attendee(x, 'Cecilia Axelsson')).toMatchObject({ affiliation: 'GR', role: 'processledare', unit: null });
    expect(attendee(x, 'Anna Svensson')).toMatchObject({ affiliation: 'Lerum', role: null, unit: 'IFO' });
  });
});

describe('municipality headings', () => {
  it('gives the names below "Kungsbacka:" that municipality, up to a blank line or a line with its own', () => {
    const x = snippet(['Närvarande', '', 'Göteborgs Stad:', 'Anna Svensson', 'Bo Ek', '', 'Eva Berg', '', 'Kungsbacka:', 'Lisa Holm', 'Per Lind, Ale', 'Karin Olsson', '', '1. Inledning'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([
      ['Anna Svensson', 'Göteborg'], ['Bo Ek', 'Göteborg'], ['Eva Berg', null], ['Lisa Holm', 'Kungsbacka'], ['Per Lind', 'Ale'], ['Karin Olsson', null],
    ]);
    expect(x.municipalities).toEqual(expect.arrayContaining(['Göteborg', 'Kungsbacka', 'Ale']));
  });
});

describe('heading dates', () => {
  it.each([
    ['Anteckningar från nätverksmöte 14/9 2022, Lerums kommunhus', '2022-09-14'],
    ['**Date:** 8 March 2023', '2023-03-08'],
    ['Meeting notes, 3 October 2022', '2022-10-03'],
    ['Date: March 8, 2023', '2023-03-08'],
  ])('reads "%s"', (heading, date) => {
    expect(snippet([heading, '', 'Närvarande:', 'Anna Svensson, Lerum', '', '1. Inledning'].join('\n')).meeting)
      .toMatchObject({ date, dateInferred: false, datePrecision: 'day' });
  });
});

describe('municipalities taking part in a project', () => {
  const note = (...body: string[]) => snippet(['Närvarande:', 'Anna Svensson, Lerum', '', ...body].join('\n'));
  const taking = (x: ReturnType<typeof snippet>, name: string) => x.projects.find((p) => p.name === name)?.municipalities;
  it('reads a sentence wrapped over lines, with a hyphenated break', () => {
    const x = note('1. Yrkesresan', 'Anna Svensson informerar om Yrkes-', 'resan. Ale, Kungälv och Tjörn', 'har anmält deltagare.');
    expect(taking(x, 'Yrkesresan')).toEqual(['Ale', 'Kungälv', 'Tjörn']);
  });
  it('reads "deltog:", "startar <projekt>" and an OCR-damaged verb', () => {
    expect(taking(note('1. Förstudie Ekonomiskt bistånd', 'Sju kommuner deltog: Ale, Lerum och Partille.'), 'Förstudie Ekonomiskt bistånd')).toEqual(['Ale', 'Lerum', 'Partille']);
    expect(taking(note('1. Skolan', 'Lerum och Ale startar SkolFam-team under 2023.'), 'SkolFam')).toEqual(['Lerum', 'Ale']);
    expect(taking(note('1. Mini-Maria', 'Ale och Tjörn har anm\uFFFDlt nya deltagare till Mini-Maria.'), 'Mini-Maria')).toEqual(['Ale', 'Tjörn']);
  });
  it('reads "<projekt> i A och B" but not the speaker\'s own municipality', () => {
    const x = note('1. Unga', 'Anna Svensson, Lerum, berättar om Mini-Maria i Mölndal och Härryda.');
    expect(taking(x, 'Mini-Maria')).toEqual(['Mölndal', 'Härryda']);
  });
});

describe('presenting verbs', () => {
  it.each(['redovisar', 'redovisade', 'ber\uFFFDttar', 'ber„ttar'])('"Lisa Holm, Ale, %s ..." presents the item', (verb) => {
    const x = snippet(['Närvarande:', 'Lisa Holm, Ale', '', '## 2. Ekonomiskt bistånd', `Lisa Holm, Ale, ${verb} om kostnaderna.`].join('\n'));
    expect(x.agendaItems[0]?.presenters).toEqual(['Lisa Holm']);
  });
});

describe('presenter markers in the attendance list', () => {
  it('reads "(punkt 4)" after the affiliation', () => {
    const x = snippet(['Närvarande', 'Lina Granlund, Göteborgs Stad (punkt 4)', 'Bo Ek, Ale', '', '4. SAV', 'Om avhoppare.'].join('\n'));
    expect(attendee(x, 'Lina Granlund')).toMatchObject({ affiliation: 'Göteborg', presentsItems: ['4'], unit: null });
    expect(x.agendaItems[0]?.presenters).toEqual(['Lina Granlund']);
  });
});

describe('meeting location', () => {
  it.each([
    ['**Venue:** GR, room Femman', 'GR, room Femman'],
    ['Anteckningar från nätverksmöte 14/9 2022, Lerums kommunhus', 'Lerums kommunhus'],
    ['Minnesanteckningar från mötet 14 sept 2023, kl. 9–12', null],
    ['Möte den 4 mars 2021 kl. 9.00–12.00 i Alingsås, Stadshuset', 'Alingsås, Stadshuset'],
    ['Mötesplats: Alingsås stadshus, sal Kristina', 'Alingsås stadshus, sal Kristina'],
    ['**Plats:** Kungälvs stadshus, kl. 09.00–15.00', 'Kungälvs stadshus'],
    ['Mötesplats IFO 2022 – planering', null],
    ['PIats: GR, lokal Ettan', 'GR, lokal Ettan'],
  ])('reads "%s"', (heading, location) => {
    expect(snippet(['Anteckningar 2022-09-14', heading, '', 'Närvarande:', 'Anna Svensson, Lerum', '', '1. Inledning'].join('\n')).meeting.location).toBe(location);
  });
});

describe('absent sections', () => {
  it('reads a second table under "Frånvarande" with its own header as absent', () => {
    const x = snippet(['## Närvarande', '', '| Namn | Kommun | Roll |', '|---|---|---|', '| Anna Svensson | Lerum | |', '',
      '## Frånvarande', '', '| Namn | Kommun |', '|---|---|', '| Bo Ek | Ale |', '', '## 1. Inledning', 'Anna Svensson hälsar välkommen.'].join('\n'));
    expect(x.attendees.map((a) => a.name)).toEqual(['Anna Svensson']);
    expect(x.peopleMentioned.map((m) => m.name)).not.toContain('Bo Ek');
  });

  it('reads an OCR-damaged one-line absent run', () => {
    const x = snippet(['Närvarande:', 'Anna Svensson, Lerum', '', 'Anm\uFFFDlt f\uFFFDrhinder: Bo Ek, Ale, och Eva Berg, Tjörn.', '', '1. Inledning', 'Anna Svensson hälsar välkommen.'].join('\n'));
    expect(x.attendees.map((a) => a.name)).toEqual(['Anna Svensson']);
    expect(x.peopleMentioned.map((m) => m.name)).toEqual(['Anna Svensson']);
  });
});

describe('attendance runs, labelled lines and guests', () => {
  it('reads a "Deltagare:" paragraph: names joined by och/samt share a note, and "Från GR deltog …" gives GR', () => {
    const x = snippet([
      'Anteckningar – Socialchefsnätverket 2024-10-18', '',
      'Deltagare: Ebba Gierow (Ale), Karin Björk och Lars Wennerström (Göteborgs Stad), Rickard Persson (Stenungsund) samt Malin Tisell (Öckerö). Från GR deltog Cecilia Axelsson, nätverksledare, och Margareta Forsberg, FoU-chef vid FoU i Väst.', '',
      'Punkt 1. Inledning', 'Ebba Gierow hälsar välkommen.',
    ].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([
      ['Ebba Gierow', 'Ale'], ['Karin Björk', 'Göteborg'], ['Lars Wennerström', 'Göteborg'], ['Rickard Persson', 'Stenungsund'],
      ['Malin Tisell', 'Öckerö'], ['Cecilia Axelsson', 'GR'], ['Margareta Forsberg', 'FoU i Väst'],
    ]);
    expect(attendee(x, 'Cecilia Axelsson')?.role).toBe('nätverksledare');
  });

  it('keeps a list whole when "och" belongs to an affiliation rather than joining names', () => {
    const x = snippet(['Närvarande:', 'Anna Berg och Per Ek, Lerum', 'Eva Holm, Vård och omsorg, Ale', '', '1. Inledning'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Anna Berg', 'Lerum'], ['Per Ek', 'Lerum'], ['Eva Holm', 'Vård och omsorg']]);
  });

  it('reads lines of people under a municipality or organisation label ("Ale: A, B", "Från GR: C")', () => {
    const x = snippet([
      'BARNCHEFSNÄTVERKET – ANTECKNINGAR 2025-01-17', '', 'Deltagare',
      'Ale: Sofia Andersson, Mikael Ek', 'Alingsås: Hanna Lund', 'Göteborg: Pia Lindholm (Nordost), Johan Falk (Centrum)',
      'Från GR: Cecilia Axelsson (nätverksledare), Elisabeth Beijer', 'FoU i Väst: Anna Melke', '', 'Frånvarande: Lilla Edet, Tjörn', '',
      '**Inledning och runda**', 'Flera kommuner rapporterar ökat antal orosanmälningar.',
    ].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([
      ['Sofia Andersson', 'Ale'], ['Mikael Ek', 'Ale'], ['Hanna Lund', 'Alingsås'], ['Pia Lindholm', 'Göteborg'], ['Johan Falk', 'Göteborg'],
      ['Cecilia Axelsson', 'GR'], ['Elisabeth Beijer', 'GR'], ['Anna Melke', 'FoU i Väst'],
    ]);
    expect(attendee(x, 'Cecilia Axelsson')?.role).toBe('nätverksledare');
    // "Lund" is Hanna Lund's surname here, not a place the note mentions.
    expect(x.municipalities).not.toContain('Lund');
  });

  it('takes invited guests as attendees with the items they present ("§ 4", "(punkt 3)")', () => {
    const x = snippet([
      'Minnesanteckningar FH-chefsnätverket 14 mars 2024', '', 'Närvarande:', 'Taija Holmberg, Ale (ordf.)', 'Cecilia Axelsson, GR (sekr.)', '',
      'Förhinder: Angelica Francisca, Öckerö', '', 'Inbjudna:', 'Johanna Strand, SKR, § 4', 'Jenny Rehman, FoU i Väst, § 5', '',
      'Gäster: Sofia Lindgren, Socialstyrelsen (punkt 3), Karl Berg, Regionhälsan (punkt 6)', '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.',
    ].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation, a.presentsItems ?? []])).toEqual([
      ['Taija Holmberg', 'Ale', []], ['Cecilia Axelsson', 'GR', []], ['Johanna Strand', 'SKR', ['4']], ['Jenny Rehman', 'FoU i Väst', ['5']],
      ['Sofia Lindgren', 'Socialstyrelsen', ['3']], ['Karl Berg', 'Regionhälsan', ['6']],
    ]);
    expect(attendee(x, 'Cecilia Axelsson')?.role).toBe('sekr.');
    expect(attendee(x, 'Johanna Strand')?.group).toBe('Inbjudna');
  });
});

describe('addresses', () => {
  it('does not take a street named after a person for a person', () => {
    const x = snippet(['Anteckningar Barnchefsnätverket 2025-01-17', 'Plats: GR, Anders Personsgatan 8', '', 'Närvarande:', 'Anna Svensson, Lerum', '',
      '1. Kommande möten', 'Nästa möte hålls på Erik Dahlbergsgatan 3. Anna Svensson bjuder in.'].join('\n'));
    const people = [...x.attendees, ...x.peopleMentioned].map((p) => p.name);
    expect(people).toContain('Anna Svensson');
    expect(people).not.toContain('Anders Personsgatan');
    expect(people).not.toContain('Erik Dahlbergsgatan');
  });
});

describe('"Anteckningar: <name>"', () => {
  it('reads the note-taker at the end of the note, but not from a title of that form', () => {
    const body = ['', 'Närvarande:', 'Anna Svensson, Lerum', 'Bo Ek, Ale', '', '1. Inledning', 'Anna Svensson hälsar välkommen.', ''];
    expect(snippet(['Anteckningar: Socialchefsnätverket 2024-10-18', ...body, 'Anteckningar: Bo Ek'].join('\n')).noteTakers).toEqual(['Bo Ek']);
    expect(snippet(['Anteckningar: Socialchefsnätverket 2024-10-18', ...body].join('\n')).noteTakers).toEqual([]);
  });
});

describe('a note signed without a label', () => {
  const body = ['Anteckningar IFO-chefsnätverket 2021-03-04', '', 'Närvarande:', 'Anna Berg, GR', 'Per Ek, Lerum', 'Cecilia Axelsson, GR', '', '1. Inledning', 'Inget.'];
  const signed = (...end: string[]) => snippet([...body, ...end].join('\n'));
  it.each([
    [['', '/Cecilia Axelsson'], 'Cecilia Axelsson'],
    [['', '/Anna Berg, GR'], 'Anna Berg'],
    [['', 'Göteborg 2021-03-10', 'Cecilia Axelsson'], 'Cecilia Axelsson'],
    [['', 'Anna Berg', 'processledare, GR'], 'Anna Berg'],
    [['', 'Med vänlig hälsning', 'Anna Berg'], 'Anna Berg'],
    [['Antecknat av Anna Berg 2021-03-05'], 'Anna Berg'],
  ])('%j is signed by %s', (end, name) => {
    const x = signed(...end);
    expect(x.noteTakers).toEqual([name]);
    expect(x.peopleMentioned.filter((m) => m.name === name).map((m) => m.role)).toEqual(['note-taker']);
  });
  it('is no signature when the name ends the last item\'s text or stands in a list', () => {
    expect(signed('Per Ek').noteTakers).toEqual([]);
    expect(signed('', '- Per Ek', '- Anna Berg').noteTakers).toEqual([]);
    expect(signed('', 'Tack för idag.').noteTakers).toEqual([]);
  });
});

describe('English attendance lines', () => {
  it.each([
    ['Iréne Blomqvist, Head of Individual and Family Care, Ale Municipality', 'Iréne Blomqvist', 'Ale', 'Head of Individual and Family Care'],
    ['Karita Björk, Head of Service, City of Göteborg', 'Karita Björk', 'Göteborg', 'Head of Service'],
    ['Dr Anna Melke, Ale', 'Anna Melke', 'Ale', 'Dr'],
    ['Prof. Maria Nilsson, Lerum', 'Maria Nilsson', 'Lerum', 'Prof.'],
  ])('%s', (line, name, affiliation, role) => {
    expect(parsePersonLine(line, vocabulary)).toEqual([expect.objectContaining({ surface: name, affiliation: expect.objectContaining({ name: affiliation, kind: 'municipality' }), role, unit: null })]);
  });
  it("takes \"Children's Hearings Scotland\" for the organisation, not a second person", () => {
    expect(parsePersonLine("Claire Docherty, Children's Hearings Scotland", vocabulary)).toEqual([
      expect.objectContaining({ surface: 'Claire Docherty', affiliation: expect.objectContaining({ name: "Children's Hearings Scotland", kind: 'organisation' }) }),
    ]);
  });
});

describe('title and place in the header', () => {
  it('skips a letterhead above the title and reads a place after the time', () => {
    const x = snippet(['GÖTEBORGSREGIONEN', 'Nätverket för chefer inom funktionsstöd', '', '2024-05-23, kl. 09.30–15.00, Lindholmen Conference Centre', '',
      'Närvarande:', 'Anna Svensson, Lerum', '', '1. Inledning', 'Anna Svensson hälsar välkommen.'].join('\n'));
    expect(x.meeting).toMatchObject({ title: 'Nätverket för chefer inom funktionsstöd', location: 'Lindholmen Conference Centre', date: '2024-05-23' });
  });

  it('keeps a title in capitals that names the network', () => {
    const x = snippet(['BARNCHEFSNÄTVERKET', 'Anteckningar 2025-01-17', '', 'Närvarande:', 'Anna Svensson, Lerum', '', '1. Inledning', 'Text.'].join('\n'));
    expect(x.meeting.title).toBe('BARNCHEFSNÄTVERKET');
  });
});

describe('two attendees of one name', () => {
  it('keeps people of the same name from different places apart, and one person listed twice as one', () => {
    const x = snippet(['Barnchefsnätverket 2025-01-17', '', 'Deltagare', 'Kungälv: Anna Larsson', 'VGR: Anna Larsson (BUP)', 'IFO: Bo Ek, Lerum', 'FH: Bo Ek, Lerum', '',
      '**Inledning**', 'Anna Larsson från BUP berättar om konsultstödet.'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Anna Larsson', 'Kungälv'], ['Anna Larsson', 'Barnpsykiatrin'], ['Bo Ek', 'Lerum']]);
  });
});

describe('group headings without a colon', () => {
  const x = snippet([
    '**Gemensamt möte Barnchefsnätverket 2026-01-22**', '', '**Deltagare**', '',
    'Kungälv', '- Hanna Sjöström', '- Erik Lund', '', 'Mölndals stad', '- Josefin Carlsson, enhetschef', '',
    'Övriga', '- Amir Hosseini, Socialstyrelsen', '- Therese Wallgren, GR', '',
    '**1. Välkommen**', 'Therese hälsar välkommen.',
  ].join('\n'));
  it('reads a place alone on its line as the heading of the names below it', () => {
    expect(x.attendees.map((a) => [a.name, a.affiliation, a.group])).toEqual([
      ['Hanna Sjöström', 'Kungälv', 'Kungälv'], ['Erik Lund', 'Kungälv', 'Kungälv'], ['Josefin Carlsson', 'Mölndal', 'Mölndals stad'],
      ['Amir Hosseini', 'Socialstyrelsen', 'Övriga'], ['Therese Wallgren', 'GR', 'Övriga'],
    ]);
    expect(attendee(x, 'Josefin Carlsson')?.role).toBe('enhetschef');
  });
  it('reads a network group label alone on its line as a group', () => {
    const y = snippet(['Närvarande', '', 'Funktionsstöd', 'Anna Svensson, Lerum', 'Bo Ek, Ale', '', 'IFO', 'Lisa Holm, Tjörn', '', '1. Inledning', 'Text.'].join('\n'));
    expect(y.attendees.map((a) => [a.name, a.group])).toEqual([['Anna Svensson', 'Funktionsstöd'], ['Bo Ek', 'Funktionsstöd'], ['Lisa Holm', 'IFO']]);
    expect(y.meeting.networks).toEqual(['IFO-chefsnätverket', 'FH-chefsnätverket']);
  });
  it('does not take a person line for a heading', () => {
    const y = snippet(['Närvarande', 'Anna Svensson', 'Bo Ek, Ale', '', '1. Inledning', 'Text.'].join('\n'));
    expect(y.attendees.map((a) => [a.name, a.group])).toEqual([['Anna Svensson', null], ['Bo Ek', null]]);
  });
});

describe('what counts as OCR damage', () => {
  it('keeps é in names a clean short note writes on purpose ("Helén", "Rydén")', () => {
    const x = snippet(['Närvarande:', 'Helén Ström, Härryda', 'Maja Rydén, GR', 'Bo Ek, Ale', '', '1. Inledning', 'Maja Rydén hälsar välkommen.'].join('\n'));
    expect(x.attendees.map((a) => a.name)).toEqual(['Helén Ström', 'Maja Rydén', 'Bo Ek']);
  });
  it('still reads an é inside a word as a lost ö in an OCR\'d note', () => {
    const x = snippet(['Néarvarande:', 'Ann Térnqvist, Kungsbacka', 'Bo Ek, Géteborg', '', '1. Inledning', 'Text.'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Ann Törnqvist', 'Kungsbacka'], ['Bo Ek', 'Göteborg']]);
  });
});

describe('titles under an OCR\'d logo', () => {
  it('skips a line of logo junk alone above the title', () => {
    const x = snippet(['GR G UT E B 0 R GS', 'REGIONEN', '', 'Anteckningar fran natverksmote IFO-chefsnatverket', '', 'Närvarande:', 'Anna Svensson, Lerum', '', '1. Inledning', 'Text.'].join('\n'));
    expect(x.meeting.title).toBe('Anteckningar fran natverksmote IFO-chefsnatverket');
  });
  it('still cuts the junk off the end of a title line', () => {
    const x = snippet(['Anteckningar natverksmote Lerum GR G UT E B 0 R GS', '', 'Närvarande:', 'Anna Svensson, Lerum', '', '1. Inledning', 'Text.'].join('\n'));
    expect(x.meeting.title).toBe('Anteckningar natverksmote Lerum');
  });
});

describe('surnames that are places, in attendance sentences', () => {
  it('"Från GR deltog Stina Lund och Ola Nord." after a "Deltagare:" run', () => {
    const x = snippet(['Anteckningar 2023-05-12', '**Deltagare:** Karin Ström, Härryda; Per Olsson, Alingsås. Från GR deltog Stina Lund och Ola Nord.', '', '### 1. Inledning', 'Text.'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Karin Ström', 'Härryda'], ['Per Olsson', 'Alingsås'], ['Stina Lund', 'GR'], ['Ola Nord', 'GR']]);
  });
  it('"Stina Lund, Ola Nord, GR": the shared affiliation after the last name', () => {
    const x = snippet(['Närvarande:', 'Stina Lund, Ola Nord, GR', 'Bo Ek, Ale', '', '1. Inledning', 'Text.'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Stina Lund', 'GR'], ['Ola Nord', 'GR'], ['Bo Ek', 'Ale']]);
  });
  it('"Ale och Lilla Edet" is still no pair of names', () => {
    const x = snippet(['Närvarande:', 'Bo Ek, Ale och Lilla Edet', '', '1. Inledning', 'Text.'].join('\n'));
    expect(x.attendees.map((a) => a.name)).toEqual(['Bo Ek']);
  });
});

describe('plain-text headings when a note has no other structure', () => {
  const body = (...more: string[]) => snippet(['Anteckningar IFO-chefsnätverket 2019-10-02', '', 'Närvarande:', 'Henrik Ahl, GR', 'Emma Strand, Öckerö', '', ...more].join('\n'));
  it('reads short lines between paragraphs as unnumbered items', () => {
    const x = body('Inledning', 'Emma Strand öppnade mötet och hälsade alla välkomna.', '', 'Yrkesresan', 'Henrik Ahl berättade om Yrkesresan.', '', 'Nästa möte', 'Nästa nätverksmöte 24 oktober.');
    expect(x.agendaItems.map((i) => [i.title, i.kind])).toEqual([['Inledning', 'heading'], ['Yrkesresan', 'heading'], ['Nästa möte', 'heading']]);
    expect(x.agendaItems[1]).toMatchObject({ presenters: ['Henrik Ahl'], projects: ['Yrkesresan'] });
  });
  it('takes none from a note that has numbered items, or only one such line', () => {
    expect(body('1. Inledning', 'Text om läget.', '', 'Yrkesresan', 'Henrik Ahl berättade om Yrkesresan.').agendaItems.map((i) => i.title)).toEqual(['Inledning']);
    expect(body('Yrkesresan', 'Henrik Ahl berättade om Yrkesresan.', '', 'Alla var nöjda med dagen.').agendaItems).toEqual([]);
  });
});

describe('other forms of the guest heading', () => {
  it('"Gäst: Name, Org (punkt 2)" below the list is an attendee under "Gäster"', () => {
    const x = snippet(['Deltagare', 'Ylva Brink, Ale, enhetschef', 'Olle Hammar, GR', '', 'Gäst: Sara Lindqvist, Socialstyrelsen (punkt 2)', '', '1. Inledning', 'Text.', '', '2. Barnahus', 'Text.'].join('\n'));
    expect(attendee(x, 'Sara Lindqvist')).toMatchObject({ affiliation: 'Socialstyrelsen', group: 'Gäster', presentsItems: ['2'] });
    expect(x.agendaItems.find((i) => i.number === '2')?.presenters).toEqual(['Sara Lindqvist']);
  });
});

describe('a generic first line', () => {
  it('gives the title to the line below "Anteckningar"', () => {
    const x = snippet(['# Anteckningar', '', 'Nätverksträff för IFO-chefsnätverket, den 5 mars 2020 på GR', '', '## Närvarande', '- Ida Krantz, GR', '- Bo Ek, Ale', '', '## 1. Inledning', 'Text.'].join('\n'));
    expect(x.meeting.title).toBe('Nätverksträff för IFO-chefsnätverket, den 5 mars 2020 på GR');
  });
  it('keeps "Anteckningar" when only labelled lines follow', () => {
    const x = snippet(['Anteckningar', 'Datum: 2020-03-05', '', 'Närvarande:', 'Ida Krantz, GR', 'Bo Ek, Ale', '', '1. Inledning', 'Text.'].join('\n'));
    expect(x.meeting.title).toBe('Anteckningar');
  });
});

describe('attendance lines with a role and a unit after the affiliation', () => {
  const x = snippet([
    'Anteckningar IFO-chefsnätverket 2023-05-11', '', 'Närvarande:',
    'Eva Lund, Ale', 'Anna Berg, Ale, enhetschef, Barn och familj', 'Maja Ros – Ale, enhetschef, Barn och familj',
    'Karin Nord, Ale, enhetschef, Vuxenenheten', 'Olle Sten, Lerum', 'Greta Bo – Länsstyrelsen, utvecklingsledare',
    'Ida Lund – Länsstyrelsen, utvecklingsledare', 'Lerum – Per Lund, Stina Ahl', '',
    '1. Runda', 'Eva Lund berättade om läget i Ale.',
  ].join('\n'));
  it('reads every line, so none ends the list early', () => {
    expect(x.attendees.map((a) => [a.name, a.affiliation, a.role, a.unit])).toEqual([
      ['Eva Lund', 'Ale', null, null], ['Anna Berg', 'Ale', 'enhetschef', 'Barn och familj'], ['Maja Ros', 'Ale', 'enhetschef', 'Barn och familj'],
      ['Karin Nord', 'Ale', 'enhetschef', 'Vuxenenheten'], ['Olle Sten', 'Lerum', null, null], ['Greta Bo', 'Länsstyrelsen', 'utvecklingsledare', null],
      ['Ida Lund', 'Länsstyrelsen', 'utvecklingsledare', null], ['Per Lund', 'Lerum', null, null], ['Stina Ahl', 'Lerum', null, null],
    ]);
  });
});

describe('attendance entries wrapped onto the next line (OCR, PDF export)', () => {
  const x = snippet([
    'Anteckningar 2021-04-13', '', 'Deltagare', '', 'Socialchefer',
    'Rickard Claesson (Kungälv), Rickard Jansson (Stenungsund), Camilla', 'Hedlund (Tjörn), Peter Kahraman (Öckerö kommun)', '',
    'Funktionsstöd', 'Mattias Eriksson (Alingsås), Henrik Wikström', '(Lilla Edet), Andreas Holmberg (Tjörn)', '',
    '1. Inledning', 'Text.',
  ].join('\n'));
  it('joins the two lines into one entry', () => {
    expect(x.attendees.map((a) => [a.name, a.affiliation, a.group])).toEqual([
      ['Rickard Claesson', 'Kungälv', 'Socialchefer'], ['Rickard Jansson', 'Stenungsund', 'Socialchefer'],
      ['Camilla Hedlund', 'Tjörn', 'Socialchefer'], ['Peter Kahraman', 'Öckerö', 'Socialchefer'],
      ['Mattias Eriksson', 'Alingsås', 'Funktionsstöd'], ['Henrik Wikström', 'Lilla Edet', 'Funktionsstöd'], ['Andreas Holmberg', 'Tjörn', 'Funktionsstöd'],
    ]);
  });
  it('leaves lines that read on their own apart', () => {
    const y = snippet(['Närvarande:', 'Anna Svensson, Lerum', 'Bo Ek, Ale', '', '1. Inledning', 'Text.'].join('\n'));
    expect(y.attendees.map((a) => [a.name, a.line])).toEqual([['Anna Svensson', 2], ['Bo Ek', 3]]);
  });
});

describe('OCR reading ö and å as d', () => {
  // é's inside words make the note OCR'd, as scanned notes are.
  const x = snippet(['Gemensamt méte fér nétverken 2021-04-13', '', 'Néarvarande:', 'Jdrgen Larzon, Géteborg', 'Olle Nordstrdm, Alingsas', 'Gdran Sjdberg, Ale', 'Edvard Dahl, Lerum', '', '1. Inledning', 'Text.'].join('\n'));
  it('restores the Swedish letter where a known name or surname element has it', () => {
    expect(x.attendees.map((a) => a.name)).toEqual(['Jörgen Larzon', 'Olle Nordström', 'Göran Sjöberg', 'Edvard Dahl']);
  });
  it('leaves the d of a clean note alone', () => {
    const y = snippet(['Närvarande:', 'Jdrgen Nordstrdm, Lerum', 'Bo Ek, Ale', '', '1. Inledning', 'Text.'].join('\n'));
    expect(y.attendees[0]?.name).toBe('Jdrgen Nordstrdm');
  });
});

describe('common surname elements without their Swedish letters', () => {
  it.each([
    ['Tomas Akesson', 'Tomas Åkesson'], ['Andreas Hakansson', 'Andreas Håkansson'], ['Marie Martensson', 'Marie Mårtensson'],
    ['Natalja Mansson', 'Natalja Månsson'], ['Rickard Palsson', 'Rickard Pålsson'], ['Mattias Lofgren', 'Mattias Löfgren'],
    ['Sara Astrom', 'Sara Åström'], ['Christian Oberg', 'Christian Öberg'], ['Ase Ohman', 'Åse Öhman'],
  ])('%s → %s', (written, restored) => {
    const x = snippet(['Närvarande:', `${written}, Lerum`, 'Bo Ek, Ale', '', '1. Inledning', 'Text.'].join('\n'));
    expect(x.attendees[0]?.name).toBe(restored);
  });
  it('leaves names that only contain the letters alone', () => {
    const x = snippet(['Närvarande:', 'Anna Doberg, Lerum', 'Bo Ekmansson, Ale', '', '1. Inledning', 'Text.'].join('\n'));
    expect(x.attendees.map((a) => a.name)).toEqual(['Anna Doberg', 'Bo Ekmansson']);
  });
});

describe('attendance columns aligned with tabs or spaces', () => {
  it('reads "Name<TAB>Place<TAB>role" as "Name, Place, role"', () => {
    const x = snippet(['Anteckningar 2021-03-04', '', 'Närvarande:', 'Anna Ek\tAle\tenhetschef', 'Bo Strand\t\tLerum', 'Cecilia Holm     Tjörn', '', '1. Inledning', 'Text.'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation, a.role])).toEqual([['Anna Ek', 'Ale', 'enhetschef'], ['Bo Strand', 'Lerum', null], ['Cecilia Holm', 'Tjörn', null]]);
  });
  it('leaves a line that reads as it is alone', () => {
    const x = snippet(['Närvarande:', 'Anna Ek, Ale  ', 'Bo Strand,  Lerum', '', '1. Inledning', 'Text.'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Anna Ek', 'Ale'], ['Bo Strand', 'Lerum']]);
  });
});

describe('the agenda\'s own heading', () => {
  const note = (...agenda: string[]) => snippet(['# Minnesanteckningar FH-nätverket 2023-05-11', '', '## Närvarande', '- Henrik Ahl, GR', '- Emma Strand, Öckerö', '', ...agenda].join('\n'));
  it('is no item of its own above numbered items', () => {
    const x = note('## Agenda', '', '### 1. Välkommen', 'Emma Strand hälsade välkommen.', '', '### 2. Yrkesresan', 'Henrik Ahl berättade om Yrkesresan.');
    expect(x.agendaItems.map((i) => [i.number, i.title])).toEqual([['1', 'Välkommen'], ['2', 'Yrkesresan']]);
  });
  it('is none either as a bold label with a colon, in Swedish', () => {
    const x = note('**Dagordning:**', '', '**1. Välkommen**', 'Emma Strand hälsade välkommen.', '', '**2. Nästa möte**', 'Den 7 juni.');
    expect(x.agendaItems.map((i) => i.title)).toEqual(['Välkommen', 'Nästa möte']);
  });
  it('is kept as the one item when nothing else divides the body', () => {
    const x = note('## Agenda', 'Emma Strand hälsade välkommen och Henrik Ahl berättade om Yrkesresan.');
    expect(x.agendaItems.map((i) => i.title)).toEqual(['Agenda']);
  });
});

describe('a header with attendance, way of taking part and note-taker on labelled lines', () => {
  const header = (...more: string[]) =>
    snippet([
      'Minnesanteckningar – Nätverket för socialchefer i Göteborgsregionen', 'Tisdag den 14 mars 2023, kl. 13.00–16.00', '',
      'Deltagare: Anna Berg (Mölndal); Per Ek, Partille; Lena Holm, Härryda', 'Via Teams: Johan Åberg, Kungsbacka, Maria Nyström, Tjörn',
      ...more,
      '', '1) Inledning', 'Anna Berg hälsade välkommen.', '', '2) Mini-Maria', 'Lena Holm redovisade läget för Mini-Maria.', '', '3) Övriga frågor', 'Inga.',
    ].join('\n'));
  it('reads "Via Teams: A, Kungsbacka, B, Tjörn" as attendees who took part that way', () => {
    const x = header('Sekreterare: Eva Sund, GR');
    expect(x.attendees.slice(3).map((a) => [a.name, a.affiliation, a.attendance])).toEqual([['Johan Åberg', 'Kungsbacka', 'Via Teams'], ['Maria Nyström', 'Tjörn', 'Via Teams'], ['Eva Sund', 'GR', undefined]]);
  });
  it('keeps the items below a note-taker line that stands above them', () => {
    const x = header('', 'Mötet leddes av Anna Berg.', 'Antecknare: Eva Sund, GR');
    expect(x.agendaItems.map((i) => i.title)).toEqual(['Inledning', 'Mini-Maria', 'Övriga frågor']);
    expect(x.agendaItems[1]).toMatchObject({ presenters: ['Lena Holm'], projects: ['Mini-Maria'] });
    expect(x.peopleMentioned.filter((p) => p.name === 'Eva Sund').map((p) => p.role)).toEqual(['note-taker']);
  });
});

describe('a network named by the meeting kind and its field', () => {
  it('reads "nätverksträff Funktionsstöd" in the title as the FH network', () => {
    const x = snippet(['# Protokoll nätverksträff Funktionsstöd', '', '**Datum:** 8 november 2022', '', '**Närvarande**', '- Anna Ek, Alingsås', '- Cecilia Wik, Lerum', '', '§ 1 Mötets öppnande', 'Anna Ek öppnade mötet.'].join('\n'));
    expect(x.meeting).toMatchObject({ networks: ['FH-chefsnätverket'], networksInferred: false, date: '2022-11-08' });
  });
});

describe('an English note with a participants table', () => {
  const x = snippet([
    'IFO network meeting – minutes', 'Date: 12 October 2022', '', 'Participants',
    '| Name | Organization | Role |', '|---|---|---|', '| Karin Nilsson | Partille | Head of IFO |', '| Hanna Lund | GR | Process manager |', '| Omar Haddad | Göteborgs universitet | Researcher |', '',
    'Agenda', '1. Welcome', 'Karin Nilsson welcomed everyone.', '2. Mini-Maria', 'Partille takes part in Mini-Maria since 2020. Omar Haddad presented the evaluation.', '3. AOB', 'None.', '',
    'Minutes taken by Hanna Lund',
  ].join('\n'));
  it('reads the Organization and Role columns', () => {
    expect(x.attendees.map((a) => [a.name, a.affiliation, a.role])).toEqual([['Karin Nilsson', 'Partille', 'Head of IFO'], ['Hanna Lund', 'GR', 'Process manager'], ['Omar Haddad', 'Göteborgs universitet', 'Researcher']]);
  });
  it('takes the people before "presented", "welcomed" for presenters', () => {
    expect(x.agendaItems.map((i) => [i.title, i.presenters])).toEqual([['Welcome', ['Karin Nilsson']], ['Mini-Maria', ['Omar Haddad']], ['AOB', []]]);
  });
  it('finds the note-taker whose surname is also a place', () => {
    expect(x.noteTakers).toEqual(['Hanna Lund']);
  });
});

describe('attendance entries with the place first or another separator', () => {
  const listed = (...entries: string[]) => snippet(['Anteckningar IFO-chefsnätverket 2022-03-04', '', 'Närvarande:', ...entries, '', '1. Inledning', 'Text om mötet.', '', '2. Övrigt', 'Inget.'].join('\n')).attendees.map((a) => [a.name, a.affiliation]);
  it('reads "Ale (Anna Berg), Lerum (Per Ek)"', () => {
    expect(listed('Ale (Anna Berg), Lerum (Per Ek)')).toEqual([['Anna Berg', 'Ale'], ['Per Ek', 'Lerum']]);
  });
  it('reads "Ale – Anna Berg" lines, one or more names after the dash', () => {
    expect(listed('Ale – Anna Berg', 'Lerum - Per Ek, Eva Sund')).toEqual([['Anna Berg', 'Ale'], ['Per Ek', 'Lerum'], ['Eva Sund', 'Lerum']]);
  });
  it('reads "Anna Berg/Ale, Per Ek/Göteborgs Stad"', () => {
    expect(listed('Anna Berg/Ale, Per Ek/Göteborgs Stad')).toEqual([['Anna Berg', 'Ale'], ['Per Ek', 'Göteborg']]);
  });
  it('does not give the place that ends a wrapped line above to the names after it', () => {
    // "…; Saga Holm," / "Härryda; Sara Isaksson, Kungsbacka; …": Härryda is Saga Holm's.
    const people = parsePersonLine('Härryda; Sara Isaksson, Kungsbacka', vocabulary) ?? [];
    expect(people.filter((p) => p.affiliation?.name === 'Härryda')).toEqual([]);
  });
});

describe('attendance in a sentence, or numbered', () => {
  const listed = (...block: string[]) => snippet(['Anteckningar IFO-chefsnätverket 2022-03-04', '', ...block, '', '1. Inledning', 'Text om mötet.', '', '2. Övrigt', 'Inget.'].join('\n'));
  it('reads "Närvarande var A (Ale), B (Lerum) och C (GR)."', () => {
    expect(listed('Närvarande var Anna Berg (Ale), Per Ek (Lerum) och Eva Sund (GR).').attendees.map((a) => [a.name, a.affiliation])).toEqual([['Anna Berg', 'Ale'], ['Per Ek', 'Lerum'], ['Eva Sund', 'GR']]);
  });
  it('reads a numbered list under "Närvarande:" as people, and the numbered items below it as items', () => {
    const x = listed('Närvarande:', '1. Anna Berg, Ale', '2. Per Ek, Lerum');
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Anna Berg', 'Ale'], ['Per Ek', 'Lerum']]);
    expect(x.agendaItems.map((i) => [i.number, i.title])).toEqual([['1', 'Inledning'], ['2', 'Övrigt']]);
  });
});

describe('a role beside the affiliation in parentheses', () => {
  it('is the person\'s role: "Eva Sund (GR, processledare)", "Per Ek (socialchef, Lerum)"', () => {
    const x = snippet(['Anteckningar IFO-chefsnätverket 2022-03-04', '', 'Närvarande: Eva Sund (GR, processledare), Per Ek (socialchef, Lerum), Bo Ek (Göteborgs Stad, Social resursförvaltning)', '', '1. Inledning', 'Text.'].join('\n'));
    // A capitalised unit stays a unit.
    expect(x.attendees.map((a) => [a.name, a.affiliation, a.role, a.unit])).toEqual([['Eva Sund', 'GR', 'processledare', null], ['Per Ek', 'Lerum', 'socialchef', null], ['Bo Ek', 'Göteborg', null, 'Social Resurs']]);
  });
});

describe('a place broken over the line end of a "Deltagare:" run', () => {
  it('is read whole, and the run goes on after it', () => {
    const x = snippet([
      'Anteckningar FH-chefsnätverket 2024-05-16', '',
      'Deltagare: Anders Lundin, Ale; Eva-Lena Lindgren, Lilla',
      'Edet; Jessica Isaksson, Mölndal; Britta Dahlberg, GR.', '',
      '1. Välkommen', 'Kort runda.',
    ].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([
      ['Anders Lundin', 'Ale'], ['Eva-Lena Lindgren', 'Lilla Edet'], ['Jessica Isaksson', 'Mölndal'], ['Britta Dahlberg', 'GR'],
    ]);
    expect(x.candidates.map((c) => c.name)).not.toContain('Lilla');
  });
});

describe('a "Deltagare:" run wrapped over lines', () => {
  it('reads every entry, names broken over the line end included', () => {
    const x = snippet([
      'Anteckningar FH-chefsnätverket 2024-05-16', '',
      'Deltagare: Mehmet Andersson, Ale; Johan Pellegrini, Alingsås; Måns',
      'Söderberg, Göteborg; Saga Tuomilehto Holmberg,',
      'Härryda; Eva-',
      'Lena Lundström, Stenungsund; Niklas Danielsson, VGR.', '',
      '1. Välkommen', 'Kort runda.',
    ].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([
      ['Mehmet Andersson', 'Ale'], ['Johan Pellegrini', 'Alingsås'], ['Måns Söderberg', 'Göteborg'],
      ['Saga Tuomilehto Holmberg', 'Härryda'], ['Eva-Lena Lundström', 'Stenungsund'], ['Niklas Danielsson', 'VGR'],
    ]);
  });
  it('still reads one entry a line after a complete first line', () => {
    const x = snippet(['Anteckningar FH-chefsnätverket 2024-05-16', '', 'Deltagare: Anna Berg, Ale', 'Per Ek, Lerum', '', '1. Välkommen', 'Kort runda.'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Anna Berg', 'Ale'], ['Per Ek', 'Lerum']]);
  });
});

describe('people in the body with a title before the name or the affiliation in parentheses', () => {
  const body = (sentence: string) => snippet(['Anteckningar IFO-chefsnätverket 2024-02-08', '', 'Närvarande:', 'Anna Berg, Ale', 'Per Ek, Lerum', '', '1. Nationellt', sentence, '', '2. Övrigt', 'Inget.'].join('\n'));
  it('"Professor Lars Svensson, Göteborgs universitet, föreläste"', () => {
    expect(body('Professor Lars Svensson, Göteborgs universitet, föreläste om tidiga insatser.').peopleMentioned.map((p) => [p.name, p.affiliation, p.role])).toEqual([['Lars Svensson', 'Göteborgs universitet', 'presenter']]);
  });
  it('"Per Ek och Maria Nilsson (SKR) presenterade"', () => {
    expect(body('Per Ek och Maria Nilsson (SKR) presenterade.').peopleMentioned.map((p) => [p.name, p.affiliation, p.role])).toEqual([['Per Ek', 'Lerum', 'presenter'], ['Maria Nilsson', 'SKR', 'presenter']]);
  });
});

describe('an item title that names its presenter', () => {
  const item3 = (title: string) => snippet(['Anteckningar IFO-chefsnätverket 2024-02-08', '', 'Närvarande:', 'Anna Berg, Ale', 'Per Ek, GR', '', '1. Inledning', 'Text.', '', title, 'Nästa omgång startar i mars.', '', '4. Övrigt', 'Inget.'].join('\n')).agendaItems.find((i) => i.number === '3')!;
  it.each(['3. Yrkesresan (Per Ek, GR)', '3. Yrkesresan – Per Ek', '3. Yrkesresan /Per Ek', '3. Yrkesresan. Föredragande: Per Ek'])('%s', (title) => {
    expect(item3(title)).toMatchObject({ presenters: ['Per Ek'], projects: ['Yrkesresan'] });
  });
  it('not when the title says more than names and places: "3. Yrkesresan (Per Ek återkommer)"', () => {
    expect(item3('3. Yrkesresan (Per Ek återkommer i maj)').presenters).toEqual([]);
  });
});

describe('themes the vocabulary names by their trigger words', () => {
  it('finds homelessness, suicide prevention and the child-rights perspective', () => {
    const x = snippet(['Anteckningar IFO-chefsnätverket 2024-02-08', '', 'Närvarande:', 'Anna Berg, Ale', '', '1. Aktuellt', 'Arbetet med Bostad först mot hemlöshet fortsätter.', 'Suicidpreventiva insatser och barnkonventionen diskuterades.'].join('\n'));
    expect(x.themes.map((t) => t.name)).toEqual(expect.arrayContaining(['Hemlöshet', 'Suicidprevention', 'Barnrätt']));
  });
});

describe('a job title written before a name at the start of a sentence', () => {
  const x = snippet([
    'Anteckningar IFO-chefsnätverket 2023-05-11', '', 'Närvarande:', 'Lars Ek, Kungälv', 'Eva Lund – Länsstyrelsen, utvecklingsledare',
    'Anders Lundqvist, Polisen', 'Carina Winkler, Lerum', '',
    '1. Runda', 'Ordföranden Carina Winkler hälsade välkomna.',
    'Kommissarie Anders Lundqvist, Polisen, presenterade lägesbilden.', 'Utvecklingsledare Eva Lund berättade om arbetet.',
  ].join('\n'));
  it('is no part of the name, and the person presents (welcoming leads the item)', () => {
    expect(x.peopleMentioned.filter((m) => m.agendaItem === '1').map((m) => [m.name, m.role])).toEqual([
      ['Carina Winkler', 'presenter'], ['Anders Lundqvist', 'presenter'], ['Eva Lund', 'presenter'],
    ]);
  });
  it('a surname that is a place names no place', () => expect(x.agendaItems[0]?.municipalities).not.toContain('Lund'));
});

describe('a project the vocabulary lacks, named as what municipalities take part in', () => {
  const x = snippet([
    'Anteckningar Socialchefsnätverket 2025-03-12', '', 'Närvarande:', 'Anna Berg, Ale', 'Per Ek, Lerum', '',
    '1. Aktuellt', 'Ale, Kungälv och Lerum deltar i Sociala insatsgrupper sedan hösten 2024.',
    'Härryda och Partille har gått med i testpiloten för Mina planer.', 'Ale och Lerum är med i Trygg Hemma.',
    'Stenungsund deltar i Yrkesresan. Öckerö deltar i mötet.',
  ].join('\n'));
  it('is a candidate project, also in sentence case and after "i"', () => {
    expect(x.candidates.filter((c) => c.kind === 'project').map((c) => c.name)).toEqual(['Sociala insatsgrupper', 'Mina planer', 'Trygg Hemma']);
  });
});

describe('units and second roles beside a name', () => {
  const x = snippet([
    'Anteckningar Barnchefsnätverket 2025-03-12', '', 'Närvarande:',
    'Cecilia Axelsson, GR, processledare (ordförande för dagen)', 'Anders Lundqvist, Polisen, kommissarie, lokalpolisområde Storgöteborg',
    'Ann-Sofie Isaksson, VGR, koncernkontoret', 'Oskar Lindahl (SDF Hisingen)', 'Karin Björk, Nordost', 'Per Ek, Ostra Géteborg', '',
    '1. Runda', 'Kort runda.',
  ].join('\n'));
  it('a unit word in lowercase is a unit, a role in parentheses a second role, a district the unit of its municipality', () => {
    expect(x.attendees.map((a) => [a.name, a.affiliation, a.role, a.unit])).toEqual([
      ['Cecilia Axelsson', 'GR', 'processledare, ordförande för dagen', null],
      ['Anders Lundqvist', 'Polisen', 'kommissarie', 'lokalpolisområde Storgöteborg'],
      ['Ann-Sofie Isaksson', 'VGR', null, 'koncernkontoret'],
      ['Oskar Lindahl', 'Göteborg', null, 'SDF Hisingen'], ['Karin Björk', 'Göteborg', null, 'Nordost'], ['Per Ek', 'Göteborg', null, 'Östra Göteborg'],
    ]);
  });
});

describe('one-word authorities the vocabulary lacks', () => {
  const x = snippet([
    'Anteckningar IFO-chefsnätverket 2023-05-11', '', 'Närvarande:', 'Anna Berg, Ale', '',
    '1. Runda', 'Vi diskuterade stödet från Tandvårdsnämnden och beslutet från Trafikverket. Socialstyrelsen har gett ut ett stöd.',
    'Migrationsverket har ett nytt ersättningssystem.',
  ].join('\n'));
  it('are candidate organisations, also after "från"; listed ones are organisations of the note', () => {
    expect(x.candidates.map((c) => [c.kind, c.name])).toEqual([['organisation', 'Tandvårdsnämnden'], ['organisation', 'Trafikverket']]);
    expect(x.organisations).toEqual(expect.arrayContaining(['Socialstyrelsen', 'Migrationsverket']));
  });
});

describe('items numbered without a dot ("1  Välkomna", "3 Daglig verksamhet")', () => {
  const note = (...items: string[]) => snippet(['FH-chefsnätverket', 'Anteckningar 2018-10-26', '', 'Närvarande:', 'Taija Holmberg, Ale', 'Sara Nordenhielm, GR', '', ...items].join('\n'));
  it('are items when they count 1, 2, 3', () => {
    const x = note('1  Välkomna', 'Taija Holmberg hälsade välkomna.', '', '2  Branschråd funktionsstöd', 'Sara Nordenhielm informerade.', '', '3 Daglig verksamhet', 'Kort runda.');
    expect(x.agendaItems.map((i) => [i.number, i.title, i.presenters])).toEqual([
      ['1', 'Välkomna', ['Taija Holmberg']], ['2', 'Branschråd funktionsstöd', ['Sara Nordenhielm']], ['3', 'Daglig verksamhet', []],
    ]);
  });
  it('are sentences when alone or out of order', () => {
    expect(note('Inledning', '', '3 Kommuner har svarat på enkäten.', '12 Deltagare kom.').agendaItems.filter((i) => i.number !== null)).toEqual([]);
  });
});

describe('attendance tables exported from Word', () => {
  it('bold header cells, <br> inside a cell, a merged (empty) cell, a "–" for no one sent', () => {
    const x = snippet([
      '# FH-chefsnätverket', 'Anteckningar 2019-11-07', '', '**Närvarande**', '',
      '| **Kommun** | **Namn** |', '|---|---|', '| Ale | Taija Holmberg |', '| Alingsås | Åsa Wallin<br>Eva Emanuelsson |',
      '| Göteborgs Stad | Camilla Hesselroth |', '| | Daniel Gustavsson |', '| Lilla Edet | – |', '| GR | Sara Nordenhielm (processledare) |', '',
      '## 1. Runda', 'Kort runda.',
    ].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([
      ['Taija Holmberg', 'Ale'], ['Åsa Wallin', 'Alingsås'], ['Eva Emanuelsson', 'Alingsås'], ['Camilla Hesselroth', 'Göteborg'],
      ['Daniel Gustavsson', 'Göteborg'], ['Sara Nordenhielm', 'GR'],
    ]);
  });
});

describe('names written surname first ("Blomqvist, Iréne (Ale)")', () => {
  it('are turned round, with their affiliation and role', () => {
    const x = snippet([
      'IFO-chefsnätverket', 'Anteckningar 2023-05-11', '', 'Närvarande:', 'Blomqvist, Iréne (Ale)', 'Larzon, Jörgen, Göteborg',
      'Svanström, Jessica (Alingsås), ordförande', 'Singleton, Nicholas (GR)', '', '1. Runda', 'Kort runda.',
    ].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation, a.role])).toEqual([
      ['Iréne Blomqvist', 'Ale', null], ['Jörgen Larzon', 'Göteborg', null], ['Jessica Svanström', 'Alingsås', 'ordförande'], ['Nicholas Singleton', 'GR', null],
    ]);
  });
});

describe('"Kommun (Namn, Namn)" runs wrapped over lines, and a stray table border before each name', () => {
  it('reads every person of a municipality, a parenthesis broken over the line end included', () => {
    const x = snippet([
      'IFO-CHEFSNÄTVERKET 2019-12-12', '',
      'Närvarande: Ale (Iréne Blomqvist), Göteborg (Jörgen', 'Larzon, Britta Timan), Kungsbacka',
      '(Natalja Kahraman), Partille (Eva Pålman, värd). Från GR: Elisabeth Beijer och Cecilia Axelsson.', 'Förhinder: Mölndal och Tjörn.', '',
      '1. Välkommen', 'Kort runda.',
    ].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation, a.role])).toEqual([
      ['Iréne Blomqvist', 'Ale', null], ['Jörgen Larzon', 'Göteborg', null], ['Britta Timan', 'Göteborg', null], ['Natalja Kahraman', 'Kungsbacka', null],
      ['Eva Pålman', 'Partille', 'värd'], ['Elisabeth Beijer', 'GR', null], ['Cecilia Axelsson', 'GR', null],
    ]);
  });
  it('"| Ebba Gierow, Ale": the bar of an unread table is no part of the line', () => {
    const x = snippet(['Barnchefsnätverket', 'Anteckningar 2018-04-20', '', 'Närvarande:', '| Ebba Gierow, Ale', '| Helen Smith, Mölndal', '', '1. Inledning', 'Kort.'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Ebba Gierow', 'Ale'], ['Helen Smith', 'Mölndal']]);
  });
});

describe('a note forwarded by e-mail, with role-labelled attendance', () => {
  const x = snippet([
    'Från: Cecilia Axelsson <cecilia.axelsson@goteborgsregionen.se>', 'Skickat: den 4 mars 2020 15:42', 'Till: Jörgen Larzon; Ann Törnqvist',
    'Ämne: VB: Anteckningar beredningsgruppen IFO 28/2', '', 'Hej! Här kommer anteckningarna.', '', '----------', '',
    'BEREDNINGSGRUPPEN FÖR IFO-CHEFSNÄTVERKET', 'Möte fredag 28 februari 2020, kl. 13–15, GR, rum Tvåan', '',
    'Ordförande: Jörgen Larzon, Göteborgs Stad', 'Ledamöter: Ann Törnqvist, Kungsbacka; Ulf Tolf, Stenungsund; Angelica Francisca, Öckerö',
    'Adjungerad: Nicholas Singleton, GR (punkt 1)', 'Sekreterare: Cecilia Axelsson, GR', '',
    '1. Planering av nätverksmötet 2020-03-20', 'Dagordningen diskuterades.', '', '2. Övrigt', 'Inget.',
  ].join('\n'));
  it('is dated by the meeting, not by the send date, and titled by the subject', () => {
    expect(x.meeting).toMatchObject({ date: '2020-02-28', dateInferred: false, title: 'Anteckningar beredningsgruppen IFO 28/2', location: 'GR, rum Tvåan' });
  });
  it('every role line lists attendees, several on "Ledamöter:"', () => {
    expect(x.attendees.map((a) => [a.name, a.affiliation, a.role])).toEqual([
      ['Jörgen Larzon', 'Göteborg', 'ordförande'], ['Ann Törnqvist', 'Kungsbacka', 'ledamöter'], ['Ulf Tolf', 'Stenungsund', 'ledamöter'],
      ['Angelica Francisca', 'Öckerö', 'ledamöter'], ['Nicholas Singleton', 'GR', 'adjungerad'], ['Cecilia Axelsson', 'GR', 'sekreterare'],
    ]);
  });
});

describe('attendance lines with contact details, a role between a place surname and its place, and lines not read', () => {
  const x = snippet([
    'IFO-chefsnätverket', 'Anteckningar 2022-10-11', '', 'Närvarande:',
    'Jörgen Larzon, Göteborgs Stad – jorgen.larzon@socialresurs.goteborg.se', 'Helene Holmström, Göteborgs Stad – tel. 031-365 00 00',
    'Ann Törnqvist, Kungsbacka – 0300-83 40 00', 'Andreas Lund, förvaltningschef, Kungsbacka', 'Peter Almgren (Kungälv) 2 st extra, se bilaga (x)', 'Cecilia Axelsson, GR', '',
    '1. Runda', 'Kort runda.',
  ].join('\n'));
  it('reads the people without their e-mail and phone, and "Lund" as a surname before its role and place', () => {
    expect(x.attendees.map((a) => [a.name, a.affiliation, a.role])).toEqual(expect.arrayContaining([
      ['Jörgen Larzon', 'Göteborg', null], ['Helene Holmström', 'Göteborg', null], ['Ann Törnqvist', 'Kungsbacka', null],
      ['Andreas Lund', 'Kungsbacka', 'förvaltningschef'], ['Cecilia Axelsson', 'GR', null],
    ]));
  });
  it('warns of an entry-like line it could not read, by line number, and reads on below it', () => {
    expect(x.warnings).toContain('attendance lines not read: 9');
    expect(x.attendees.map((a) => a.name)).not.toContain('Peter Almgren');
  });
});

describe('initials on the note-taker line', () => {
  const note = (...end: string[]) => snippet(['IFO-chefsnätverket 2022-10-11', '', 'Närvarande:', 'Nicholas Singleton, GR', 'Elisabeth Beijer, GR', 'Eva Berg, Ale', '', '1. Runda', 'Kort runda.', '', ...end].join('\n'));
  it('name the one attendee with those initials ("Antecknat av NS", "Anna Ek/NS")', () => {
    expect(note('Antecknat av NS').noteTakers).toEqual(['Nicholas Singleton']);
    expect(note('Antecknat av', '', 'Eva Berg/NS').noteTakers).toEqual(['Eva Berg', 'Nicholas Singleton']);
  });
  it('name nobody when two attendees have them (EB: Elisabeth Beijer and Eva Berg)', () => {
    expect(note('Antecknat av', '', 'Nicholas Singleton/EB').noteTakers).toEqual(['Nicholas Singleton']);
  });
});

describe('"Deltagare (på plats)" and "Deltagare (digitalt)"', () => {
  it('split the list into groups, saying how each took part', () => {
    const x = snippet(['IFO-chefsnätverket', 'Anteckningar 2022-10-11', '', 'Deltagare (på plats)', 'Iréne Blomqvist, Ale', 'Cecilia Axelsson, GR', '',
      'Deltagare (digitalt)', 'Susanne Grabe, Härryda', 'Ulf Tolf, Stenungsund', '', '1. Runda', 'Kort runda.'].join('\n'));
    expect(x.attendees.map((a) => [a.name, a.group, a.attendance])).toEqual([
      ['Iréne Blomqvist', 'på plats', 'på plats'], ['Cecilia Axelsson', 'på plats', 'på plats'], ['Susanne Grabe', 'digitalt', 'digitalt'], ['Ulf Tolf', 'digitalt', 'digitalt'],
    ]);
  });
});

describe('OCR that joins "rn" into "m"', () => {
  it('"Bamchefsnatverket", "Tjöm", "Bamahus" are Barnchefsnätverket, Tjörn and Barnahus', () => {
    const x = snippet(['Bamchefsnatverket', 'Anteckningar 2018-04-20', '', 'Narvarande:', 'Shujaat Noormohamed, Tjöm', 'Lena Holmlund, GR', '',
      '1. Bamahus', 'Lena Holmlund berattade om Bamahus.'].join('\n'));
    expect(x.meeting.networks).toEqual(['Barnchefsnätverket']);
    expect(x.attendees.map((a) => a.affiliation)).toEqual(['Tjörn', 'GR']);
    expect(x.agendaItems[0]?.projects).toEqual(['Barnahus']);
    expect(x.candidates).toEqual([]);
  });
});

describe('words hyphenated over a line end', () => {
  const x = snippet(['Barnchefsnätverket', 'Anteckningar 2018-04-20', '', 'Närvarande:', 'Helen Smith, Mölndal', 'Lena Holmlund, GR', '',
    '1. Barnahus', 'Helen Smith berättade. Mölndal och Har-', 'ryda deltar i Barnahus. Kungs-', 'backa deltar i SkolFam.', '',
    'Vid anteck-', 'ningarna: Lena Holmlund'].join('\n'));
  it('a place broken so takes part in the project the next line names', () => {
    expect(x.projects.map((p) => [p.name, p.municipalities])).toEqual([['Barnahus', ['Mölndal', 'Härryda']], ['SkolFam', ['Kungsbacka']]]);
  });
  it('a note-taker label broken so still names the note-taker', () => expect(x.noteTakers).toEqual(['Lena Holmlund']));
});

describe('people referred to by their initials', () => {
  const x = snippet(['# Nätverk för verksamhetsutvecklare', 'Anteckningar 2021-12-02', '', '## Närvarande', '- Emma Virtanen, Mölndal (EV)',
    '- Jenny Rehman, FoU i Väst (JR)', '- Alice Sjöstedt, GR', '', '## 1. Inledning', 'AS hälsade välkomna.', '', '## 2. Automatiserade beslut',
    'EV informerade om Mölndals erfarenheter. Enligt SKR går det bra.', '', 'Antecknat av AS'].join('\n'));
  it('the initials after a name in the list are no unit', () => {
    expect(x.attendees.map((a) => [a.name, a.affiliation, a.unit])).toEqual([['Emma Virtanen', 'Mölndal', null], ['Jenny Rehman', 'FoU i Väst', null], ['Alice Sjöstedt', 'GR', null]]);
  });
  it('initials before a presenting verb name the one attendee with them; a note-taker too', () => {
    expect(x.agendaItems.map((i) => i.presenters)).toEqual([['Alice Sjöstedt'], ['Emma Virtanen']]);
    expect(x.noteTakers).toEqual(['Alice Sjöstedt']);
  });
});
