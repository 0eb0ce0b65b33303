// Networks the vocabulary lacks ("Äldreomsorgsnätverket", "Nätverket för kvalitetsutvecklare"):
// named in the title they are the meeting's network, named anywhere they are candidates.
import { describe, expect, it } from 'vitest';
import { unknownNetworkNames } from '../../../server/ingest/parse/network-names';
import { snippet, vocabulary } from './corpus-helpers';

const body = ['', 'Närvarande:', 'Anna Svensson, Lerum', 'Bo Ek, Ale', '', '1. Inledning', 'Anna Svensson hälsar välkommen.'];
const note = (title: string, ...more: string[]) => snippet([title, ...body, ...more].join('\n'));
const networkCandidates = (x: ReturnType<typeof snippet>) => x.candidates.filter((c) => c.kind === 'network').map((c) => c.name);

describe('a network named in the title but missing from the vocabulary', () => {
  it.each([
    ['Minnesanteckningar Äldreomsorgsnätverket 2018-05-17', 'Äldreomsorgsnätverket'],
    ['Anteckningar LSS-nätverket 2018-05-17', 'LSS-nätverket'],
    ['Anteckningar fran natverksmote Missbruksnatverket 2018-05-17', 'Missbruksnätverket'],
    ['# Nätverket för kvalitetsutvecklare – anteckningar 2018-05-17', 'Nätverket för kvalitetsutvecklare'],
    ['Anteckningar från missbruksnätverket 2018-05-17', 'Missbruksnätverket'],
    ['Anteckningar – Nätverket för enhetschefer inom ekonomiskt bistånd, 2017-09-14', 'Nätverket för enhetschefer inom ekonomiskt bistånd'],
    ['Anteckningar Nätverket för chefer inom äldreomsorg och vård 2017-09-14', 'Nätverket för chefer inom äldreomsorg'],
    ['Anteckningar – Nätverket för ekonomiskt bistånd 2025-01-15', 'Nätverket för ekonomiskt bistånd'],
    ['Anteckningar Nätverket för sociala frågor 2025-01-15', 'Nätverket för sociala frågor'],
  ])('%s → %s', (title, name) => {
    const x = note(title);
    expect(x.meeting).toMatchObject({ networks: [name], networksInferred: false });
    expect(networkCandidates(x)).toEqual([name]);
    expect(x.candidates.find((c) => c.name === name)?.line).toBe(1);
  });

  it('stands next to a listed network in a joint meeting', () => {
    const x = note('Gemensamt möte Barnchefsnätverket och Familjehemsnätverket 2026-01-22');
    expect(x.meeting.networks).toEqual(['Barnchefsnätverket', 'Familjehemsnätverket']);
    expect(networkCandidates(x)).toEqual(['Familjehemsnätverket']);
  });

  it('keeps a content guess from overriding it', () => {
    const x = note('Anteckningar Missbruksnätverket 2019-10-02', 'Ekonomiskt bistånd, familjehem och placeringar inom IFO diskuterades.');
    expect(x.meeting.networks).toEqual(['Missbruksnätverket']);
  });
});

describe('network names in the body', () => {
  it('are candidates when capitalised, not the meeting network', () => {
    const x = note('Anteckningar IFO-chefsnätverket 2020-01-01', 'Vi bjuder in Äldreomsorgsnätverket och LSS-nätverket till nästa möte.');
    expect(x.meeting.networks).toEqual(['IFO-chefsnätverket']);
    expect(networkCandidates(x)).toEqual(['Äldreomsorgsnätverket', 'LSS-nätverket']);
    expect(x.candidates.find((c) => c.name === 'LSS-nätverket')?.evidence).toContain('bjuder in');
  });
  it('are not generic network words or listed networks', () => {
    expect(note('Gemensamt möte för nätverken för socialchefer och verksamhetsutvecklare 2020-01-01').candidates).toEqual([]);
    const x = note('Anteckningar 2020-01-01', 'Nätverket diskuterade samverkansnätverket, vårt eget nätverk och chefsnätverket.', 'IFO-nätverket och Nätverket för verksamhetsutvecklare träffas i maj. Ett nätverk för alla chefer?');
    expect(networkCandidates(x)).toEqual([]);
  });
});

describe('unknownNetworkNames', () => {
  it('finds compounds and "Nätverket för X" phrases with their offsets', () => {
    const text = 'Från Äldreomsorgsnätverket och Nätverket för kvinnofridssamordnare inom GR';
    expect(unknownNetworkNames(text, vocabulary, false)).toEqual([
      { name: 'Äldreomsorgsnätverket', start: 5, end: 26 },
      { name: 'Nätverket för kvinnofridssamordnare', start: 31, end: 66 },
    ]);
  });
  it('admits lowercase compounds only when asked (titles)', () => {
    expect(unknownNetworkNames('till missbruksnätverket', vocabulary, false)).toEqual([]);
    expect(unknownNetworkNames('till missbruksnätverket', vocabulary, true).map((n) => n.name)).toEqual(['Missbruksnätverket']);
  });
});

describe('network names with a pair of words ("barn- och ungdomschefer")', () => {
  const networksOf = (title: string) => snippet([`${title} 2024-02-08`, '', 'Närvarande:', 'Anna Berg, Ale', 'Per Ek, Lerum', '', '1. Inledning', 'Text.'].join('\n')).meeting.networks;
  it('keeps the whole name of a network the vocabulary lacks', () => {
    expect(networksOf('Nätverket för äldre- och omsorgschefer')).toEqual(['Nätverket för äldre- och omsorgschefer']);
  });
  it.each([
    ['Nätverket för barn- och ungdomschefer', 'Barnchefsnätverket'],
    ['Nätverket för chefer inom individ- och familjeomsorgen', 'IFO-chefsnätverket'],
    ['Nätverket för IFO-chefer', 'IFO-chefsnätverket'],
    ['Chefsnätverk Funktionsstöd', 'FH-chefsnätverket'],
    ['Nätverksmöte för chefer inom funktionshinderområdet', 'FH-chefsnätverket'],
  ])('reads "%s" as %s', (title, network) => {
    expect(networksOf(title)).toEqual([network]);
  });
});

describe('a network the title names the short way', () => {
  it.each([
    ['Gemensamt möte för IFO- och FH-chefsnätverken 2022-02-11', ['IFO-chefsnätverket', 'FH-chefsnätverket']],
    ['Möte med IFO- och FH-cheferna 2022-02-11', ['IFO-chefsnätverket', 'FH-chefsnätverket']],
    ['Gemensamt möte IFO/FH 2022-02-11', ['IFO-chefsnätverket', 'FH-chefsnätverket']],
    ['Anteckningar socialchefer och barnchefer 2020-01-20', ['Socialchefsnätverket', 'Barnchefsnätverket']],
    ['Anteckningar från socialchefsträff 2020-01-20', ['Socialchefsnätverket']],
    ['Anteckningar nätverket socialchefer 2020-01-20', ['Socialchefsnätverket']],
    ['Anteckningar IFO-chefer 2020-01-20', ['IFO-chefsnätverket']],
    ['Anteckningar beredningsgruppen FH 2020-01-20', ['FH-chefsnätverket']],
    ['Gemensamt möte för nätverken för socialchefer och verksamhetsutvecklare 2018-09-07', ['Socialchefsnätverket', 'Nätverk för verksamhetsutvecklare']],
  ])('%s → %j', (title, networks) => {
    expect(note(title).meeting).toMatchObject({ networks, networksInferred: false });
  });

  it('takes those short names from the title only, not from a heading or the body', () => {
    const x = note('Anteckningar 2020-01-20', '', '## Information till socialchefer', 'Frågan om FH lyfts till socialchefer och barnchefer.');
    expect(x.meeting.networks).not.toContain('Socialchefsnätverket');
    expect(x.meeting.networks).not.toContain('Barnchefsnätverket');
  });
});

describe('networks named in English', () => {
  it('reads "the Child and Youth Managers\' Network" beside a Swedish name', () => {
    expect(note("Study visit to Glasgow – IFO-chefsnätverket and the Child and Youth Managers' Network, 2018-05-16").meeting.networks)
      .toEqual(['IFO-chefsnätverket', 'Barnchefsnätverket']);
  });
});
