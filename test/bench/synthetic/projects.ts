// Recurring projects and initiatives with the phrases notes use about them.
import type { Network } from './orgs.js';

export interface ProjectDef {
  /** Canonical name, as the truth lists it. */
  name: string;
  /** Agenda-item titles; "{track}" is replaced by one of tracks. */
  titles: readonly string[];
  /** Object of "berättar om …". */
  topic: string;
  /** First and last year the project appears. */
  from: number;
  to: number;
  /** Networks that usually discuss it; empty means any. */
  networks: readonly Network[];
  /** Body sentences; "{år}" is the meeting year, "{track}" a track. */
  sentences: readonly string[];
  tracks?: readonly string[];
}

export const PROJECTS: readonly ProjectDef[] = [
  {
    name: 'Yrkesresan', titles: ['Yrkesresan', 'Yrkesresan {track}', 'Lägesrapport Yrkesresan'],
    topic: 'arbetet med förvaltning och utveckling av Yrkesresan', from: 2017, to: 2026, networks: [],
    tracks: ['Barn och unga', 'Funktionshinder', 'Missbruk och beroende', 'Ekonomiskt bistånd'],
    sentences: [
      'Nationella och regionala resan {track} går enligt plan.',
      'Yrkesresan {track} lanseras under hösten {år} tillsammans med SKR.',
      'Nya avtalsförslag för Yrkesresan skickas i särskilt mejl till socialcheferna.',
      'Möjlighet att utveckla ett särskilt spår för utförare? Avvakta till hösten, sedan eventuellt ett uppdrag för GR att utreda.',
      'Nationell förstudie pågår inom ramen för partnerskapet med SKR.',
    ],
  },
  {
    name: 'Mini-Maria', titles: ['Mini-Maria', 'Återkoppling kommunvisa dialoger Mini-Maria', 'Mini-Maria – ny modell'],
    topic: 'utvecklingen av Mini-Marior i samverkan med VGR', from: 2018, to: 2026,
    networks: ['IFO-chefsnätverket', 'Socialchefsnätverket', 'Barnchefsnätverket'],
    sentences: [
      'Västra hälso- och sjukvårdsnämnden har haft kommunvisa dialoger kring utvecklingen av Mini-Marior.',
      'Förslaget bygger på enskilda avtal med kommunerna med finansiering 50/50 och Regionhälsan som utförare.',
      'Samverkansområden har identifierats (1: Ale och Lilla Edet, 2: Kungälv och Stenungsund, 3: Lerum, Partille och Alingsås, 4: Mölndal och Härryda, 5: Tjörn och Öckerö).',
      'Nätverket diskuterar om en låg-tröskel-verksamhet på Mini-Maria möter behoven bäst hos målgruppen.',
    ],
  },
  {
    name: 'FYS', titles: ['Forskarskolan för yrkesverksamma i socialtjänsten (FYS)', 'FYS – ny utlysning'],
    topic: 'Forskarskolan för yrkesverksamma i socialtjänsten (FYS)', from: 2019, to: 2026, networks: [],
    sentences: [
      'FYS är ett nationellt forskningsprojekt finansierat av Forte där fyra lärosäten samverkar.',
      'Forskarskolan FYS finansierar 50% av lönen under studietiden och utlysningen {år} har 12 platser.',
      'Frågor uppstår kring gränssnittet mellan FYS, FoU i Väst och GR.',
    ],
  },
  {
    name: 'Mötesplats IFO', titles: ['Mötesplats IFO', 'Planering Mötesplats IFO {år}'],
    topic: 'planeringen av Mötesplats IFO', from: 2015, to: 2026, networks: ['IFO-chefsnätverket', 'Barnchefsnätverket'],
    sentences: [
      'Mötesplats IFO är tillbaka på Radisson Blu Scandinavia vid Drottningtorget i Göteborg.',
      'IFO-chefsnätverket förväntas vara seminarievärdar på Mötesplats IFO.',
      'Planeringsgruppen för Mötesplats IFO uppmanar alla chefer att uppmana medarbetare till att skicka intresseanmälan.',
    ],
  },
  {
    name: 'Stödcentrum Heder', titles: ['Stödcentrum Heder', 'Rapport från Stödcentrum Heder'],
    topic: 'året som gått på Stödcentrum Heder', from: 2019, to: 2026,
    networks: ['IFO-chefsnätverket', 'Socialchefsnätverket', 'Barnchefsnätverket'],
    sentences: [
      'Stödcentrum Heder är en samverkan mellan VGR, Polisen och elva kommuner i GR.',
      'Stödcentrum Heder erbjuder utbildningstillfällen under våren {år}.',
      'Nätverket får en rapportering om Stödcentrum Heder och verksamhetens innehåll.',
    ],
  },
  {
    name: 'GVI', titles: ['GVI – en strategi mot grovt våld i kriminella miljöer', 'GVI och SAV i Göteborg'],
    topic: 'GVI, Göteborgs strategi mot grovt våld i kriminella miljöer', from: 2019, to: 2026,
    networks: ['IFO-chefsnätverket', 'Socialchefsnätverket', 'Barnchefsnätverket'],
    sentences: [
      'GVI presenteras samt varför mellankommunal samverkan kan behövas.',
      'SAV – samlad avhopparverksamhet – kompletterar arbetet inom GVI.',
      'Nätverket önskar ta del av erfarenheter från GVI i Göteborg, som ligger längre fram i arbetet.',
    ],
  },
  {
    name: 'Mocking Bird', titles: ['Mocking Bird', 'Mocking bird model'],
    topic: 'Mocking Bird, en modell för stabilitet i familjehemsplaceringar', from: 2018, to: 2026,
    networks: ['IFO-chefsnätverket', 'Barnchefsnätverket'],
    sentences: [
      'Mocking Bird har tagits fram i USA och spridits till Europa via Leeds som arbetar på licens.',
      'Nätverket ser att man behöver prata mer om Mocking Bird innan frågan om licens avgörs.',
    ],
  },
  {
    name: 'BROS', titles: ['BROS – Branschråd offentlig sektor', 'Branschråd funktionsstöd (BROS)'],
    topic: 'BROS och branschråden', from: 2020, to: 2026,
    networks: ['FH-chefsnätverket', 'Socialchefsnätverket'],
    sentences: [
      'GR har beviljats ESF-medel för BROS, vilket innebär processtöd under {år}.',
      'Branschråd funktionsstöd inom BROS är godkänt på socialchefsnätverket. ESF-ansökan inskickad.',
    ],
  },
  {
    name: 'FFT', titles: ['FFT-utbildning', 'FFT – Functional Family Therapy'],
    topic: 'utbildningen i FFT', from: 2015, to: 2026, networks: ['IFO-chefsnätverket', 'Barnchefsnätverket'],
    sentences: [
      'FFT-utbildning erbjuds från april {år}.',
      'Flera kommuner har utbildat behandlare i FFT och ser goda resultat.',
    ],
  },
  {
    name: 'Barnahus', titles: ['Barnahus', 'Utredningen om Barnahus'],
    topic: 'Barnahus som arbetsform', from: 2015, to: 2026, networks: ['IFO-chefsnätverket', 'Barnchefsnätverket'],
    sentences: [
      'Barnahus som arbetsform upplevs som ett gott arbete.',
      'Utredningen av Barnahus är snart färdig och återkommer till nätverket.',
    ],
  },
  {
    name: 'SkolFam', titles: ['SkolFam', 'SkolFam – skolstöd för familjehemsplacerade barn'],
    topic: 'SkolFam och skolstöd för barn i familjehem', from: 2015, to: 2026, networks: ['IFO-chefsnätverket', 'Barnchefsnätverket'],
    sentences: [
      'SkolFam ger familjehemsplacerade barn stöd i skolan genom ett team med psykolog och specialpedagog.',
      'Kommunerna med SkolFam delar erfarenheter av uppföljningen.',
    ],
  },
  {
    name: 'Förstudie Ekonomiskt bistånd', titles: ['Förstudie Ekonomiskt bistånd', 'Återkoppling Förstudie Ekonomiskt bistånd'],
    topic: 'Förstudie Ekonomiskt bistånd', from: 2022, to: 2026, networks: ['IFO-chefsnätverket', 'Socialchefsnätverket'],
    sentences: [
      'Förstudie Ekonomiskt bistånd har styrgrupp, projektgrupp och referensgrupp.',
      'Förstudie Ekonomiskt bistånd redovisas för nätverket under hösten {år}.',
    ],
  },
  {
    name: 'Resursteam välfärdsteknik', titles: ['Resursteam välfärdsteknik', 'Förslag om Resursteam välfärdsteknik'],
    topic: 'förslaget om ett Resursteam välfärdsteknik', from: 2022, to: 2026, networks: [],
    sentences: [
      'GR föreslår att medlemskommunerna under tre år finansierar ett Resursteam välfärdsteknik.',
      'Resursteam välfärdsteknik ska arbeta med äldreomsorg, funktionsstöd samt individ- och familjeomsorg.',
    ],
  },
];
