// Project mentions with tracks (Yrkesresan "funktionsstöd" → Funktionshinder) and the
// municipalities stated to take part ("Stenungsund, Alingsås, Göteborg och Mölndal deltar",
// Mini-Maria "samverkansområden (1: Ale och Lilla Edet, 2: ...)", "Alla kommuner med"). A sentence
// is read clause by clause, so "Ale deltar; Härryda har anmält intresse" claims Ale alone, and the
// places after "utom" are taken out ("alla GR-kommuner utom Kungsbacka" is the twelve others).
import { foldKey, foldText, ocrTolerant } from './fold';
import type { Line } from './normalize-text';
import type { LineWords } from './line-words';
import { sentenceAt } from './sentences';
import type { PhraseMatch } from './phrase-matcher';
import { tokenize, type Token } from './tokenize';
import type { ProjectMention } from './types';
import type { Vocabulary } from './vocabulary';
import type { ItemSpan } from './agenda-items';
import { joinWrapped } from './join-wrapped';
import { placesListedBelow } from './participant-list';
import { cuedProjects } from './project-cues';

// Tested on foldText, so OCR-damaged verbs ("har anm\uFFFDlt deltagare") match too.
// Verbs that say the municipalities of their clause take part, whichever project the item is about.
const PARTICIPATES = ocrTolerant(/\b(deltar|deltagit|deltog|deltagande kommuner|medverkar|medverkat|ar med|med$|ingar|ansluter|anslutit|anslot|anslutna|samverkansomraden?|pilotkommuner?|involverade|(gar|gick|gatt|ga) med(?! pa)|(gar|gick|gatt) in i (?!en |ett )|ar anslutna|nya? deltagare(?! i (natverket|gruppen|beredningsgruppen))|beslut(at|ade)? (om )?att (delta|ansluta|medverka|prova|testa|infora|starta|borja)|har anmalt (nya )?(deltagare|medarbetare|socialsekreterare|personal)|anmalt sig|anmalt att (de|vi|man) vill|(har )?tecknat avtal|(har )?tackat ja|ar igang|fortsatter (i|med)|gar vidare (med|i)|startar (en |ett )?(pilot|piloten|projekt|projektet)|tar emot ([a-z*]+ )?fran|star bakom|ar (nya |nu )?deltagare|takes? part|taking part|participat(e|es|ing)|ha(ve|s) joined)\b/);
// "Alla kommuner", "samtliga GR-kommuner", "alla 13 kommuner", a bare "Alla utom Lilla Edet",
// and Mini-Maria's "samtliga samverkansområden" (the areas divide the region between them).
// "All municipalities except Tjörn", "all GR municipalities", "all except Ale": English too.
const ALL = ocrTolerant(/\b((alla|samtliga) ((((de )?(13|tretton) )?(gr-?|gr:?s )?kommuner(na)?|samverkansomraden[a]?)\b|(?=(for)?utom\b|med undantag\b))|all (the )?(((13|thirteen) )?(gr )?(member )?municipalities\b|(?=except\b)))/);
// Verbs that take a named project as their object ("arbetar redan med SkolFam", "har utbildade
// FFT-team", "startar en pilot med Mocking Bird", "beslut att införa SkolFam"): tested on the text
// right before the project, so they claim participation only in that project.
const WORKS_WITH = ocrTolerant(/\b(arbetar|arbetat|jobbar|jobbat)\b[^;]*\bmed $/);
const HAS = ocrTolerant(/\b(startar|har startat|startade|anvander|erbjuder|driver|infor|har infort|inforde|(har )?beslut(at)? att infora|har|hade|har oppnat|oppnade|oppnar)( (redan|nu|aven|ocksa|utbildade|egna|eget|egen|certifierade|en|ett|pilot|piloten|projekt|projektet|med))* $/);
// "Fyra medarbetare går Yrkesresan": the municipality's staff take the programme.
const STAFF_TAKE = ocrTolerant(/\b(medarbetare|socialsekreterare|handlaggare|behandlare|chefer|enhetschefer|personal|anstallda|utredare|staff)( fran oss)?( som)? (gar|gick|har gatt|ska ga|borjar|har borjat|attend|attended|are attending)( pa| i)? $|\b(utbildar|har utbildat|utbildade)( [a-z*]+){0,2} i $/);
// Verbs that make a clause of their own before a comma ("Göteborg har arbetat med SkolFam sedan
// våren, Kungsbacka planerar att starta"), as CLAUSE_VERB's do.
const OBJECT_VERB = ocrTolerant(/\b(arbetar|arbetat|jobbar|jobbat|anvander|anvant|erbjuder|driver|har infort|inforde|har startat|startade|utbildar|har utbildat)\b/);
// ... or the project as subject, its places between ("Mini-Maria Mölndal–Härryda öppnade i december").
const OPENED = ocrTolerant(/^[^;]{0,40}?\b(oppnade|har oppnat|oppnar|oppnas|har startat|startade|startar|ar igang|kom igang|har kommit igang)\b/);
// Interest, plans and waiting are not participation ("Härryda och Partille har anmält intresse").
// "Göteborg is considering taking part": English hedges too.
const NOT_YET = ocrTolerant(/\b((anmalt|visat|uttryckt) intresse|intresserade?|overvager|funderar|planerar|avvaktar|diskuterar|utreder|undersoker|vill (nu |ocksa |garna |aven )?(ansluta|delta|medverka|vara med|ga med|komma med|borja|starta|infora)|consider(s|ing)?|plan(s|ning)? to|interested|intends? to|would like to|hopes? to|may join)\b/);
// An adverb may stand between the verb and its "inte": "har ännu inte tecknat avtal", "är fortfarande inte med".
const NEGATED = ocrTolerant(/\b(deltar|medverkar|ingar|ar|ansluter|har)( (annu|fortfarande|an sa lange|heller|dock|alltjamt|i nulaget|just nu|nu))* (inte|ej)\b|\b(annu|fortfarande|an sa lange) (inte|ej)\b|\binte langre\b|\b(inte|ej|aldrig) (deltagit|deltar|deltog|medverkar|medverkat|ingar|ar med|med|anslutit|anslutna?|ansluter)\b|\b(not|no longer) (take|taking|takes|participat[a-z]*|join[a-z]*)\b|\b(declined|withdrawn|withdrew|has left|have left)\b|\b(inte|ej) (delta|medverka|ansluta|vara med|ga med|inga)\b|\b(lamnar|har lamnat|lamnade|kliver av|klev av|har klivit av|gar ur|har gatt ur|gick ur|avslutar|har avslutat|avslutade|star utanfor|stod utanfor|tackat nej|tackar nej|tackade nej|avstar|har avstatt|hoppar av|har hoppat av|hoppade av)\b/);
// "alla GR-kommuner utom Kungsbacka": the places named right after are left out.
const EXCEPT = ocrTolerant(/\b(utom|forutom|med undantag (av|for)|undantaget( ar)?|except|excluding)\s+((av|for|i)\s+)?/g);
// "Förutom Ale deltar även Lerum": förutom then means "besides", and Ale takes part too.
const ADDITIVE = ocrTolerant(/\b(aven|ocksa|dessutom)\b/);
// Where one clause of a sentence ends and the next begins; ", och" only when it does not join a list.
const CLAUSE_BREAK = /;|,?\s+(men|medan)\s|,\s+(och|samtidigt som)\s/g;
// What makes a stretch of a sentence a clause of its own (placeClauses).
const CLAUSE_VERB = new RegExp(`${PARTICIPATES.source}|${NOT_YET.source}|${NEGATED.source}`);
// Between a project and the first place it is run in: "Mini-Maria i", "SkolFam finns nu i", "används i".
const PLACE_GAP = ocrTolerant(/^\s+((finns|drivs|bedrivs|anvands|erbjuds)\s+)?((nu|idag|redan|numera|ocksa|aven)\s+)?i\s+$/);
// Between the places of a list: "Lerum, Partille och Alingsås".
const LIST_GAP = /^\s*(,|,?\s*(och|samt|and|&))\s*$/;
// A dash-joined pair of places: "Mölndal–Härryda", "Tjörn–Öckerö".
const DASH_GAP = /^\s*[-\u2010-\u2015]\s*$/;

const isStop = (c: number) => c === 46 || c === 33 || c === 63; // . ! ?

/** /[.!?]$/.test(s) without a regex, which would try every position of the line. */
const endsSentence = (s: string) => isStop(s.charCodeAt(s.length - 1));

/** s.replace(/[.!?]+$/, ''), likewise. */
function trimStops(s: string): string {
  let e = s.length;
  while (e > 0 && isStop(s.charCodeAt(e - 1))) e--;
  return e === s.length ? s : s.slice(0, e);
}

export interface ProjectScanInput {
  lines: Line[];
  words: LineWords;
  from: number;
  to: number;
  items: ItemSpan[];
  vocab: Vocabulary;
}

/** Lines of the paragraph/bullet that begins at line i (up to 4 lines). */
function paragraph(lines: Line[], i: number, to: number): number[] {
  const out = [i];
  for (let k = i + 1; k < to && out.length < 4; k++) {
    const l = lines[k] as Line;
    if (l.blank || l.bullet || l.heading || l.bold) break;
    out.push(k);
  }
  return out;
}

/** Projects named in lines[from, to), with tracks and participating municipalities. */
export function scanProjects(input: ProjectScanInput): ProjectMention[] {
  const { lines, words, from, to, vocab } = input;
  const byName = new Map<string, ProjectMention>();
  const lastSeen: { name: string; line: number }[] = [];
  for (let i = from; i < to; i++) {
    const l = lines[i] as Line;
    if (l.blank) continue;
    const toks = words.tokens(i);
    for (const m of vocab.project.findAll(toks)) {
      const name = m.value.name;
      const surface = l.text.slice(m.start, m.end);
      let p = byName.get(name);
      if (!p) {
        p = { name, surface: [], track: null, tracks: [], municipalities: [], evidence: sentenceAt(l.text, m.start, m.end), line: l.n, lines: [] };
        byName.set(name, p);
      }
      if (!p.surface.includes(surface)) p.surface.push(surface);
      if (!p.lines?.includes(l.n)) p.lines?.push(l.n);
      lastSeen.push({ name, line: i });
      const trackMatcher = vocab.tracks.get(name);
      if (trackMatcher) {
        // Tracks are named right after the project, in the same bullet or paragraph.
        const span = paragraph(lines, i, to);
        for (const k of span) {
          const tt = k === i ? toks.filter((t) => t.start >= m.end) : words.tokens(k);
          for (const t of trackMatcher.findAll(tt)) if (!p.tracks?.includes(t.value)) p.tracks?.push(t.value);
        }
        p.track = p.tracks?.[0] ?? null;
      }
    }
  }
  // Participation is read once every project is known: a sentence wrapped onto the next line
  // may name its project only there ("… Kungs-" / "backa deltar i SkolFam.").
  for (let i = from; i < to; i++) {
    const l = lines[i] as Line;
    if (l.blank) continue;
    participation(input, i, byName, lastSeen);
    if (l.text.endsWith(':')) listedParticipation(input, i, byName, lastSeen);
  }
  return [...byName.values()];
}

// "Deltagande kommuner:", "Följande kommuner deltar:", "Participating municipalities:".
const LIST_TOPIC = /kommun|municipal|delta|medverk|anslut|participat|take part|taking part|pilot/;

/** A label line claiming participation ("Deltagande kommuner:") and the places listed below it, one a row. */
function listedParticipation(input: ProjectScanInput, i: number, byName: Map<string, ProjectMention>, lastSeen: { name: string; line: number }[]): void {
  const { lines, words, vocab } = input;
  const l = lines[i] as Line;
  const label = input.words.folded(i).replace(/:$/, '');
  // The label must speak of the taking part itself: "Diskussion med:" lists no participants.
  if (!LIST_TOPIC.test(label) || !PARTICIPATES.test(label) || NOT_YET.test(label) || NEGATED.test(label)) return;
  const name = vocab.project.findAll(words.tokens(i))[0]?.value.name ?? recentProject(input.items, lastSeen, i);
  const p = name ? byName.get(name) : undefined;
  if (!p) return;
  const listed = placesListedBelow(lines, words, i, input.to, vocab);
  if (listed.municipalities.length === 0) return;
  for (const m of listed.municipalities) if (!p.municipalities.includes(m)) p.municipalities.push(m);
  const text = [l.text, ...listed.lines.map((n) => (lines[n - 1] as Line).text)].join(' ');
  // The label line and the rows below it: "Deltagande kommuner:" / "- Ale" / "- Lerum".
  for (const m of listed.municipalities) stated(p, m, l.n, Math.max(l.n, ...listed.lines), text);
  p.municipalityEvidence = p.municipalityEvidence ? `${p.municipalityEvidence} … ${text}` : text;
}

/** True when line k continues the sentence of line k-1 (a paragraph wrapped over lines). */
function continuesAbove(input: ProjectScanInput, k: number): boolean {
  const { lines, items } = input;
  const prev = lines[k - 1];
  const l = lines[k];
  if (k - 1 < input.from || !prev || !l || prev.blank || l.blank || endsSentence(prev.text)) return false;
  if (l.bullet || l.heading || l.bold || l.table || prev.heading || prev.bold || prev.table) return false;
  // "Föredragande: Karin Axelsson, Regionhälsan" / "Ale, Lerum och Partille deltar …": a label line
  // holds its own value; only a lowercase start ("… och" / "partille deltar") carries it on.
  if (isLabelLine(prev.text) && !startsLower(l.text)) return false;
  return !items.some((it) => it.start === k || it.start === k - 1);
}

// "Föredragande:", "Beslut:", "Uppdrag:", "Kontaktperson GR:": one or two words and a colon.
const LABEL = /^\p{Lu}[\p{L}-]*(?:\s[\p{L}-]+)?:\s/u;

/** True when text starts with a label ("Beslut: …"); the colon is looked for before the regex. */
function isLabelLine(text: string): boolean {
  const c = text.indexOf(':');
  return c > 1 && c < 30 && LABEL.test(text);
}

function startsLower(text: string): boolean {
  const ch = text.charAt(0);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** The rest of line i's last sentence on the lines below it ('' when it ends on line i), and the index of its last line. */
function continuation(input: ProjectScanInput, i: number): { text: string; last: number } {
  let text = '';
  let last = i;
  for (let k = i + 1; k < input.to && k <= i + 3 && continuesAbove(input, k); k++) {
    const next = (input.lines[k] as Line).text;
    const cut = next.search(/[.!?](\s|$)/);
    text = joinWrapped(text, cut < 0 ? next : next.slice(0, cut + 1));
    last = k;
    if (cut >= 0) break;
  }
  return { text, last };
}

/** Records where the note says `municipality` takes part in p: the first statement only. */
function stated(p: ProjectMention, municipality: string, line: number, endLine: number, evidence: string): void {
  p.participation ??= [];
  if (!p.participation.some((x) => x.municipality === municipality)) p.participation.push({ municipality, line, endLine, evidence });
}

/** "Mini-Maria i Lerum, Partille och Alingsås": the places listed right after "<project> i" (fs: the folded sentence). */
function placesAfter(fs: string, project: Span, places: Place[]): string[] {
  const out: string[] = [];
  let at = project.end;
  for (const m of places) {
    if (m.start < at) continue;
    const gap = fs.slice(at, m.start);
    if (!(out.length === 0 ? PLACE_GAP.test(gap) : LIST_GAP.test(gap) || DASH_GAP.test(gap))) break;
    if (!out.includes(m.value.name)) out.push(m.value.name);
    at = m.end;
  }
  return out;
}

interface Span { start: number; end: number }
type Place = PhraseMatch<{ name: string }>;
type Named = PhraseMatch<{ name: string }>;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The clauses of a folded sentence: split at ";", "men", "medan", and ", och" between clauses (not in a list of places). */
function clauseSpans(fs: string, places: Place[]): Span[] {
  // Most sentences are one clause: plain substring tests are cheaper than the regex scan.
  if (!fs.includes(';') && !fs.includes(' men ') && !fs.includes(' medan ') && !fs.includes(', och ') && !fs.includes(', samtidigt ')) return placeClauses(fs, { start: 0, end: fs.length }, places);
  const out: Span[] = [];
  let from = 0;
  for (const b of fs.matchAll(CLAUSE_BREAK)) {
    const at = b.index ?? 0;
    const next = at + b[0].length;
    // "Kungsbacka, Mölndal, och Öckerö": a serial comma, still one list.
    if (b[2] === 'och' && places.some((m) => m.end === at) && places.some((m) => m.start === next)) continue;
    out.push(...placeClauses(fs, { start: from, end: at }, places));
    from = next;
  }
  out.push(...placeClauses(fs, { start: from, end: fs.length }, places));
  return out;
}

/**
 * "Lerum deltar sedan 2019, Ale planerar att ansluta": a comma before a place that starts a
 * clause with its own verb, after a clause with one. "Ale, Lerum och Kungälv deltar" and "Ale
 * deltar, Lerum också" stay one clause (one verb for all).
 */
function placeClauses(fs: string, c: Span, places: Place[]): Span[] {
  const out: Span[] = [];
  let from = c.start;
  for (let at = fs.indexOf(', ', c.start); at >= 0 && at < c.end; at = fs.indexOf(', ', at + 2)) {
    if (!places.some((m) => m.start === at + 2)) continue;
    const nextComma = fs.indexOf(',', at + 2);
    const after = fs.slice(at + 2, nextComma < 0 || nextComma > c.end ? c.end : nextComma);
    const before = fs.slice(from, at);
    if (!(CLAUSE_VERB.test(before) || OBJECT_VERB.test(before)) || !CLAUSE_VERB.test(after)) continue;
    out.push({ start: from, end: at });
    from = at + 2;
  }
  out.push({ start: from, end: c.end });
  return out;
}

/**
 * Names of the places right after "utom"/"förutom"/"med undantag av" ("utom Tjörn–Öckerö"), read
 * over the whole sentence: "Alla kommuner deltar; undantaget är Öckerö" excepts across the ";".
 */
function exceptions(fs: string, places: Place[]): Set<string> {
  const out = new Set<string>();
  // The exception words, OCR-damaged o included ("ut*m"): substring tests before the regex scan.
  if (!fs.includes('utom') && !fs.includes('ut*m') && !fs.includes('ntag') && !fs.includes('xcep') && !fs.includes('xclud')) return out;
  for (const e of fs.matchAll(EXCEPT)) {
    if ((e[1] ?? '').startsWith('f') && ADDITIVE.test(fs)) continue;
    let at = (e.index ?? 0) + e[0].length;
    let first = true;
    for (const m of places) {
      if (m.start < at) continue;
      const gap = fs.slice(at, m.start);
      if (!(first ? gap.trim() === '' : LIST_GAP.test(gap) || DASH_GAP.test(gap))) break;
      out.add(m.value.name);
      at = m.end;
      first = false;
    }
  }
  return out;
}

/** The named project a verb of the clause takes as object or subject (see WORKS_WITH, HAS, OPENED). */
function boundProject(fs: string, c: Span, projects: Named[]): Named | undefined {
  return projects.find((m) => {
    const before = fs.slice(Math.max(c.start, m.start - 80), m.start);
    return WORKS_WITH.test(before) || HAS.test(before) || STAFF_TAKE.test(before) || OPENED.test(fs.slice(m.end, Math.min(c.end, m.end + 60)));
  });
}

interface ClauseReading {
  /** The project the clause names as taking part, when it names one. */
  project?: Named;
  municipalities: string[];
  /** Every GR municipality, none excepted. */
  all: boolean;
}

/** Whether NEGATED can match: most clauses hold none of its words. */
const mayBeNegated = (cf: string) => ['int', 'ej', 'aldrig', 'not', 'declin', 'withdr', ' left', 'lamna', 'kliv', 'klev', 'hopp', ' ur', 'utanfor', 'nej', 'avst', 'avslut'].some((w) => cf.includes(w));

/** What one clause says about participation; null when it says nothing (or only interest, plans, a no). */
function readClause(fs: string, c: Span, named: Named[], places: Place[], except: Set<string>, vocab: Vocabulary): ClauseReading | null {
  const cf = fs.slice(c.start, c.end);
  const inClause = (m: Span) => m.start >= c.start && m.end <= c.end;
  const here = places.filter(inClause);
  // Most clauses that name a project name no place: nothing to read, and no verb to test.
  const every = ALL.exec(cf);
  if (here.length === 0 && !every) return null;
  if (mayBeNegated(cf) && NEGATED.test(cf)) return null;
  const projects = named.filter(inClause);
  const verbAt = PARTICIPATES.exec(cf)?.index ?? -1;
  const bound = boundProject(fs, c, projects);
  // "Ale deltar och överväger att utöka" still takes part: only interest before any verb counts.
  const notYet = NOT_YET.exec(cf);
  const verbFirst = Math.min(verbAt < 0 ? Infinity : verbAt, bound ? bound.start - c.start : Infinity);
  if (notYet && !(verbFirst < notYet.index)) return null;
  const listed = projects.map((m) => ({ m, places: placesAfter(fs, m, here) })).find((x) => x.places.length > 0);
  // "alla kommuner" needs a verb of its own: "samverkansområden" alone is both the "all" and a verb.
  const everyAt = every ? c.start + every.index : -1;
  const all = every !== null && (bound !== undefined
    || PARTICIPATES.test(cf.slice(0, every.index) + ' '.repeat(every[0].length) + cf.slice(every.index + every[0].length))
    || projects.some((m) => m.end <= everyAt && PLACE_GAP.test(fs.slice(m.end, everyAt))));
  const verb = verbAt >= 0 || bound !== undefined;
  if (!verb && !listed && !all) return null;
  const keep = (name: string) => !except.has(name);
  const municipalities = all ? vocab.grMunicipalities.filter(keep)
    : verb ? [...new Set(here.map((m) => m.value.name))].filter(keep)
    : (listed?.places ?? []).filter(keep);
  return { project: bound ?? (verb ? projects[0] : listed?.m), municipalities, all: all && except.size === 0 };
}

/** Mini-Maria "samverkansområden (1: Ale och Lilla Edet, 2: ...)": the places of each numbered group. */
function numberedGroups(text: string, places: Place[]): string[][] {
  if (!text.includes(':')) return [];
  return [...text.matchAll(/\b\d+\s*:\s*([^,()]+(?:,(?!\s*\d+\s*:)[^,()]+)*)/g)]
    .map((g) => places.filter((m) => m.start >= (g.index ?? 0) && m.end <= (g.index ?? 0) + g[0].length).map((m) => m.value.name))
    .filter((g) => g.length > 0);
}

function participation(input: ProjectScanInput, i: number, byName: Map<string, ProjectMention>, lastSeen: { name: string; line: number }[]): void {
  const { lines, vocab, items } = input;
  const l = lines[i] as Line;
  // A sentence wrapped over lines is read whole, from the line it starts on.
  const wrapped = endsSentence(l.text) ? { text: '', last: i } : continuation(input, i);
  const rest = wrapped.text;
  const folded = rest ? foldText(`${l.text} ${rest}`) : input.words.folded(i);
  // The project matches of the line are known already (scanProjects): the cheapest test goes first.
  if (vocab.project.findAll(input.words.tokens(i)).length === 0 && !PARTICIPATES.test(folded) && !ALL.test(folded)) return;
  const sentences = input.words.sentences(i);
  const lead = sentences.length > 1 ? placeLabel(l.text, vocab) : null;
  for (const [k, s] of sentences.entries()) {
    if (k === 0 && continuesAbove(input, i)) continue;
    let text = k === sentences.length - 1 && rest ? joinWrapped(s.text, rest) : s.text;
    // A sentence of the line is read with the line's own words.
    const whole = text === l.text;
    let sentenceFolded = whole ? input.words.folded(i) : foldText(text);
    let toks = whole ? input.words.tokens(i) : input.words.tokensOf(i, s.start, text, sentenceFolded);
    // "- **Stenungsund:** Ny chef. Deltar i Resursteam från januari.": a later sentence of a line
    // led by a place's label has that place for its subject when it names no place itself.
    if (k > 0 && lead && vocab.municipality.findAll(toks).length === 0) {
      text = `${lead}: ${text}`;
      sentenceFolded = foldText(text);
      toks = tokenize(text);
    }
    const fs = trimStops(sentenceFolded);
    const named = vocab.project.findAll(toks);
    const every = ALL.test(fs);
    if (named.length === 0 && !every && !PARTICIPATES.test(fs)) continue;
    // A place inside the matched project name ("Barnahus Göteborg", were it a vocabulary name) is no participant.
    let places = vocab.municipality.findAll(toks).filter((m) => !named.some((n) => overlaps(m, n)));
    // Nor is a place inside an organisation's name ("professor från Göteborgs universitet deltog"),
    // unless the organisation is the municipality's own ("Social Resurs Göteborg").
    if (places.length) {
      const orgs = vocab.organisation.findAll(toks).filter((o) => !o.value.municipality);
      if (orgs.length) places = places.filter((m) => !orgs.some((o) => overlaps(m, o)));
    }
    // "Öckerö går med i Mini-Maria Kungälv": a place right after the project names its site, not a
    // participant, when the clause has its own subject before the project.
    if (places.length > 1 && named.length) places = withoutSites(fs, named, places);
    if (places.length === 0 && !every) continue;
    // "Lerum deltar i projektet Trygg digital tillsyn": a project the vocabulary lacks, not the latest known one.
    if (named.length === 0 && cuedElsewhere(text, places, vocab)) continue;
    const except = exceptions(fs, places);
    const readings = clauseSpans(fs, places).map((c) => readClause(fs, c, named, places, except, vocab)).filter((r) => r !== null);
    if (readings.length === 0) continue;
    const touched = new Set<ProjectMention>();
    // The sentence's lines: a wrapped one ends on the last continuation line.
    const endLine = (lines[k === sentences.length - 1 ? wrapped.last : i] as Line).n;
    for (const r of readings) {
      // The project: named in the clause, else in the sentence, else the latest one in the same item.
      const name = (r.project ?? named[0])?.value.name ?? recentProject(items, lastSeen, i);
      const p = name ? byName.get(name) : undefined;
      if (!p || r.municipalities.length === 0) continue;
      for (const m of r.municipalities) {
        if (!p.municipalities.includes(m)) p.municipalities.push(m);
        stated(p, m, l.n, endLine, text);
      }
      if (r.all) p.allMunicipalities = true;
      touched.add(p);
    }
    for (const p of touched) {
      p.municipalityEvidence = p.municipalityEvidence ? `${p.municipalityEvidence} … ${text}` : text;
      const groups = numberedGroups(text, places);
      if (groups.length > 1) p.municipalityGroups = groups;
    }
  }
}

// "Stenungsund: …", "**Ale:** …" (the emphasis is gone from Line.text): a place leading the line.
const LABEL_LEAD = /^([^:.!?,;]{2,30}):\s+\S/;

/** The municipality a line's leading "Place:" label names, as written; null when it names none. */
function placeLabel(text: string, vocab: Vocabulary): string | null {
  const colon = text.indexOf(':');
  if (colon < 2 || colon > 30) return null;
  const m = LABEL_LEAD.exec(text);
  if (!m) return null;
  const label = (m[1] as string).trim();
  const found = vocab.municipality.findAll(tokenize(label));
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === label.length ? label : null;
}

/** A project the vocabulary lacks cued in text ("projektet Trygg digital tillsyn"); a place or a stop-listed word ("metoden BBIC") is none. */
function cuedElsewhere(text: string, places: Place[], vocab: Vocabulary): boolean {
  return cuedProjects(text).some((c) => !places.some((m) => m.start === c.start) && !vocab.stopAcronyms.has(foldKey(c.name)));
}

/** places less those right after a project ("Mini-Maria Kungälv", "Mini-Maria Mölndal–Härryda") when another place comes before it. */
function withoutSites<P extends Place>(fs: string, named: Named[], places: P[]): P[] {
  const sites = new Set<P>();
  for (const n of named) {
    if (!places.some((m) => m.end <= n.start)) continue;
    let at = n.end;
    for (const m of places) {
      if (m.start < at) continue;
      if (!(at === n.end ? fs.slice(at, m.start) === ' ' : DASH_GAP.test(fs.slice(at, m.start)))) break;
      sites.add(m);
      at = m.end;
    }
  }
  return sites.size ? places.filter((m) => !sites.has(m)) : places;
}

/** The latest project named in line i's item (its sub-bullet when it is in one), else the latest at all. */
function recentProject(items: ItemSpan[], lastSeen: { name: string; line: number }[], i: number): string | undefined {
  const item = [...items].reverse().find((it) => it.start <= i && i < it.end && it.kind !== 'sub-bullet') ?? null;
  const sub = items.find((it) => it.kind === 'sub-bullet' && it.start <= i && i < it.end);
  const scope = sub ?? item;
  // The latest mention up to this line (all mentions of the note are known by now).
  return [...lastSeen].reverse().find((x) => x.line <= i && (!scope || x.line >= scope.start))?.name;
}
