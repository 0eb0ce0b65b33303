import { foldKey } from './fold';

// Names the vocabulary lacks, introduced by a word that says what they are: "presenterar projektet
// Trygg digital tillsyn, där …", "SKR:s satsning Heltid som norm från 2021", "ett gemensamt
// introduktionsprogram, Digitala lyftet, som startar", "funded by Vinnova", "Presentation av
// Barnafrid från …". Sentence case is the genre's way to write a new name, so the name runs from
// the capitalised word over the lowercase words after it, up to a function word, a verb or a stop.

export interface CuedName {
  name: string;
  /** Offsets in the text given. */
  start: number;
  end: number;
  kind: 'project' | 'organisation';
}

// Tested on the folded line first: most lines name no cue at all. (Grouped by first letter: an
// alternation of plain words is tried word by word at every position.)
const PROJECT_HINT = /p(?:rojekt|rogram)|satsning|m(?:odellen|etoden)|initiativet|the p/;
const ORG_HINT = /f(?:unded by|inanced by|inansiera|inansiering fran)|(?:stod|medel) fran|presentation av/;
// Both in one, for the lines that have neither.
const HINT = /p(?:rojekt|rogram|resentation av)|satsning|m(?:odellen|etoden|edel fran)|initiativet|the p|f(?:unded by|inanced by|inansiera|inansiering fran)|stod fran/;
// Where a cue can start: found with indexOf on the folded line (a scan per word, far cheaper than
// a Unicode regex tried at every position), then the cue is read there with a sticky regex.
const PROJECT_STEMS = ['projekt', 'program', 'satsning', 'modellen', 'metoden', 'initiativet', 'the p'];
const ORG_STEMS = ['funded by', 'financed by', 'finansiera', 'finansiering fran', 'stod fran', 'medel fran', 'presentation av'];

// The cue word (also at the end of a compound: "pilotprojektet", "introduktionsprogram"), an optional
// comma of apposition, and a capitalised word with up to five lowercase words after it.
const PROJECT_CUE = /(?:[Pp]rojektet|[Pp]rojekt|[Ss]atsningen|[Ss]atsning|[Pp]rogrammet|[Pp]rogram|[Mm]odellen|[Mm]etoden|[Ii]nitiativet|[Tt]he (?:project|pilot|programme|program|initiative)),?[ \t]+(\p{Lu}[\p{L}-]*(?:[ \t]+\p{Ll}[\p{L}-]*){0,5})/uy;
// A funder or a presenting body: capitalised words only ("funded by Vinnova", "med stöd från Allmänna Arvsfonden").
const ORG_CUE = /(?:funded by|financed by|[Ff]inansiera[dts]? av|finansiering från|stöd från|medel från)[ \t]+(\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)*)|[Pp]resentation av (\p{Lu}[\p{L}-]*)(?= från\s)/uy;

// Words that end a sentence-case name: function words, time words and the genre's common verbs.
const STOP = new Set([
  'där', 'och', 'med', 'från', 'sedan', 'under', 'för', 'på', 'till', 'efter', 'inom', 'genom', 'av', 'om', 'vid', 'hos',
  'mellan', 'kring', 'inte', 'också', 'även', 'nu', 'redan', 'samt', 'men', 'eller', 'att', 'ska', 'skall', 'kan', 'har',
  'hade', 'är', 'var', 'blir', 'blev', 'kommer', 'startar', 'startade', 'startas', 'pågår', 'drivs', 'syftar', 'testar',
  'finansieras', 'leds', 'genomförs', 'presenteras', 'presenterades', 'löper', 'gäller', 'handlar', 'innebär', 'omfattar',
  'riktar', 'fortsätter', 'avslutas', 'införs', 'erbjuder', 'erbjuds', 'bygger', 'består', 'vänder', 'går', 'gick',
  'the', 'and', 'is', 'was', 'are', 'runs', 'ran', 'started', 'starts', 'aims', 'by', 'in', 'at', 'of', 'for', 'with', 'from', 'to',
]);
// "i höst", "i januari": a time after "i" ends the name; "Växa i vården" keeps its "i".
const TIME = /^(höst|hösten|vår|våren|sommar|sommaren|vinter|vintern|år|fjol|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)$/;
// "som startar", "som har": "som" before a verb ends the name; "Heltid som norm" keeps it.
const VERB_LIKE = /^(ska|skall|har|hade|är|var|kan|kommer|blir|\p{Ll}+(?:ar|er|ade|des|as|ats|tt))$/u;

/** The words of a cued name kept: up to a stop word; never ending on "i" or "som". */
function trimName(words: string[]): string[] {
  const out = [words[0] as string];
  for (let k = 1; k < words.length; k++) {
    const w = words[k] as string;
    const next = words[k + 1];
    if (STOP.has(w)) break;
    if (w === 'i' && (next === undefined || TIME.test(next))) break;
    if (w === 'som' && (next === undefined || STOP.has(next) || VERB_LIKE.test(next))) break;
    out.push(w);
  }
  while (out.length > 1 && (out[out.length - 1] === 'i' || out[out.length - 1] === 'som')) out.pop();
  return out;
}

/** The cue regex read at every place in text where key (its fold, same length) has one of the stems. */
function cuesAt(text: string, key: string, stems: string[], cue: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const stem of stems) {
    for (let at = key.indexOf(stem); at >= 0; at = key.indexOf(stem, at + stem.length)) {
      cue.lastIndex = at;
      const m = cue.exec(text);
      if (m) out.push(m);
    }
  }
  return out;
}

/** Names after a cue word in text; key is foldKey(text) when the caller has it. */
export function cuedNames(text: string, key = foldKey(text)): CuedName[] {
  const out: CuedName[] = [];
  // Offsets of the fold are those of the text unless lowercasing changed a length (never in notes).
  if (!HINT.test(key) || key.length !== text.length) return out;
  const projects = PROJECT_HINT.test(key) ? cuesAt(text, key, PROJECT_STEMS, PROJECT_CUE) : [];
  const orgs = ORG_HINT.test(key) ? cuesAt(text, key, ORG_STEMS, ORG_CUE) : [];
  for (const m of projects) {
    const raw = m[1] as string;
    const spans = [...raw.matchAll(/\S+/g)];
    const kept = trimName(spans.map((w) => w[0])).length;
    const last = spans[kept - 1] as RegExpMatchArray;
    const start = m.index + m[0].length - raw.length;
    const end = start + (last.index ?? 0) + last[0].length;
    // "introduktionsprogram, Digitala lyftet, som": after a comma the name must be closed as an apposition is.
    const apposition = m[0].slice(0, m[0].length - raw.length).includes(',');
    const closer = text.charAt(end);
    if (apposition && closer !== ',' && closer !== ')') continue;
    if (!out.some((c) => c.start === start)) out.push({ name: text.slice(start, end), start, end, kind: 'project' });
  }
  for (const m of orgs) {
    const name = (m[1] ?? m[2]) as string;
    const start = m.index + m[0].length - name.length;
    if (!out.some((c) => c.start === start)) out.push({ name, start, end: start + name.length, kind: 'organisation' });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The project names cued in text (see cuedNames). */
export function cuedProjects(text: string): CuedName[] {
  return cuedNames(text).filter((c) => c.kind === 'project');
}
