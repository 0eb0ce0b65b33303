// Agenda items numbered with a sign or word before the number: "§ 3 Title" (protocol style),
// "Punkt 3. Title", "Pkt 3 Title", "Ärende 3: Title". Short invented notes, run whole.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../server/ingest/parse/index';
import { snippet } from './corpus-helpers';

const note = (...lines: string[]) => snippet(lines.join('\n'));
const numbered = (x: Extraction) => x.agendaItems.filter((i) => i.number !== null).map((i) => [i.number, i.title]);
const item = (x: Extraction, n: string) => x.agendaItems.find((i) => i.number === n);

describe('"§ 3 Title" items', () => {
  const x = note(
    'Anteckningar FH-chefsnätverket 2024-03-14', '', 'Närvarande:', 'Anna Svensson, Lerum', 'Bo Ek, Ale',
    'Lisa Holm, GR punkt 3', '',
    '§ 1 Mötets öppnande', 'Anna Svensson hälsar välkomna.', '',
    '§2. Föregående anteckningar', 'Läggs till handlingarna.', '',
    '§ 3: Barnahus – läget i regionen', 'Lisa Holm redovisar arbetet med Barnahus.', '',
    '§ 4 Övriga frågor', '- Lerum tar upp hot och våld.', '- Ale informerar om rekrytering.',
  );
  it('keeps the number without the sign, and the title without the separator', () => {
    expect(numbered(x)).toEqual([
      ['1', 'Mötets öppnande'], ['2', 'Föregående anteckningar'], ['3', 'Barnahus – läget i regionen'], ['4', 'Övriga frågor'],
      ['4.1', 'Lerum tar upp hot och våld'], ['4.2', 'Ale informerar om rekrytering'],
    ]);
    expect(item(x, '1')?.kind).toBe('numbered');
  });
  it('links "punkt 3" in the attendance list and body mentions to the item', () => {
    expect(item(x, '3')?.presenters).toEqual(['Lisa Holm']);
    expect(item(x, '3')?.projects).toContain('Barnahus');
    expect(x.peopleMentioned.find((m) => m.name === 'Anna Svensson')?.agendaItem).toBe('1');
    expect(item(x, '4.1')?.parent).toBe('4');
  });
});

describe('"Punkt 3." / "Pkt 3" / "Ärende 3" items', () => {
  it('reads "Punkt N." with a dot, a dash or a colon', () => {
    const x = note(
      'Deltagare: Anna Svensson (Lerum), Bo Ek (Ale).', '',
      'Punkt 1. Inledning', 'Anna Svensson hälsar välkommen.', '',
      'Punkt 2 – Yrkesresan', 'Bo Ek, Ale, berättar om Yrkesresan.', '',
      'Punkt 3: Övrigt', '* Inget att rapportera.',
    );
    expect(numbered(x)).toEqual([['1', 'Inledning'], ['2', 'Yrkesresan'], ['3', 'Övrigt'], ['3.1', 'Inget att rapportera']]);
    expect(item(x, '2')?.presenters).toEqual(['Bo Ek']);
    expect(item(x, '2')?.projects).toContain('Yrkesresan');
  });
  it('reads "Pkt N", "Ärende N." and OCR "Arende N"', () => {
    const x = note('Närvarande:', 'Anna Svensson, Lerum', '', 'Pkt 1 Inledning', 'Text.', '', 'Ärende 2. Mini-Maria', 'Text.', '', 'Arende 3 Nästa möte', 'Text.');
    expect(numbered(x)).toEqual([['1', 'Inledning'], ['2', 'Mini-Maria'], ['3', 'Nästa möte']]);
  });
  it('reads styled forms ("### § 2 ...", "**Punkt 3. ...**")', () => {
    const x = note('Närvarande:', 'Anna Svensson, Lerum', '', '### § 1 Inledning', 'Text.', '', '**Punkt 2. Barnahus**', 'Text.');
    expect(numbered(x)).toEqual([['1', 'Inledning'], ['2', 'Barnahus']]);
  });
});

describe('precision', () => {
  const x = note(
    'Närvarande:', 'Anna Svensson, Lerum', '',
    'Punkt 1. Inledning', 'Anna Svensson hälsar välkomna.', '',
    'Punkt 2. Ny socialtjänstlag', 'Punkt 3 i förslaget stryks.', '',
    'Punkt 4 och 5 behandlades gemensamt.', '',
    '§ 14 gäller fortfarande.', 'Beslut enligt 4 kap. 1 § SoL fattas av nämnden.', '',
    'Punkterna 2–3 återkommer.', '- Punkt 6 Övrigt ströks från dagordningen i år enligt beslut av ordföranden och nätverket',
  );
  it('takes no body sentence that starts with "Punkt"/"§" or contains "§" for an item', () => {
    expect(numbered(x)).toEqual([['1', 'Inledning'], ['2', 'Ny socialtjänstlag']]);
    expect(item(x, '2')?.excerpt).toContain('Punkt 3 i förslaget stryks.');
  });
});

describe('one numbering style per note', () => {
  const x = note(
    'Närvarande:', 'Anna Svensson, Lerum', 'Bo Ek, Ale', '',
    '§ 1 Inledning', 'Anna Svensson hälsar välkomna.', '',
    '§ 2 Runda', '1. Lerum har nytt schema.', '2. Ale har rekryterat.', '3. Tjörn avvaktar.', '',
    '§ 3 Barnahus', 'Bo Ek, Ale, berättar om Barnahus.',
  );
  it('a "1." list inside a "§" item is body, not items taking the § numbers', () => {
    expect(numbered(x)).toEqual([['1', 'Inledning'], ['2', 'Runda'], ['3', 'Barnahus']]);
    expect(item(x, '3')?.presenters).toEqual(['Bo Ek']);
    expect(item(x, '2')?.excerpt).toContain('Tjörn avvaktar.');
  });
});

describe('the first "§"/"Punkt" line ends the header', () => {
  // No blank line after the attendance list: "Lisa Holm, Tjörn, ..." must not become an attendee.
  const x = note(
    'Anteckningar IFO-chefsnätverket 2024-03-14', 'Närvarande:', 'Anna Svensson, Lerum', 'Bo Ek, Ale',
    '§ 1 Inledning', 'Lisa Holm, Tjörn, hälsar välkomna.', '', '§ 2 Barnahus', 'Karin Olsson berättar.',
  );
  it('keeps attendance above the first item and the item itself', () => {
    expect(x.attendees.map((a) => [a.name, a.affiliation])).toEqual([['Anna Svensson', 'Lerum'], ['Bo Ek', 'Ale']]);
    expect(numbered(x)).toEqual([['1', 'Inledning'], ['2', 'Barnahus']]);
    expect(item(x, '1')?.people).toEqual(['Lisa Holm']);
  });
});

describe('"§ 3" alone on a line, the title on the next', () => {
  const x = note(
    'Anteckningar FH-chefsnätverket 2019-05-02', '', 'Närvarande:', 'Anna Svensson, Lerum', 'Bo Ek, Ale', '',
    '§ 1', 'Mötets öppnande', '', 'Anna Svensson hälsar välkomna.', '',
    '§ 2.', '**Barnahus**', 'Bo Ek berättar om läget.', '',
    '§ 3', '- Lerum tar upp hot och våld.', '',
    '§ 4', 'Övriga frågor', '- Ale informerar om rekrytering.',
  );
  it('reads the number and the next line as one item heading', () => {
    expect(numbered(x)).toEqual([['1', 'Mötets öppnande'], ['2', 'Barnahus'], ['4', 'Övriga frågor'], ['4.1', 'Ale informerar om rekrytering']]);
    expect(x.agendaItems.some((i) => i.title === 'Barnahus' && i.kind === 'bold')).toBe(false);
  });
  it('leaves the title line out of the excerpt but keeps it for projects', () => {
    expect(item(x, '1')?.excerpt).toBe('Anna Svensson hälsar välkomna.');
    // The bare "§ 3" above a "-" bullet is no heading, so it stays in item 2's body.
    expect(item(x, '2')?.excerpt).toBe('Bo Ek berättar om läget. § 3 Lerum tar upp hot och våld.');
    expect(item(x, '2')?.projects).toEqual(['Barnahus']);
    expect(item(x, '2')?.presenters).toEqual(['Bo Ek']);
  });
  it('ends the attendance list at a bare "§ 1"', () => {
    const y = note('Närvarande:', 'Anna Svensson, Lerum', '§ 1', 'Lisa Holm, Tjörn', 'Text.');
    expect(y.attendees.map((a) => a.name)).toEqual(['Anna Svensson']);
  });
});

describe('OCR reads "§" as "$"', () => {
  it('takes "$ 3 Title" and a bare "$ 3" for items', () => {
    const x = note('Närvarande:', 'Anna Svensson, Lerum', '', '$ 1 Inledning', 'Text.', '', '$2', 'Mini-Maria', 'Text.', '', '$ 3. Nästa möte', 'Text.');
    expect(numbered(x)).toEqual([['1', 'Inledning'], ['2', 'Mini-Maria'], ['3', 'Nästa möte']]);
  });
  it('does not take a price for an item', () => {
    const x = note('Närvarande:', 'Anna Svensson, Lerum', '', '1. Inledning', '$ 100 kostar licensen enligt offerten från leverantören.');
    expect(numbered(x)).toEqual([['1', 'Inledning']]);
  });
});

describe('what sub-items name', () => {
  it('belongs to the sub-item, not also to the parent item', () => {
    const x = snippet(['IFO-chefsnätverket 2023-10-06', '', '## 5. Korta punkter:', '',
      '- Yrkesresan barn och unga: kort lägesrapport, Kungälv deltar.', '- Mötesplats IFO i november, planeras av GR.'].join('\n'));
    const parent = x.agendaItems.find((i) => i.number === '5')!;
    const subs = x.agendaItems.filter((i) => i.parent === '5');
    expect(subs.map((i) => i.projects)).toEqual([['Yrkesresan'], ['Mötesplats IFO']]);
    expect(subs[0]!.municipalities).toEqual(['Kungälv']);
    expect(parent.projects).toEqual([]);
    expect(parent.municipalities).toEqual([]);
    expect(parent.organisations).toEqual([]);
  });

  it('leaves the people a sub-item names to the sub-item', () => {
    const x = snippet(['IFO-chefsnätverket 2023-10-06', '', 'Deltagare', 'Lerum: Anna Berg', 'GR: Bo Ek', '', '## 5. Korta punkter:', '',
      '- Yrkesresan: Anna Berg presenterade läget.', '- Mötesplats IFO: Bo Ek berättade om planeringen.'].join('\n'));
    const parent = x.agendaItems.find((i) => i.number === '5')!;
    expect(x.agendaItems.filter((i) => i.parent === '5').map((i) => i.people)).toEqual([['Anna Berg'], ['Bo Ek']]);
    expect(parent.people).toEqual([]);
    expect(parent.presenters).toEqual([]);
  });
});

describe('items numbered with a dash', () => {
  it('reads "1 – Inledning" / "2 – Yrkesresan" as items, not "10 – 12 personer deltog."', () => {
    const x = snippet(['Anteckningar IFO-chefsnätverket 2022-03-04', '', 'Närvarande:', 'Anna Berg, Ale', 'Per Ek, Lerum', '', '1 – Inledning', 'Text.', '10 – 12 personer deltog på distans.', '2 – Yrkesresan', 'Per Ek berättade om Yrkesresan.'].join('\n'));
    expect(x.agendaItems.map((i) => [i.number, i.title, i.presenters])).toEqual([['1', 'Inledning', []], ['2', 'Yrkesresan', ['Per Ek']]]);
  });
});

describe('"## Punkt 1 Inledning" headings over "### 1.1 Välkommen" parts', () => {
  it('keeps both levels', () => {
    const x = snippet(['# FH-chefsnätverket', 'Anteckningar 2019-11-07', '', '## Närvarande', '- Taija Holmberg, Ale', '',
      '## Punkt 1 Inledning', '', '### 1.1 Välkommen', 'Taija Holmberg hälsade välkomna.', '', '### 1.2 Runda', 'Kort runda.', '',
      '## Punkt 2 Kompetensförsörjning', '', '### 2.1 Kartläggning', 'Text.'].join('\n'));
    expect(x.agendaItems.map((i) => i.number)).toEqual(['1', '1.1', '1.2', '2', '2.1']);
  });
});

describe('"2.1" parts of a numbered item', () => {
  const x = snippet(['# IFO-chefsnätverket 2022-03-04', '', 'Närvarande: Anna Berg, Ale; Per Holm, Lerum', '',
    '## 1. Inledning', 'Välkommen.', '', '## 2. Yrkesresan', '### 2.1 Barn och unga', 'Anna Berg berättar.',
    '### 2.2 Missbruk', 'Per Holm informerar om Mini-Maria.', '', '## 3. Övrigt', 'Inget.', '### 3.1 Efter mötet', 'Text.'].join('\n'));
  it('are parts of the item with the number before the dot', () => {
    expect(x.agendaItems.map((i) => [i.number, i.parent])).toEqual([['1', null], ['2', null], ['2.1', '2'], ['2.2', '2'], ['3', null], ['3.1', '3']]);
    expect(item(x, '2')?.endLine).toBe(12);
  });
  it('keep what they name to themselves', () => {
    expect(item(x, '2.2')?.projects).toEqual(['Mini-Maria']);
    expect(item(x, '2.2')?.presenters).toEqual(['Per Holm']);
    expect(item(x, '2')?.projects).toEqual(['Yrkesresan']);
    expect(item(x, '2')?.presenters).toEqual([]);
  });
  it('stand alone without their item above them', () => {
    const y = snippet(['# IFO-chefsnätverket 2022-03-04', '', 'Närvarande: Anna Berg, Ale', '', '## 1. Inledning', 'Text.', '## 2.1 Barn och unga', 'Text.'].join('\n'));
    expect(y.agendaItems.map((i) => [i.number, i.parent])).toEqual([['1', null], ['2.1', null]]);
  });
});

describe('plain "3.1 Title" lines under styled items', () => {
  it('are parts of the styled item with that number', () => {
    const x = snippet(['# Barnchefsnätverket 2022-03-17', '', 'Närvarande: Anna Berg, Ale; Per Holm, Lerum', '',
      '**3) Barnahus**', '', '3.1 Nya samverkansrutiner', '', 'Rutinerna har reviderats.', '', '3.2 Utvärdering', '', 'Text.', '',
      '**4) Övrigt**', '', '5.1 Miljoner kronor fördelas', 'Text.'].join('\n'));
    expect(x.agendaItems.map((i) => [i.number, i.title, i.parent])).toEqual([
      ['3', 'Barnahus', null], ['3.1', 'Nya samverkansrutiner', '3'], ['3.2', 'Utvärdering', '3'], ['4', 'Övrigt', null],
    ]);
  });
  it('stay text in a note whose items are not numbered that way', () => {
    const x = snippet(['# Barnchefsnätverket 2022-03-17', '', 'Närvarande: Anna Berg, Ale', '', '**Barnahus**', '2.5 Miljoner kronor fördelas till kommunerna'].join('\n'));
    expect(x.agendaItems.map((i) => i.number)).toEqual([null]);
  });
});
