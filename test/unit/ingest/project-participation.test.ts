// Project participation: which municipalities a note says take part in a project. Exceptions
// ("alla utom Kungsbacka"), interest that is not participation ("har anmält intresse"), and the
// verbs of the genre that state participation ("arbetar med SkolFam", "har FFT-team", "öppnade").
// Short invented notes, run whole.
import { describe, expect, it } from 'vitest';
import { buildVocabulary, extractDocument, type Extraction, type ProjectMention } from '../../../server/ingest/parse/index';
import { snippet, vocabulary } from './corpus-helpers';

const GR = vocabulary.grMunicipalities;
const but = (...out: string[]) => GR.filter((m) => !out.includes(m));
const sorted = (xs: readonly string[]) => [...xs].sort((a, b) => a.localeCompare(b, 'sv'));

/** A note with one agenda item: its title and body lines. */
const lines = (title: string, ...body: string[]) => [
  'Anteckningar Barnchefsnätverket 2025-01-17', '', 'Närvarande:', 'Anna Svensson, Lerum', 'Bo Ek, Ale', '',
  `1. ${title}`, ...body, '', '2. Övrigt', 'Inga övriga frågor.',
].join('\n');
const note = (title: string, ...body: string[]) => snippet(lines(title, ...body));
const project = (x: Extraction, name: string): ProjectMention | undefined => x.projects.find((p) => p.name === name);
const munis = (x: Extraction, name: string) => sorted(project(x, name)?.municipalities ?? []);

describe('exceptions: "utom", "förutom", "med undantag av"', () => {
  it('"från alla GR-kommuner utom Kungsbacka" is the twelve others', () => {
    const x = note('Barnahus', 'Barnahus Göteborg tar emot ärenden från alla GR-kommuner utom Kungsbacka, som tillhör Barnahus Halland.');
    expect(munis(x, 'Barnahus')).toEqual(sorted(but('Kungsbacka')));
    expect(project(x, 'Barnahus')?.allMunicipalities).not.toBe(true);
  });

  it('"Alla kommuner utom Lilla Edet har anmält deltagare" (project from the item title)', () => {
    const x = note('Yrkesresan Barn och unga', 'Omgång 5 startar i mars. Alla kommuner utom Lilla Edet har anmält deltagare.');
    expect(munis(x, 'Yrkesresan')).toEqual(sorted(but('Lilla Edet')));
    expect(project(x, 'Yrkesresan')?.allMunicipalities).not.toBe(true);
  });

  it('"Alla kommuner är med i finansieringen utom Öckerö": twelve, not all', () => {
    const x = note('Resursteam välfärdsteknik', 'Alla kommuner är med i finansieringen utom Öckerö, som återkommer efter budgetbeslut.');
    expect(munis(x, 'Resursteam välfärdsteknik')).toEqual(sorted(but('Öckerö')));
    expect(project(x, 'Resursteam välfärdsteknik')?.allMunicipalities).not.toBe(true);
  });

  it('"samtliga" is "alla"; "Alla utom X och Y"; "med undantag av"', () => {
    expect(munis(note('SkolFam', 'Samtliga kommuner deltar i SkolFam med undantag av Tjörn.'), 'SkolFam')).toEqual(sorted(but('Tjörn')));
    expect(munis(note('FFT', 'Alla utom Ale och Tjörn deltar i FFT-utbildningen.'), 'FFT')).toEqual(sorted(but('Ale', 'Tjörn')));
  });

  it('exceptions hold without "alla", for a dash-joined pair, and across OCR damage', () => {
    expect(munis(note('Mini-Maria', 'Lerum, Partille och Alingsås deltar i Mini-Maria, förutom Partille.'), 'Mini-Maria')).toEqual(['Alingsås', 'Lerum']);
    expect(munis(note('Mini-Maria', 'Mini-Maria finns nu i samtliga samverkansområden utom Tjörn–Öckerö.'), 'Mini-Maria')).toEqual(sorted(but('Tjörn', 'Öckerö')));
    expect(munis(note('Yrkesresan', 'Alla kommuner utom Lilla Edet har anm\uFFFDlt deltagare till Yrkesresan.'), 'Yrkesresan')).toEqual(sorted(but('Lilla Edet')));
  });

  it('an exception reaches across the clauses of its sentence', () => {
    expect(munis(note('SkolFam', 'Alla kommuner deltar i SkolFam; undantaget är Öckerö.'), 'SkolFam')).toEqual(sorted(but('Öckerö')));
  });

  it('"förutom ... även" means besides, not except', () => {
    expect(munis(note('Yrkesresan', 'Förutom Ale deltar även Lerum i Yrkesresan.'), 'Yrkesresan')).toEqual(['Ale', 'Lerum']);
  });

  it('"Alla kommuner med" without an exception is still every municipality', () => {
    const x = note('Branschråd funktionsstöd', 'Alla kommuner är med i Branschråd funktionsstöd.');
    expect(munis(x, 'Branschråd funktionsstöd')).toEqual(sorted(GR));
    expect(project(x, 'Branschråd funktionsstöd')?.allMunicipalities).toBe(true);
  });

  it('a municipality inside the matched project name is not a participant', () => {
    const data = structuredClone(vocabulary.data);
    const barnahus = data.projects.find((p) => p.name === 'Barnahus');
    barnahus?.aliases.push('Barnahus Göteborg');
    const vocab = buildVocabulary(data);
    const x = extractDocument(lines('Barnahus', 'Barnahus Göteborg tar emot ärenden från Ale och Kungälv.'), { filename: 'snippet.md', vocabulary: vocab });
    expect(munis(x, 'Barnahus')).toEqual(['Ale', 'Kungälv']);
  });
});

describe('interest, plans and waiting are not participation (per clause)', () => {
  it('"deltar i piloten; Härryda och Partille har anmält intresse"', () => {
    const x = note('Yrkesresan Funktionshinder', 'Ale, Kungälv och Lerum deltar i piloten för det regionala utförandet; Härryda och Partille har anmält intresse inför hösten.');
    expect(munis(x, 'Yrkesresan')).toEqual(['Ale', 'Kungälv', 'Lerum']);
  });

  it.each([
    ['Göteborg och Mölndal har meddelat att de vill ansluta i nästa fas'],
    ['Göteborg och Mölndal överväger att starta under 2025'],
    ['Göteborg och Mölndal funderar på att delta'],
    ['Göteborg och Mölndal planerar att ansluta till SkolFam'],
    ['Göteborg och Mölndal är intresserade av SkolFam'],
    ['Göteborg och Mölndal har visat intresse för SkolFam'],
    ['Göteborg och Mölndal deltar inte i SkolFam'],
  ])('"%s"', (clause) => {
    const x = note('SkolFam', `Tjörn deltar i SkolFam, men ${clause}.`);
    expect(munis(x, 'SkolFam')).toEqual(['Tjörn']);
  });

  it('a serial comma before "och" keeps the list whole', () => {
    expect(munis(note('SkolFam', 'Kungsbacka, Mölndal, och Öckerö deltar i SkolFam.'), 'SkolFam')).toEqual(['Kungsbacka', 'Mölndal', 'Öckerö']);
  });

  it('a participation verb before the plan still counts', () => {
    expect(munis(note('SkolFam', 'Ale deltar i SkolFam och planerar att utöka arbetet.'), 'SkolFam')).toEqual(['Ale']);
  });
});

describe('the verbs that state participation', () => {
  it('"arbetar ... redan med SkolFam"; "överväger att starta" is not', () => {
    const x = note('SkolFam', 'I GR arbetar Kungsbacka, Mölndal och Öckerö redan med SkolFam; Stenungsund och Tjörn överväger att starta under 2025.');
    expect(munis(x, 'SkolFam')).toEqual(['Kungsbacka', 'Mölndal', 'Öckerö']);
  });

  it('"har utbildade FFT-team" and "startar en pilot med Mocking Bird"', () => {
    const x = note('FFT och Mocking Bird', 'Göteborg, Partille och Härryda har utbildade FFT-team. Kungsbacka och Alingsås startar en pilot med Mocking Bird under våren.');
    expect(munis(x, 'FFT')).toEqual(['Göteborg', 'Härryda', 'Partille']);
    expect(munis(x, 'Mocking Bird')).toEqual(['Alingsås', 'Kungsbacka']);
  });

  it('"startar en pilot" takes the project the item is about', () => {
    const x = note('Mocking Bird', 'Modellen presenteras. Kungsbacka och Alingsås startar en pilot under våren.');
    expect(munis(x, 'Mocking Bird')).toEqual(['Alingsås', 'Kungsbacka']);
  });

  it('"Mini-Maria Mölndal–Härryda öppnade" and "har öppnat Mini-Maria"', () => {
    expect(munis(note('Mini-Maria', 'Karin Nyström informerar om att Mini-Maria Mölndal–Härryda öppnade i december.'), 'Mini-Maria')).toEqual(['Härryda', 'Mölndal']);
    expect(munis(note('Mini-Maria', 'Lerum har öppnat Mini-Maria tillsammans med regionen.'), 'Mini-Maria')).toEqual(['Lerum']);
  });
});

describe('precision: a place in the same sentence as a project is not a participant', () => {
  it('mentions, experience-sharing and other topics stay empty', () => {
    const x = note('SkolFam', 'Helena Sjögren berättar om SkolFam, som har utvecklats i Helsingborg. Mölndal och Öckerö delar sina erfarenheter av SkolFam.');
    expect(munis(x, 'SkolFam')).toEqual([]);
  });

  it('a verb about something else in the project item claims nothing', () => {
    const x = note('Resursteam välfärdsteknik', 'Resursteamet presenteras. Kungsbacka har infört digital tillsyn nattetid. Alla kommuner uppmanas att se över sina behov.');
    expect(munis(x, 'Resursteam välfärdsteknik')).toEqual([]);
    expect(project(x, 'Resursteam välfärdsteknik')?.allMunicipalities).not.toBe(true);
  });

  it('"alla samverkansområden" without a verb is not everyone', () => {
    const x = note('Mini-Maria', 'Representanter från alla samverkansområden redovisar läget för Mini-Maria.');
    expect(munis(x, 'Mini-Maria')).toEqual([]);
  });
});

describe('a place inside an organisation name takes no part', () => {
  it('"deltog professor X från Göteborgs universitet" claims no Göteborg for the item\'s project', () => {
    const x = note('FYS', 'Under punkten deltog professor Karin Fält från Göteborgs universitet och presenterade FYS.');
    expect(munis(x, 'FYS')).toEqual([]);
  });
  it('a municipality\'s own organisation still does ("Social Resurs Göteborg deltar")', () => {
    const x = note('FFT', 'Social Resurs Göteborg och Lerum deltar i FFT.');
    expect(munis(x, 'FFT')).toEqual(['Göteborg', 'Lerum']);
  });
});

describe('clauses joined by a comma, each with its own verb', () => {
  it('"Lerum deltar sedan 2019, Ale planerar att ansluta" is Lerum only', () => {
    expect(munis(note('SkolFam', 'Lerum deltar sedan 2019, Ale planerar att ansluta.'), 'SkolFam')).toEqual(['Lerum']);
  });
  it('"I SkolFam deltar Ale, Lerum och Partille, Kungälv överväger att gå med" leaves Kungälv out', () => {
    expect(munis(note('SkolFam', 'I SkolFam deltar Ale, Lerum och Partille, Kungälv överväger att gå med.'), 'SkolFam')).toEqual(['Ale', 'Lerum', 'Partille']);
  });
  it('"Lerum deltar, Ale deltar inte" is Lerum only', () => {
    expect(munis(note('SkolFam', 'Lerum deltar, Ale deltar inte.'), 'SkolFam')).toEqual(['Lerum']);
  });
  it('still reads one verb for a list: "Ale deltar, Lerum också"', () => {
    expect(munis(note('SkolFam', 'Ale deltar, Lerum också.'), 'SkolFam')).toEqual(['Ale', 'Lerum']);
  });
});

describe('more ways of saying a project runs in a place', () => {
  it('"SkolFam används i Ale och Lerum sedan 2018"', () => {
    expect(munis(note('SkolFam', 'SkolFam används i Ale och Lerum sedan 2018.'), 'SkolFam')).toEqual(['Ale', 'Lerum']);
  });
  it('"Ale och Lerum är nya deltagare i SkolFam", but not "Ale har lämnat SkolFam"', () => {
    expect(munis(note('SkolFam', 'Ale och Lerum är nya deltagare i SkolFam.'), 'SkolFam')).toEqual(['Ale', 'Lerum']);
    expect(munis(note('SkolFam', 'Ale har lämnat SkolFam.'), 'SkolFam')).toEqual([]);
  });
});

describe('signing up, agreements and running services are taking part; English hedges are not', () => {
  it('"har anmält att de vill vara med i första omgången" signs them up', () => {
    const x = note('Yrkesresan', 'Ale, Härryda och Öckerö har anmält att de vill vara med i första omgången. Göteborg avvaktar beslut.');
    expect(munis(x, 'Yrkesresan')).toEqual(['Ale', 'Härryda', 'Öckerö']);
  });
  it('"har tecknat avtal med Barnahus" and "Mottagningarna i Mölndal och Härryda är igång"', () => {
    expect(munis(note('Barnahus', 'Partille och Tjörn har tecknat avtal med Barnahus.'), 'Barnahus')).toEqual(['Partille', 'Tjörn']);
    expect(munis(note('Mini-Maria', 'Mottagningarna i Mölndal och Härryda är igång sedan 2021.'), 'Mini-Maria')).toEqual(['Härryda', 'Mölndal']);
  });
  it('"Göteborg is considering taking part" and "Ale has declined" take no part', () => {
    const x = note('Mocking Bird', 'Kungsbacka and Partille have joined the pilot of Mocking Bird. Göteborg is considering taking part from 2025. Ale has declined.');
    expect(munis(x, 'Mocking Bird')).toEqual(['Kungsbacka', 'Partille']);
  });
});

describe('leaving, declining and going on', () => {
  it('"12 kommuner medverkar i Mötesplats IFO, Öckerö har i år valt att inte medverka" gives Öckerö no part', () => {
    expect(munis(note('Mötesplats IFO', '12 kommuner medverkar i Mötesplats IFO, Öckerö har i år valt att inte medverka.'), 'Mötesplats IFO')).toEqual([]);
  });
  it('"Ale, Kungälv och Lerum fortsätter i samarbetet. Stenungsund lämnar FFT-samarbetet …" keeps the three', () => {
    const x = note('FFT', 'Ale, Kungälv och Lerum fortsätter i samarbetet. Stenungsund lämnar FFT-samarbetet från 1 januari och Härryda har redan avslutat sitt deltagande.');
    expect(munis(x, 'FFT')).toEqual(['Ale', 'Kungälv', 'Lerum']);
  });
  it('"Lerum och Partille går vidare med Mini-Maria, medan Tjörn står utanför"', () => {
    expect(munis(note('Mini-Maria', 'Lerum och Partille går vidare med Mini-Maria, Tjörn står utanför.'), 'Mini-Maria')).toEqual(['Lerum', 'Partille']);
  });
});
