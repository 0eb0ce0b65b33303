// Who presents an agenda item, as protocols and notes write it: a "Föredragande:" line under the
// heading, or the presenter at the end of the heading, which then is not part of the item's title.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../server/ingest/parse/index';
import { snippet } from './corpus-helpers';

const head = ['Anteckningar IFO-chefsnätverket 2021-03-04', '', 'Närvarande:', 'Anna Berg, Ale', 'Per Ek, Lerum', ''];
const note = (...lines: string[]) => snippet([...head, ...lines].join('\n'));
const items = (x: Extraction) => x.agendaItems.map((i) => [i.number, i.title, i.presenters]);

describe('a "Föredragande:" line under the heading', () => {
  it('makes the people it names the presenters of the item', () => {
    const x = note('Punkt 2. Yrkesresan', 'Föredragande: Nicholas Singleton, GR', 'Läget i Yrkesresan redovisades.', '',
      '§ 3 Mini-Maria', 'Presentatörer: Karin Axelsson, Regionhälsan och Per Ek', 'Mini-Maria öppnar i Lerum.');
    expect(items(x)).toEqual([['2', 'Yrkesresan', ['Nicholas Singleton']], ['3', 'Mini-Maria', ['Karin Axelsson', 'Per Ek']]]);
    expect(x.peopleMentioned.find((m) => m.name === 'Nicholas Singleton')).toMatchObject({ role: 'presenter', agendaItem: '2' });
  });
  it('is no presenter line when it says more than names and affiliations', () => {
    const x = note('1. Yrkesresan', 'Föredragande: Nicholas Singleton, GR, som tyvärr fick förhinder', 'Inget att rapportera.');
    expect(x.agendaItems[0]?.presenters).toEqual([]);
  });
});

describe('a presenter at the end of the heading', () => {
  it.each([
    ['**3) Barnahus – återkoppling (Karita Björk, Göteborg)**', 'Barnahus – återkoppling', 'Karita Björk'],
    ['2. Yrkesresan (Nicholas Singleton, GR)', 'Yrkesresan', 'Nicholas Singleton'],
    ['4. Tidiga insatser – Anna Berg, Ale', 'Tidiga insatser', 'Anna Berg'],
    ['5. AI i handläggningen av ekonomiskt bistånd. Föredragande: Per Ek, Lerum', 'AI i handläggningen av ekonomiskt bistånd', 'Per Ek'],
  ])('%s is the item "%s", presented by %s', (heading, title, presenter) => {
    const x = note(heading, 'Text om arbetet.');
    expect(x.agendaItems[0]).toMatchObject({ title, presenters: [presenter] });
  });
  it('keeps a title whose tail is no presenter', () => {
    const x = note('2. Mini-Maria – läget i Ale och Lerum', 'Text.', '3. Hot och våld (uppföljning)', 'Text.');
    expect(items(x)).toEqual([['2', 'Mini-Maria – läget i Ale och Lerum', []], ['3', 'Hot och våld (uppföljning)', []]]);
  });
});

describe('the affiliation after a name in the text', () => {
  const affiliations = (x: Extraction) => x.peopleMentioned.map((m) => [m.name, m.affiliation]);
  it('belongs to the name it follows, not to an earlier person of the sentence', () => {
    const x = note('1. Hållbar socialtjänst', 'Hållbar socialtjänst: Cecilia Axelsson bjuder in Anna Melke, FoU i Väst, för en genomgång.');
    expect(affiliations(x)).toEqual([['Cecilia Axelsson', null], ['Anna Melke', 'FoU i Väst']]);
  });
  it('is shared by a group of names, roles after a comma included', () => {
    const x = note('1. Kunskap', 'Anna Melke, forskare och Cornelia Björk, analytiker från FoU i Väst reder ut begrepp.', 'Sara Lind och Per Holm, Lerum, berättar.');
    expect(affiliations(x)).toEqual([['Anna Melke', 'FoU i Väst'], ['Cornelia Björk', 'FoU i Väst'], ['Sara Lind', 'Lerum'], ['Per Holm', 'Lerum']]);
  });
});

describe('a place further on in the sentence', () => {
  it('is not the affiliation of a name a clause before it', () => {
    const x = note('1. Barnahus', 'Per Ek shared experiences from Barnahus Göteborg, and Kungälv and Öckerö described how they use it.',
      'Anna Berg lyfter att det är svårt att prioritera GVI, Göteborgs strategi mot grovt våld.');
    expect(x.peopleMentioned.map((m) => [m.name, m.affiliation])).toEqual([['Per Ek', 'Lerum'], ['Anna Berg', 'Ale']]);
  });
});

describe('an attendee of a body the vocabulary knows as a project', () => {
  it('is no organisation candidate', () => {
    const y = snippet(['IFO-chefsnätverket 2016-09-09', '', 'Närvarande:', 'Anna Berg, Ale', 'Christine Lidström, Stödcentrum Heder', '', '1. Heder', 'Text.'].join('\n'));
    expect(y.candidates).toEqual([]);
  });
});
