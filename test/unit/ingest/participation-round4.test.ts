// Project participation, round 4: negation with an adverb before "inte" ("har ännu inte tecknat
// avtal"), English "all municipalities except", the genre's join phrasings ("går in i förstudien",
// "Nya deltagare: …", "går med i", "beslut om att gå med"), a known project with a track or a site
// after it, project names in sentence case after a cue word ("projektet Trygg digital tillsyn"), and
// evidence that does not begin on a label line above. Short invented notes, run whole.
import { describe, expect, it } from 'vitest';
import type { Extraction, ProjectMention } from '../../../server/ingest/parse/index';
import { snippet, vocabulary } from './corpus-helpers';

const GR = vocabulary.grMunicipalities;
const but = (...out: string[]) => GR.filter((m) => !out.includes(m));
const sorted = (xs: readonly string[]) => [...xs].sort((a, b) => a.localeCompare(b, 'sv'));

/** A note with one agenda item: its title and body lines. */
const note = (title: string, ...body: string[]) => snippet([
  'Anteckningar IFO-chefsnätverket 2025-02-07', '', 'Närvarande:', 'Anna Svensson, Lerum', 'Bo Ek, Ale', '',
  `1. ${title}`, ...body, '', '2. Övrigt', 'Inga övriga frågor.',
].join('\n'));
const project = (x: Extraction, name: string): ProjectMention | undefined => x.projects.find((p) => p.name === name);
const munis = (x: Extraction, name: string) => sorted(project(x, name)?.municipalities ?? []);
const candidates = (x: Extraction) => x.candidates.map((c) => `${c.kind}:${c.name}`);

describe('negation with an adverb between the verb and "inte"', () => {
  it('"Tjörn och Öckerö har ännu inte tecknat avtal om Mini-Maria" gives no participant', () => {
    const x = note('Mini-Maria', 'Tjörn och Öckerö har ännu inte tecknat avtal om Mini-Maria.');
    expect(project(x, 'Mini-Maria')).toBeDefined();
    expect(munis(x, 'Mini-Maria')).toEqual([]);
  });

  it('a negated sentence after a participating one takes nothing away and adds nothing', () => {
    const x = note('Mini-Maria', 'Ale och Lerum deltar i Mini-Maria. Tjörn och Öckerö har ännu inte tecknat avtal.');
    expect(munis(x, 'Mini-Maria')).toEqual(['Ale', 'Lerum']);
  });

  it.each([
    'Kungälv har fortfarande inte tecknat avtal om SkolFam.',
    'Kungälv har än så länge inte tecknat avtal om SkolFam.',
    'Kungälv deltar fortfarande inte i SkolFam.',
    'Kungälv medverkar ännu inte i SkolFam.',
    'Kungälv ingår numera inte längre i SkolFam.',
    'Kungälv har ännu ej tecknat avtal om SkolFam.',
  ])('"%s" gives none', (sentence) => {
    const x = note('SkolFam', 'Ale deltar i SkolFam.', sentence);
    expect(munis(x, 'SkolFam')).toEqual(['Ale']);
  });
});

describe('English "all municipalities except"', () => {
  it('"All municipalities except Göteborg and Tjörn take part in …" is the eleven others', () => {
    const x = note('Resursteam välfärdsteknik', 'All municipalities except Göteborg and Tjörn take part in Resursteam välfärdsteknik.');
    expect(munis(x, 'Resursteam välfärdsteknik')).toEqual(sorted(but('Göteborg', 'Tjörn')));
    expect(project(x, 'Resursteam välfärdsteknik')?.allMunicipalities).not.toBe(true);
  });

  it('"All municipalities except Tjörn have joined Mini-Maria" is the twelve others', () => {
    expect(munis(note('Mini-Maria', 'All municipalities except Tjörn have joined Mini-Maria.'), 'Mini-Maria')).toEqual(sorted(but('Tjörn')));
  });
});

describe('join phrasings of the genre', () => {
  it('"Kungälv går in i förstudien" joins the project named earlier in the item; "tackat nej" does not', () => {
    const x = note('Förstudie Ekonomiskt bistånd', 'Fem kommuner har hittills anmält sig. Kungälv går in i förstudien, och Härryda och Öckerö har tackat nej.');
    expect(munis(x, 'Förstudie Ekonomiskt bistånd')).toEqual(['Kungälv']);
  });

  it('"Ny deltagare: Lerum." and "Nya deltagare: Härryda och Tjörn."', () => {
    expect(munis(note('Förstudie Ekonomiskt bistånd', 'Läget redovisades. Ny deltagare: Lerum.'), 'Förstudie Ekonomiskt bistånd')).toEqual(['Lerum']);
    expect(munis(note('Yrkesresan', 'Spåret har startat. Nya deltagare: Härryda och Tjörn.'), 'Yrkesresan')).toEqual(['Härryda', 'Tjörn']);
  });
  it('"Nya deltagare i nätverket" are new members of the network, not of the project', () => {
    expect(munis(note('Yrkesresan', 'Spåret har startat. Nya deltagare i nätverket: Sara Holm, Lerum och Eva Lind, Ale.'), 'Yrkesresan')).toEqual([]);
  });

  it('present "går med i", and "har fattat beslut om att gå med"', () => {
    expect(munis(note('Mini-Maria', 'Öckerö går med i Mini-Maria från 1 september.'), 'Mini-Maria')).toEqual(['Öckerö']);
    expect(munis(note('Mini-Maria', 'Mini-Maria har öppnat fler mottagningar. Alingsås har fattat beslut om att gå med från 2018.'), 'Mini-Maria')).toEqual(['Alingsås']);
    expect(munis(note('SkolFam', 'Alingsås har beslutat att gå med i SkolFam.'), 'SkolFam')).toEqual(['Alingsås']);
  });

  it('hedges and "går med på" (agrees to) stay out', () => {
    const x = note('SkolFam', 'Ale deltar i SkolFam.', 'Kungsbacka planerar att ansluta 2026.', 'Härryda har anmält intresse för att gå med.',
      'Partille överväger att gå med i SkolFam.', 'Lerum vill gå med i SkolFam.', 'Mölndal går med på förslaget om SkolFam.');
    expect(munis(x, 'SkolFam')).toEqual(['Ale']);
  });
});

describe('a known project with a track or a place after it', () => {
  it('"Yrkesresan Missbruk och beroende" is no candidate, and the track is read', () => {
    const x = note('Yrkesresan', 'Lägesrapport om Yrkesresan Missbruk och beroende.');
    expect(candidates(x)).toEqual([]);
    expect(project(x, 'Yrkesresan')?.tracks).toContain('Missbruk och beroende');
  });

  it('"Öckerö går med i Mini-Maria Kungälv": Öckerö joins; Kungälv names the site; no candidate', () => {
    const x = note('Övrigt om unga', 'Öckerö går med i Mini-Maria Kungälv från 1 september.');
    expect(munis(x, 'Mini-Maria')).toEqual(['Öckerö']);
    expect(candidates(x)).toEqual([]);
  });

  it('the places of a project that is the subject still take part ("Mini-Maria Mölndal–Härryda öppnade")', () => {
    expect(munis(note('Mini-Maria', 'Mini-Maria Mölndal–Härryda öppnade i december.'), 'Mini-Maria')).toEqual(['Härryda', 'Mölndal']);
  });
});

describe('project names in sentence case after a cue word', () => {
  it('"projektet Trygg digital tillsyn, där …", "Projektet Växa i vården startar …", "satsning Heltid som norm från …"', () => {
    const x = note('Digitalisering',
      'Göran Holm, Mölndal, presenterar projektet Trygg digital tillsyn, där Mölndal och Härryda testar nattkameror.',
      'Projektet Växa i vården startar i höst med stöd från ESF; Ale, Stenungsund och Lilla Edet medverkar.',
      'Kungsbacka och Mölndal medverkar i SKR:s satsning Heltid som norm från 2021.');
    expect(candidates(x)).toEqual(expect.arrayContaining(['project:Trygg digital tillsyn', 'project:Växa i vården', 'project:Heltid som norm']));
    expect(x.candidates.find((c) => c.name === 'Växa i vården')?.evidence).toContain('startar i höst');
  });

  it('a name in apposition after a compound cue, and funders and presenters as organisations', () => {
    const x = note('Kompetensförsörjning',
      'Förslaget är ett gemensamt introduktionsprogram, Digitala lyftet, som startar i höst.',
      'The pilot is funded by Vinnova and runs until 2020.', 'Presentation av Barnafrid från Linköpings universitet.');
    expect(sorted(candidates(x))).toEqual(sorted(['project:Digitala lyftet', 'organisation:Vinnova', 'organisation:Barnafrid']));
  });

  it('a cue word without a new name after it gives no candidate', () => {
    const x = note('Kompetensförsörjning', 'Vi följer projektet noga och satsningen på introduktion fortsätter.', 'Metoden prövas i höst; programmet utvärderas.',
      'Vi pratade om programmet, Vi ses nästa gång.', 'Det är ett projekt Göteborgs Stad driver.', 'Modellen Mocking Bird prövas.');
    expect(candidates(x)).toEqual([]);
  });

  it('taking part in a cued project is not taken for the latest known project', () => {
    const x = note('Yrkesresan', 'Ale deltar i Yrkesresan.', 'Lerum deltar i projektet Trygg digital tillsyn.',
      'Projektet Växa i vården startar i höst; Stenungsund och Lilla Edet medverkar.');
    expect(munis(x, 'Yrkesresan')).toEqual(['Ale']);
    expect(candidates(x)).toEqual(expect.arrayContaining(['project:Trygg digital tillsyn', 'project:Växa i vården']));
  });
});

describe('evidence does not begin on a label line above', () => {
  it('"Föredragande: Karin Axelsson, Regionhälsan" is not part of the sentence below it', () => {
    const x = note('Mini-Maria', 'Föredragande: Karin Axelsson, Regionhälsan', 'Ale, Lerum och Partille deltar i Mini-Maria sedan 2019.');
    const p = project(x, 'Mini-Maria');
    expect(munis(x, 'Mini-Maria')).toEqual(['Ale', 'Lerum', 'Partille']);
    expect(p?.municipalityEvidence).toBe('Ale, Lerum och Partille deltar i Mini-Maria sedan 2019.');
    expect(p?.participation?.map((s) => s.evidence)).toEqual(Array(3).fill('Ale, Lerum och Partille deltar i Mini-Maria sedan 2019.'));
  });

  it('a label line whose value wraps onto a lowercase line is still read whole', () => {
    const x = note('SkolFam', 'Beslut: nätverket noterar att Ale och Lerum', 'deltar i SkolFam från hösten.');
    expect(munis(x, 'SkolFam')).toEqual(['Ale', 'Lerum']);
  });
});

describe('a round where each municipality reports on a line of its own', () => {
  it('gives a later sentence of the line the municipality of its label', () => {
    const x = note('Runda', '- **Stenungsund:** Ny verksamhetschef från 1 november. Deltar i Resursteam välfärdsteknik från januari.',
      '- **Ale:** Nytt boende öppnar i mars. Lerum deltar i Mini-Maria.');
    expect(munis(x, 'Resursteam välfärdsteknik')).toEqual(['Stenungsund']);
    expect(munis(x, 'Mini-Maria')).toEqual(['Lerum']);
  });
  it('counts staff who take the programme ("Fyra medarbetare går Yrkesresan") for their municipality', () => {
    const x = note('Runda', '- **Ale:** Nytt boende öppnar i mars. Fyra medarbetare går Yrkesresan funktionshinder i höst.',
      '- **Kungälv:** Två medarbetare går Yrkesresan.', '- **Lerum:** Yrkesresan diskuterades.');
    expect(munis(x, 'Yrkesresan')).toEqual(['Ale', 'Kungälv']);
  });
});

describe('more ways of taking part', () => {
  it('reads decisions to try, training staff, staff on the programme and staff signed up', () => {
    expect(munis(note('Mocking Bird', 'Kungsbacka och Lerum har beslutat att pröva Mocking bird-modellen från 2021.'), 'Mocking Bird')).toEqual(['Kungsbacka', 'Lerum']);
    expect(munis(note('FFT', 'Härryda och Lerum utbildar behandlare i FFT under hösten.'), 'FFT')).toEqual(['Härryda', 'Lerum']);
    expect(munis(note('Yrkesresan', 'Kungsbacka och Stenungsund har medarbetare som går Yrkesresan i vår.'), 'Yrkesresan')).toEqual(['Kungsbacka', 'Stenungsund']);
    expect(munis(note('Yrkesresan', 'Ale och Tjörn har anmält medarbetare till Yrkesresan.'), 'Yrkesresan')).toEqual(['Ale', 'Tjörn']);
  });
  it('keeps a place that only plans to start, after a comma, out of those already working with it', () => {
    const x = note('SkolFam', 'Göteborg och Alingsås har arbetat med SkolFam sedan våren, Kungsbacka planerar att starta 2017.');
    expect(munis(x, 'SkolFam')).toEqual(['Alingsås', 'Göteborg']);
  });
});

describe('candidates from lines laid out in columns and cued names in capitals', () => {
  it('takes no name across column headings, and one candidate for "projektet Trygga Hem"', () => {
    const x = note('Kartläggning', 'Tabellen visar antal:', '<b>Barn och unga</b>\t<b>Ensamkommande</b>\t<b>Familjehem</b>\t<b>Missbruk och beroende</b>',
      'Lerum startar projektet Trygga Hem i höst.');
    expect(x.candidates.map((c) => [c.name, c.kind])).toEqual([['Trygga Hem', 'project']]);
  });
});
