// Short references to people named in full earlier in the same note: "Lena A" (first name and
// surname initial) and a first name alone.
import { describe, expect, it } from 'vitest';
import { buildInitialIndex } from '../../../server/ingest/parse/short-names';
import { snippet } from './corpus-helpers';

const note = (...body: string[]) => snippet([
  'Anteckningar IFO-chefsnätverket 2021-09-09', '', 'Närvarande:', 'Lena Abrahamsson, Ale', 'Lena Berg, Alingsås', 'Kristina Lööf, Lerum', '', ...body,
].join('\n'));
const people = (x: ReturnType<typeof snippet>, item: string) => x.agendaItems.find((i) => i.number === item)?.people;

describe('"Lena A": a first name with the surname initial', () => {
  const x = note('1. Inledning', 'Lena A hälsade välkommen.', '', '2. Runda', 'Lena B. och Kristina L berättade om läget.', '', '3. Övrigt', 'Kristina B och Lena C var sjuka.', 'Lena tackade.');
  it('picks the one attendee with that first name and initial', () => {
    expect(people(x, '1')).toEqual(['Lena Abrahamsson']);
    expect(people(x, '2')).toEqual(['Lena Berg', 'Kristina Lööf']);
    expect(x.peopleMentioned.find((m) => m.name === 'Lena Berg')?.surface).toBe('Lena B.');
  });
  it('links no one when the initial fits no attendee or the first name alone is shared', () => {
    expect(people(x, '3')).toEqual([]);
  });
  it('indexes only first name and initial pairs that one person has', () => {
    expect([...buildInitialIndex(['Lena Abrahamsson', 'Lena Andersson', 'Lena Berg', 'Cher'])]).toEqual([['lena b', 'Lena Berg']]);
  });
});

describe('a first name alone after the full name in the body', () => {
  it('is the person the body named in full, presenting by the later sentence', () => {
    const x = note('1. Gäst', 'Vi hälsar Anna Nyberg välkommen.', '', '2. Statistik', 'Anna berättade om statistiken.');
    expect(people(x, '2')).toEqual(['Anna Nyberg']);
    expect(x.peopleMentioned.find((m) => m.agendaItem === '2')).toMatchObject({ name: 'Anna Nyberg', surface: 'Anna', role: 'presenter' });
  });
  it('is no one when two people of the body share it, or an attendee has it', () => {
    const x = note('1. Gäster', 'Anna Nyberg och Anna Holm från SKR var inbjudna. Lena Ek från VGR likaså.', '', '2. Statistik', 'Anna visade statistik. Lena gick igenom siffrorna.');
    expect(people(x, '2')).toEqual([]);
  });
  it('is not taken from a full name that comes only later', () => {
    const x = note('1. Inledning', 'Anna visade statistik.', '', '2. Gäst', 'Anna Nyberg från SKR berättade.');
    expect(people(x, '1')).toEqual([]);
  });
});
