import { describe, expect, it } from 'vitest';
import { note } from './corpus-helpers';

const project = (prefix: string, name: string) => note(prefix).projects.find((p) => p.name === name);
const item = (prefix: string, n: string) => note(prefix).agendaItems.find((i) => i.number === n);

describe('projects, themes and agenda items in the seed notes', () => {
  it('finds Yrkesresan with its tracks', () => {
    expect(project('000', 'Yrkesresan')?.track).toBe('Funktionshinder');
    expect(project('003', 'Yrkesresan')?.tracks).toEqual(['Barn och unga', 'Missbruk och beroende', 'Funktionshinder']);
    expect(project('002', 'Yrkesresan')?.track).toBeNull();
  });

  it('attaches the Mini-Maria samverkansområden municipalities', () => {
    const p = project('004', 'Mini-Maria');
    expect(p?.municipalities).toEqual(['Ale', 'Lilla Edet', 'Kungälv', 'Stenungsund', 'Lerum', 'Partille', 'Alingsås', 'Mölndal', 'Härryda', 'Tjörn', 'Öckerö']);
    expect(p?.municipalityGroups?.[2]).toEqual(['Lerum', 'Partille', 'Alingsås']);
    expect(p?.municipalityEvidence).toContain('samverkansområden');
  });

  it('attaches the municipalities of the FoU parent-support project', () => {
    const p = project('002', 'Stöd till föräldrar med placerade barn');
    expect(p?.municipalities).toEqual(['Stenungsund', 'Alingsås', 'Göteborg', 'Mölndal']);
    expect(p?.municipalityEvidence).toBe('Stenungsund, Alingsås, Göteborg och Mölndal deltar.');
  });

  it('reads "Alla kommuner med" as every GR municipality', () => {
    const p = project('000', 'Branschråd funktionsstöd');
    expect(p?.allMunicipalities).toBe(true);
    expect(p?.municipalities).toHaveLength(13);
  });

  it('finds Hållbar socialtjänst in notes 000, 001 and 004, OCR included', () => {
    for (const n of ['000', '001', '004']) expect(note(n).themes.map((t) => t.name)).toContain('Hållbar socialtjänst');
    expect(note('004').themes.find((t) => t.name === 'Hållbar socialtjänst')?.evidence).toContain('SoU 2020:47');
  });

  it('reports unknown names as candidates, not people or months', () => {
    expect(note('002').candidates.map((c) => c.name).sort()).toEqual(['SAMLA', 'SIMBA', 'SPINK']);
    expect(note('004').candidates.map((c) => c.name)).toEqual(['FVM']);
  });

  it('splits numbered agenda items with spans and presenters (002)', () => {
    const x = note('002');
    expect(x.agendaItems.filter((i) => i.kind === 'numbered')).toHaveLength(11);
    expect(item('002', '2')).toMatchObject({ title: 'Kvinnofrid', line: 32, presenters: ['Tove Corneliusson'] });
    expect(item('002', '3')?.presenters).toEqual(['Cristina Dahlberg', 'Nicholas Singleton']);
    expect(item('002', '5')?.projects).toEqual(['Stöd till föräldrar med placerade barn']);
    expect(item('002', '6')?.presenters).toEqual(['Nicholas Singleton']);
  });

  it('finds dash-listed presenters and Korta punkter sub-items (003)', () => {
    expect(item('003', '4')?.presenters).toEqual(['Anna Pellegrini', 'Petra Björnsdotter', 'Lina Granlund', 'Christine Lidström']);
    expect(item('003', '5.2')).toMatchObject({ kind: 'sub-bullet', parent: '5', projects: ['Yrkesresan'] });
    expect(note('003').agendaItems.filter((i) => i.parent === '5')).toHaveLength(9);
  });

  it('splits a theme day on its programme bullets (001) and OCR bullets (000)', () => {
    const titles1 = note('001').agendaItems.map((i) => i.title);
    expect(titles1).toContain('Kunskap genom brukare');
    expect(note('001').agendaItems.find((i) => i.title === 'Den politiska nivån')?.presenters).toEqual(['Iréne Blomqvist', 'Taija Tuomilehto Holmberg']);
    const titles0 = note('000').agendaItems.map((i) => i.title);
    expect(titles0).toEqual(expect.arrayContaining(['Dagens tema', 'Om beprdvad erfarenhet', 'Beforskade metoder']));
  });

  it('records people mentioned with affiliations from the text', () => {
    const m = note('001').peopleMentioned.find((p) => p.name === 'Gunilla Avby');
    expect(m).toMatchObject({ affiliation: 'Stockholms universitet', role: 'presenter' });
    expect(note('002').peopleMentioned.find((p) => p.name === 'Jessica Ek')).toMatchObject({ affiliation: 'Skaraborgsregionen', role: 'mentioned' });
  });
});
