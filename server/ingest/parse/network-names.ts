// Network names the vocabulary lacks: "Äldreomsorgsnätverket", "LSS-nätverket", OCR'd
// "Missbruksnatverket", "Nätverket för kvalitetsutvecklare". GR starts new networks every
// year; a name in a note's title is that meeting's network even when the vocabulary has not
// caught up, and anywhere else it is a candidate for review rather than something dropped.
import { foldKey } from './fold';
import type { Line } from './normalize-text';
import { sentenceAt } from './sentences';
import { tokenize, type Token } from './tokenize';
import type { Candidate } from './types';
import type { Vocabulary } from './vocabulary';

export interface NetworkName {
  /** The name with "nätverk" spelt properly and a capital first letter. */
  name: string;
  /** Offsets into the text the name was found in. */
  start: number;
  end: number;
}

// After the network word of "Nätverket för kvalitetsutvecklare", "nätverk för chefer inom äldreomsorg".
// The field may take two words ("inom ekonomiskt bistånd"), but not a clause word after it.
// A word may be the first half of a pair ("barn- och ungdomschefer", "individ- och familjeomsorgen").
// An adjective takes its noun along: "för ekonomiskt bistånd", "för sociala frågor", "för psykisk hälsa".
const FOR_GROUP = /^ f[öo]r (\p{Ll}+- och \p{Ll}[\p{Ll}-]{2,}|\p{Ll}[\p{Ll}]{2,}(?:iskt?|iska|igt?|iga|ellt?|ella|alt?|ala) (?!(?:och|som|den|det|att|med|har|ska|var|kan|samt|inom|i|för)(?![\p{L}]))\p{Ll}[\p{Ll}-]{2,}|\p{Ll}[\p{Ll}-]{3,})(?: (?:inom|i|f[öo]r) (?:\p{L}+- och \p{Ll}[\p{Ll}-]{2,}|\p{L}[\p{L}-]{2,}(?: (?!(?:och|som|den|det|att|med|har|ska|var|kan|samt)(?![\p{L}]))\p{Ll}[\p{Ll}-]{2,})?))?/u;
// Endings of the network word: "nätverk", "nätverket", "nätverken", "nätverkets".
const ENDINGS = new Set(['', 'et', 'en', 'ets']);
// Words that make "X-nätverket" a description rather than a name ("vårt eget nätverk").
const NOT_A_NAME = new Set(['chefs', 'del', 'kontakt', 'samverkans', 'eget', 'vart', 'vara', 'ett', 'det', 'nya', 'nytt', 'hela', 'annat', 'andra', 'olika', 'egna', 'stort', 'brett']);
const NOT_A_GROUP = new Set(['att', 'alla', 'oss', 'dem', 'denna', 'detta', 'dessa', 'den', 'det', 'sig', 'sin', 'sina', 'hela']);

/** A letter or digit by char code: ASCII ones, or anything from U+00C0 on (Swedish letters, U+FFFD). */
function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x206f));
}

/** foldKey(text) contains "tverk": the cheap test before the scans below. */
export const mayNameNetwork = (key: string) => key.includes('tverk');

/** "nätverk" with its ä back and the first letter in capitals. */
function canonical(surface: string): string {
  const fixed = surface.replace(/n[aeé\uFFFD]tverk/gi, (w) => `${w[0]}ätverk`);
  return (fixed[0] as string).toUpperCase() + fixed.slice(1);
}

/**
 * Network names in `text` that no vocabulary network covers. `lowercase` admits names written
 * in lowercase ("från missbruksnätverket"), which only a title may be trusted with.
 */
// The network word is found by its folded letters "tverk" (OCR may turn the ä into a, e, é or
// U+FFFD) and the word around it is read by hand: a regex with Unicode lookbehinds over every
// line mentioning "nätverket" cost more than the rest of the network step.
export function unknownNetworkNames(text: string, vocab: Vocabulary, lowercase: boolean, key = foldKey(text), tokens?: Token[]): NetworkName[] {
  const out: NetworkName[] = [];
  let listed: { start: number; end: number }[] | undefined;
  if (key.length !== text.length) return out;
  for (let p = key.indexOf('tverk'); p >= 0; p = key.indexOf('tverk', p + 5)) {
    const n = p - 2;
    if (key[n] !== 'n') continue;
    let start = n;
    while (start > 0 && (isWordChar(text, start - 1) || text[start - 1] === '-')) start--;
    let end = p + 5;
    while (end < text.length && isWordChar(text, end)) end++;
    if (!ENDINGS.has(key.slice(p + 5, end))) continue;
    let stop = end;
    if (start === n) {
      // "Nätverket för kvalitetsutvecklare": the word alone names no one, its group does. The
      // plural ("nätverken för socialchefer och ...") describes several networks, not one.
      if (key.slice(p + 5, end) === 'en' || key.slice(p + 5, end) === 'ets') continue;
      const group = FOR_GROUP.exec(text.slice(end));
      if (!group || NOT_A_GROUP.has(foldKey(group[1] as string))) continue;
      stop = end + group[0].length;
    } else {
      const stem = text.slice(start, n).replace(/-$/, '');
      if (stem.length < 3 || NOT_A_NAME.has(foldKey(stem))) continue;
    }
    // A name inside a sentence ("vi bildar ett nätverk för chefer") counts only when capitalised.
    if (!lowercase && (text[start] as string) === (text[start] as string).toLowerCase()) continue;
    // A listed network overlapping the name ("IFO-chefsnätverket") is no unknown one.
    listed ??= vocab.network.findAll(tokens ?? tokenize(text), true);
    if (listed.some((m) => m.start < stop && m.end > start)) continue;
    const surface = text.slice(start, stop);
    const name = canonical(surface);
    if (!out.some((x) => x.name === name)) out.push({ name, start, end: stop });
  }
  return out;
}

/** Candidates of kind "network" in lines[from, to): capitalised names only, one per name. */
export function networkCandidates(lines: Line[], tokens: (i: number) => Token[], from: number, to: number, vocab: Vocabulary): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i < to; i++) {
    const l = lines[i] as Line;
    if (l.blank || !mayNameNetwork(l.key)) continue;
    for (const n of unknownNetworkNames(l.text, vocab, false, l.key, tokens(i))) {
      if (!out.some((c) => c.name === n.name)) out.push({ name: n.name, kind: 'network', evidence: sentenceAt(l.text, n.start, n.end), line: l.n });
    }
  }
  return out;
}
