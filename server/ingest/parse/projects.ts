// Project mentions with tracks (Yrkesresan "funktionsstöd" → Funktionshinder) and the
// municipalities stated to take part ("Stenungsund, Alingsås, Göteborg och Mölndal deltar",
// Mini-Maria "samverkansområden (1: Ale och Lilla Edet, 2: ...)", "Alla kommuner med").
import { foldKey, foldText, ocrTolerant } from './fold';
import type { Line } from './normalize-text';
import type { LineWords } from './line-words';
import { sentenceAt } from './sentences';
import type { PhraseMatch } from './phrase-matcher';
import type { Token } from './tokenize';
import type { ProjectMention } from './types';
import type { Vocabulary } from './vocabulary';
import type { ItemSpan } from './agenda-items';

// Tested on foldText, so OCR-damaged verbs ("har anm\uFFFDlt deltagare") match too.
const PARTICIPATES = ocrTolerant(/\b(deltar|deltagit|deltog|deltagande kommuner|medverkar|medverkat|ar med|med$|ingar|ansluter|anslutit|anslutna|samverkansomraden?|pilotkommuner|involverade|har gatt med|ar anslutna|har anmalt (nya )?deltagare)\b/);
const ALL = ocrTolerant(/\balla (gr-?)?kommuner(na)?\b/);
// "Lerum och Ale startar SkolFam-team": starting a named project is taking part in it.
const STARTS = /\b(startar|har startat|startade)\s+$/;
// Between the places of a list: "Lerum, Partille och Alingsås".
const LIST_GAP = /^\s*(,|,?\s*(och|samt|&))\s*$/;

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
    participation(input, i, byName, lastSeen);
  }
  return [...byName.values()];
}

/** True when line k continues the sentence of line k-1 (a paragraph wrapped over lines). */
function continuesAbove(input: ProjectScanInput, k: number): boolean {
  const { lines, items } = input;
  const prev = lines[k - 1];
  const l = lines[k];
  if (k - 1 < input.from || !prev || !l || prev.blank || l.blank || endsSentence(prev.text)) return false;
  if (l.bullet || l.heading || l.bold || l.table || prev.heading || prev.bold || prev.table) return false;
  return !items.some((it) => it.start === k || it.start === k - 1);
}

/** Joins wrapped text, undoing a hyphenated line break ("Yrkes-" + "resan"). */
function joinWrapped(a: string, b: string): string {
  if (!a) return b;
  return /\p{L}-$/u.test(a) && /^\p{Ll}/u.test(b) ? a.slice(0, -1) + b : `${a} ${b}`;
}

/** The rest of line i's last sentence on the lines below it ('' when it ends on line i). */
function continuation(input: ProjectScanInput, i: number): string {
  let text = '';
  for (let k = i + 1; k < input.to && k <= i + 3 && continuesAbove(input, k); k++) {
    const next = (input.lines[k] as Line).text;
    const cut = next.search(/[.!?](\s|$)/);
    text = joinWrapped(text, cut < 0 ? next : next.slice(0, cut + 1));
    if (cut >= 0) break;
  }
  return text;
}

/** "Mini-Maria i Lerum, Partille och Alingsås": the places listed right after "<project> i". */
function placesAfter(text: string, project: PhraseMatch<unknown>, toks: Token[], vocab: Vocabulary): string[] {
  const out: string[] = [];
  let at = project.end;
  for (const m of vocab.municipality.findAll(toks)) {
    if (m.start < at) continue;
    const gap = text.slice(at, m.start);
    if (!(out.length === 0 ? /^\s+i\s+$/.test(gap) : LIST_GAP.test(gap))) break;
    if (!out.includes(m.value.name)) out.push(m.value.name);
    at = m.end;
  }
  return out;
}

function participation(input: ProjectScanInput, i: number, byName: Map<string, ProjectMention>, lastSeen: { name: string; line: number }[]): void {
  const { lines, vocab, items } = input;
  const l = lines[i] as Line;
  // A sentence wrapped over lines is read whole, from the line it starts on.
  const rest = endsSentence(l.text) ? '' : continuation(input, i);
  const folded = rest ? foldText(`${l.text} ${rest}`) : input.words.folded(i);
  // The project matches of the line are known already (scanProjects): the cheapest test goes first.
  if (vocab.project.findAll(input.words.tokens(i)).length === 0 && !PARTICIPATES.test(folded) && !ALL.test(folded)) return;
  const sentences = input.words.sentences(i);
  for (const [k, s] of sentences.entries()) {
    if (k === 0 && continuesAbove(input, i)) continue;
    const text = k === sentences.length - 1 && rest ? joinWrapped(s.text, rest) : s.text;
    // A sentence of the line is read with the line's own words.
    const whole = text === l.text;
    const sentenceFolded = whole ? input.words.folded(i) : foldText(text);
    const fs = trimStops(sentenceFolded);
    const toks = whole ? input.words.tokens(i) : input.words.tokensOf(i, s.start, text, sentenceFolded);
    const named = vocab.project.findAll(toks);
    const started = named.find((m) => STARTS.test(foldKey(text.slice(0, m.start))));
    const listed = named.map((m) => ({ m, places: placesAfter(text, m, toks, vocab) })).find((x) => x.places.length > 0);
    const verb = PARTICIPATES.test(fs) || ALL.test(fs) || started !== undefined;
    if (!verb && !listed) continue;
    const munis = verb ? [...new Set(vocab.municipality.findAll(toks).map((m) => m.value.name))] : listed?.places ?? [];
    const all = ALL.test(fs) && /\b(med|deltar|medverkar|ingar)\b/.test(fs);
    if (munis.length === 0 && !all) continue;
    // The project: named in the sentence, else the latest one in the same item, else the item title's.
    const inSentence = (started ?? (verb ? undefined : listed?.m) ?? named[0])?.value.name;
    const item = [...items].reverse().find((it) => it.start <= i && i < it.end && it.kind !== 'sub-bullet') ?? null;
    const sub = items.find((it) => it.kind === 'sub-bullet' && it.start <= i && i < it.end);
    const scope = sub ?? item;
    const recent = [...lastSeen].reverse().find((x) => !scope || x.line >= scope.start)?.name;
    const name = inSentence ?? recent;
    const p = name ? byName.get(name) : undefined;
    if (!p) continue;
    const groups = [...text.matchAll(/\b\d+\s*:\s*([^,()]+(?:,(?!\s*\d+\s*:)[^,()]+)*)/g)]
      .map((g) => vocab.municipality.findAll(toks.filter((t) => t.start >= (g.index ?? 0) && t.end <= (g.index ?? 0) + g[0].length)).map((m) => m.value.name))
      .filter((g) => g.length > 0);
    const list = all ? vocab.grMunicipalities : munis;
    for (const m of list) if (!p.municipalities.includes(m)) p.municipalities.push(m);
    p.municipalityEvidence = p.municipalityEvidence ? `${p.municipalityEvidence} … ${text}` : text;
    if (all) p.allMunicipalities = true;
    if (groups.length > 1) p.municipalityGroups = groups;
  }
}
