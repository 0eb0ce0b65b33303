import { describe, expect, it } from 'vitest';
import { note } from './corpus-helpers';

describe('meeting metadata in the seed notes', () => {
  it('takes stated heading dates as given', () => {
    expect(note('000').meeting).toMatchObject({ date: '2023-03-24', dateInferred: false, datePrecision: 'day' });
    expect(note('001').meeting).toMatchObject({ date: '2022-05-06', dateInferred: false, datePrecision: 'day' });
  });

  it('infers spring 2019 from announced events (002)', () => {
    const m = note('002').meeting;
    expect(m).toMatchObject({ date: '2019-03', dateInferred: true, datePrecision: 'month' });
    expect(m.dateEvidence).toContain('14 november 2019');
  });

  it('infers early 2023 from decisions and launches ahead (003)', () => {
    const m = note('003').meeting;
    expect(m.dateInferred).toBe(true);
    expect(['2023-01', '2023-02']).toContain(m.date);
  });

  it('infers December 2020 from past decisions, deadlines and the Christmas greeting (004)', () => {
    const m = note('004').meeting;
    expect(m).toMatchObject({ date: '2020-12', dateInferred: true, datePrecision: 'month' });
    expect(m.dateEvidence).toContain('2020-12-11');
  });

  it('finds both networks of a joint meeting from the title and group headings', () => {
    expect(note('000').meeting).toMatchObject({ networks: ['IFO-chefsnätverket', 'FH-chefsnätverket'], networksInferred: false });
    expect(note('001').meeting.networks).toEqual(['IFO-chefsnätverket', 'FH-chefsnätverket']);
  });

  it('reads the network from an unnumbered heading (003) and infers it when none is named (002)', () => {
    expect(note('003').meeting).toMatchObject({ networks: ['IFO-chefsnätverket'], networksInferred: false });
    expect(note('002').meeting).toMatchObject({ networks: ['IFO-chefsnätverket'], networksInferred: true });
    expect(note('004').meeting.networksInferred).toBe(true);
  });

  it('reads title and location', () => {
    expect(note('000').meeting.title).toBe('Gemensamt mote for natverken for chefer inom IFO och Funktionsstod');
    expect(note('000').meeting.location).toBe('GR');
    expect(note('001').meeting.location).toBe('GR, Anders Persons gatan 8, Lokal Sexan');
  });

  it('finds note-takers in every layout', () => {
    expect(note('000').noteTakers).toEqual(['Nicholas Singleton', 'Cecilia Axelsson', 'Cornelia Björk']);
    expect(note('001').noteTakers).toEqual(['Nicholas Singelton']);
    // "Nicholas Singleton/EB": EB is the one attendee with those initials, Elisabeth Beijer.
    expect(note('002').noteTakers).toEqual(['Nicholas Singleton', 'Elisabeth Beijer']);
    expect(note('003').noteTakers).toEqual([]);
    expect(note('004').noteTakers).toEqual(['Sara Nordenhielm']);
  });
});
