// Sentences that carry no project or theme: openings, rounds, discussion, closing.

export const MONTHS = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
] as const;

/** Titles of items that open a meeting. */
export const OPENING_TITLES: readonly string[] = [
  'Välkommen och kort runda', 'Mötet inleds', 'Rundan', 'Inledning',
  'Välkommen till dagens möte, och kort runda om vad som upptar vår tid i dagsläget',
];

export const OPENING_SENTENCES: readonly string[] = [
  'Mötet inleds med en runda där nätverksrepresentanterna ger sin bild av det aktuella läget i kommunen och sina verksamheter.',
  'Deltagarna delar med sig av aktuella funderingar och reflektioner kring nuläget.',
  'Många möjligheter och mycket utvecklingsarbete pågår. Många utmaningar både vad gäller verksamhet och ekonomi.',
  'Dagens metafor på utvecklingsarbete är ”från utmattande maratonlopp till stabil långvandring”.',
  'Flera kommuner beskriver ett ansträngt läge med vakanser och sjukskrivningar.',
];

/** Discussion sentences that fit under any item. */
export const DISCUSSION: readonly string[] = [
  'Dialog i grupper kring hur vi kan samarbeta kring målgruppen över kommungränserna.',
  'Bilder skickas med anteckningarna till nätverket.',
  'Nätverket diskuterar och ser att man i första hand behöver prata mer om frågan.',
  'I dialogerna framkommer behov av fortsatt dialog kring effektiva insatser.',
  'Medarbetarna har behov av utbildning – som innehåller både kunskap om konkreta insatser och möjlighet till erfarenhetsutbyte.',
  'Frågan återkommer på nätverket under hösten.',
  'Allmän diskussion om ansvar, avvikelser och gränsdragning. Från avtal till verklighet.',
  'Hur kan vi förbereda oss tillsammans och i respektive kommun?',
  'Positivt resultat. Nätverket ger nytta.',
  'En fråga lyfts om kopplingar till andra nätverk och om de kan förbättras.',
  'Underlaget skickas till nätverket för att möjliggöra dialog på hemmaplan innan beslut.',
  'Det krävs en ökad förståelse även från politisk nivå – hur kan förvaltningen agera?',
  'Beredningsgruppen tar med sig synpunkterna i den fortsatta planeringen.',
  'Kommunerna ombeds återkomma med synpunkter till nätverksledaren inom två veckor.',
  'Vi verkar i ett sammanhang och är medvetna om både möjligheter och utmaningar.',
  'Arbetet förväntas ske inom befintliga resurser, vilket är svårt.',
  'Fortsatta samtal med kommunerna är nödvändiga.',
  'Frågor uppstår kring finansiering, ansvar och uppföljning över tid.',
  'Flera deltagare lyfter vikten av att resultaten följs upp systematiskt.',
  'Information och dialog om satsningen samt en återkoppling i en fråga från en av kommunerna.',
];

/** Questions of the "Frågor att ställa" kind, rendered as bullets. */
export const QUESTIONS: readonly string[] = [
  'Vad kostar det?', 'Vilka effekter kommer det få?', 'Hur kommer det påverka personalen?',
  'Är det evidensbaserat, finns det forskning?', 'Hur följs arbetssättet upp?', 'Vad är syftet?',
  'Hur gagnar det brukaren?', 'Vad har vi idag?', 'Vad ska det ersätta?', 'Vem är det till för?',
  'Krävs samverkan?', 'Behöver man utbildning eller särskild kompetens?', 'Vilka risker finns?',
  'Ska vi göra en pilot eller köra brett?', 'Vem bär ansvaret?',
];

/** Titles of small closing items. */
export const CLOSING_TITLES: readonly string[] = ['Övrigt', 'Mötet avslutas', 'Övrigt under mötet', 'Korta punkter'];

export const OTHER_NETWORK_MENTIONS: readonly string[] = [
  'Ärendet är godkänt på socialchefsnätverket {d} {m}.',
  'Information lämnas även till Barnchefsnätverket.',
  'Nytt förslag ska beslutas i socialchefsnätverket {d} {m}.',
  'Frågan har även varit uppe i FH-chefsnätverket.',
];
