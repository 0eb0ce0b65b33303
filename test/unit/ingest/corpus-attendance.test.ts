import { describe, expect, it } from 'vitest';
import { attendee, note } from './corpus-helpers';

describe('attendance in the seed notes', () => {
  it('reads OCR-damaged "Name, Municipality" lines with canonical municipalities (000)', () => {
    const x = note('000');
    expect(attendee(x, 'Jörgen Larzon')).toMatchObject({ surface: 'Jorgen Larzon', affiliation: 'Göteborg', affiliationKind: 'municipality' });
    expect(attendee(x, 'Göran Hjertstrand')?.affiliation).toBe('Mölndal');
    expect(attendee(x, 'Angelica Francisca')?.affiliation).toBe('Öckerö');
    expect(attendee(x, 'Karin Lindell')?.affiliation).toBe('Härryda');
    expect(attendee(x, 'Camilla Hesselroth')?.affiliation).toBe('Göteborg');
    expect(attendee(x, 'Ann Törnqvist')?.surface).toBe('Ann Térnqvist');
  });

  it('keeps an OCR surname the parser cannot prove wrong as written (Aimgren)', () => {
    expect(attendee(note('000'), 'Peter Aimgren')).toMatchObject({ affiliation: 'Kungälv', group: 'IFO' });
  });

  it('lists a person under two group headings once, with both groups', () => {
    const x = note('000');
    expect(x.attendees.filter((a) => a.name === 'Maria Havseng')).toHaveLength(1);
    expect(attendee(x, 'Maria Havseng')?.groups).toEqual(['IFO', 'Funktionsstöd']);
  });

  it('shares one affiliation among several names and resolves GR/FoU | Väst', () => {
    const x = note('000');
    for (const n of ['Anna Melke', 'Jenny Rehman', 'Cornelia Björk', 'Alice Sjöstedt']) {
      expect(attendee(x, n)).toMatchObject({ affiliation: 'FoU i Väst', affiliationKind: 'organisation', group: 'Övriga' });
    }
    expect(attendee(x, 'Cecilia Axelsson')?.affiliation).toBe('GR');
    expect(attendee(x, 'Nicholas Singleton')?.affiliation).toBe('GR');
  });

  it('reads "FoU Malmö" and a parenthesised network unit', () => {
    const x = note('000');
    expect(attendee(x, 'Petra Bjorne')).toMatchObject({ affiliation: 'FoU Malmö', affiliationKind: 'organisation' });
    expect(attendee(x, 'Per Åkerman')).toMatchObject({ affiliation: 'Tjörn' });
    expect(attendee(x, 'Per Åkerman')?.unit).toMatch(/verksamhetsutvecklare/);
  });

  it('uses markdown group headings named after networks (001)', () => {
    const x = note('001');
    expect(x.attendees).toHaveLength(25);
    expect(attendee(x, 'Peter Almgren')).toMatchObject({ affiliation: 'Kungälv', group: 'IFO-chefsnätverket' });
    expect(attendee(x, 'Göran Hjertstrand')).toMatchObject({ affiliation: 'Mölndal', group: 'FH-chefsnätverket' });
    expect(attendee(x, 'Carina Håberg')?.affiliation).toBe('Göteborg');
  });

  it('strips "punkt N" and records the items a person presents (002)', () => {
    const x = note('002');
    expect(x.attendees).toHaveLength(21);
    expect(attendee(x, 'Cristina Dahlberg')).toMatchObject({ affiliation: 'GR', presentsItems: ['3'] });
    expect(attendee(x, 'Anna Melke')?.presentsItems).toEqual(['4', '5']);
    expect(attendee(x, 'Tove Corneliusson')).toMatchObject({ affiliation: 'VästKom', presentsItems: ['2'] });
    expect(attendee(x, 'Therese Sammels')).toMatchObject({ affiliation: 'Göteborg', unit: 'Social Resurs' });
  });

  it('gives names under "Göteborgsregionen" the affiliation GR (003)', () => {
    const x = note('003');
    expect(attendee(x, 'Cecilia Axelsson')).toMatchObject({ affiliation: 'GR', group: 'Göteborgsregionen' });
    expect(attendee(x, 'Cornelia Björk')?.affiliation).toBe('FoU i Väst');
    expect(attendee(x, 'Irène Blomqvist')).toMatchObject({ affiliation: 'Ale', group: 'Nätverket' });
    expect(x.attendees).toHaveLength(19);
  });

  it('reads bullet lists and keeps people without affiliation (004)', () => {
    const x = note('004');
    expect(x.attendees).toHaveLength(24);
    expect(attendee(x, 'Eva Klang Vänerklint')).toMatchObject({ affiliation: null, group: 'Nätverket' });
    expect(attendee(x, 'Sara Nordenhielm')?.affiliation).toBe('GR');
    expect(attendee(x, 'Mikaela Starke')).toMatchObject({ affiliation: 'Göteborgs universitet', group: 'Övriga' });
    expect(attendee(x, 'Ulrica Söderlund')?.affiliation).toBe('VGR');
  });
});
