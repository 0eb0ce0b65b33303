// Names the vocabulary lacks (SPINK, SAMLA, SIMBA, FVM, "Project Support") are reported for
// review instead of being dropped. Junk is kept out: sentence-initial words, months,
// weekdays, people, stop-listed abbreviations and anything a vocabulary phrase covers.
import { foldKey } from './fold';
import type { Line } from './normalize-text';
import { acronyms, afterLowerWord, capsRuns, hasAcronymOrInnerCapsRun } from './letter-scan';
import { isKnownFirstName } from './person-name';
import { cuedNames } from './project-cues';
import { sentenceAt } from './sentences';
import type { Token } from './tokenize';
import type { Candidate } from './types';
import type { Vocabulary } from './vocabulary';

const LOCATIVE = /\b(på|i|vid|till|från|hos)\s+$/i;
const ORG_WORDS = /(region|förbund|universitet|högskola|myndighet|stiftelse|förening|institut|verket|styrelse|\bAB\b|råd\b|center|centrum)/i;
const PROJECT_CONTEXT = /\b(projekt|satsning|modell|metod|program|utvecklas|studie|pilot|om|arbete|team|insats)/i;
const CALENDAR = /^(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)$/i;

// "Ale och Lerum deltar i Sociala insatsgrupper", "har gått med i testpiloten för Mina planer": the
// object of a verb of taking part is a project, also when written in sentence case after "i".
// It ends before a word of time or a function word ("… sedan hösten 2024", "… från mars").
// (\b would not see the edges of "är" or "också": in JavaScript it knows ASCII letters only.)
const JOINED = /(?<!\p{L})(?:deltar|deltog|deltagit|medverkar|medverkade|är med|var med|går med|gått med|gick med|ansluter|anslöt|anslutit|ingår)\s+(?:(?:också|även|nu|redan)\s+)?(?:i|till)\s+(?:(?:test)?pilot(?:en)?\s+(?:för|av|med)\s+|(?:projektet|satsningen|arbetet)\s+(?:för|om|med|kring)\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,2}|\p{Lu}[\p{L}-]+(?:\s+(?!(?:sedan|under|från|och|med|som|för|på|till|efter|inom|genom|i|hösten|våren|sommaren|vintern|nästa|detta|denna|redan|också|även|nu|samt|men|vid|om)(?!\p{L}))\p{Ll}[\p{L}-]+){0,2})/gu;
/** JOINED's verb and preposition on the folded line, without Unicode classes: most lines fail it. */
// The folded words JOIN_HINT starts with ("med" for "är med i", "går med i"): d, m, a, i; 3–9 letters.
const JOIN_VERBS = new Set(['deltar', 'deltog', 'deltagit', 'medverkar', 'medverkade', 'med', 'ansluter', 'anslutit', 'anslot', 'ingar']);
const JOIN_HINT = /(?:delt(?:ar|og|agit)|medverka(?:r|de)|(?:ar|var|gar|gatt|gick) med|anslu(?:ter|tit)|anslot|ingar) (?:(?:ocksa|aven|nu|redan) )?(?:i|till) /;

// "ersättningssystemet från Migrationsverket": one capitalised word that ends as the names of
// authorities and associations do is an organisation, though capsRuns wants two words.
// Tested on the line's folded tokens; words of the vocabulary's names ("Nätverket") are none.
const AUTHORITY_END = /^.{3,}(verket|myndigheten|styrelsen|namnden|inspektionen|forbundet|foreningen|institutet|ombudsmannen)$/;

export interface CandidateInput {
  lines: Line[];
  tokens: (i: number) => Token[];
  from: number;
  to: number;
  vocab: Vocabulary;
  /** Folded names of every person found, so people never become candidates. */
  people: Set<string>;
}

function covered(vocab: Vocabulary, tokens: Token[], start: number, end: number): boolean {
  for (const matcher of [vocab.project, vocab.organisation, vocab.municipality, vocab.network, vocab.theme]) {
    for (const m of matcher.findAll(tokens)) if (m.start <= start && m.end >= end) return true;
  }
  return false;
}

/**
 * "Yrkesresan Missbruk och beroende", "Mini-Maria Kungälv": a known project (or its alias) with one of
 * its tracks or a place after it is that project, not a new name.
 */
function knownProjectWithPart(vocab: Vocabulary, tokens: Token[], start: number, end: number): boolean {
  const head = vocab.project.findAll(tokens).find((m) => m.start === start && m.end < end);
  if (!head) return false;
  const parts = [...vocab.municipality.findAll(tokens), ...(vocab.tracks.get(head.value.name)?.findAll(tokens) ?? [])];
  return tokens.every((t) => t.end <= head.end || t.start >= end || parts.some((p) => p.start <= t.start && p.end >= t.end));
}

/** True when a municipality, organisation or network of the vocabulary starts at start. */
function startsKnown(vocab: Vocabulary, tokens: Token[], start: number): boolean {
  return [vocab.municipality, vocab.organisation, vocab.network].some((matcher) => matcher.findAll(tokens).some((m) => m.start === start));
}

/** Stop-listed phrases, lowercased once per vocabulary instead of once per candidate. */
const stopPhrases = new WeakMap<Vocabulary, Set<string>>();
function stopPhraseSet(vocab: Vocabulary): Set<string> {
  let set = stopPhrases.get(vocab);
  if (!set) stopPhrases.set(vocab, (set = new Set(vocab.data.stopwords.phrases.map((p) => p.toLowerCase()))));
  return set;
}

/** True when more characters of `text` are capitals than lowercase letters. */
function mostlyUpper(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII letters decide by range; only other characters need the case-mapping test.
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c >= 128) {
      const ch = text.codePointAt(i) as number;
      const s = String.fromCodePoint(ch);
      if (ch > 0xffff) i++;
      if (s !== s.toLowerCase()) upper++;
      else if (s !== s.toUpperCase()) lower++;
    }
  }
  return upper > lower;
}

/** Unknown acronyms and capitalised multi-word names in lines[from, to). */
export function findCandidates(input: CandidateInput): Candidate[] {
  const { lines, vocab } = input;
  const out = new Map<string, Candidate>();
  let people: string[] | undefined;
  for (let i = input.from; i < input.to; i++) {
    const l = lines[i] as Line;
    if (l.blank) continue;
    const found: { name: string; start: number; end: number; acronym: boolean; joined?: boolean; authority?: boolean; cued?: Candidate['kind'] }[] = [];
    // One pass over the line's words finds both a verb of taking part and authority names.
    let joins = false;
    for (const t of input.tokens(i)) {
      // Looked up only when the first letter and length fit: a lookup hashes the word.
      const c = t.folded.charCodeAt(0);
      if (!joins && (c === 100 || c === 109 || c === 97 || c === 105) && t.folded.length >= 3 && t.folded.length <= 9 && JOIN_VERBS.has(t.folded)) joins = true;
      if (t.folded.length < 9 || !AUTHORITY_END.test(t.folded) || vocab.knownWords.has(t.folded) || !t.inCapitals(1) || !afterLowerWord(l.text, t.start)) continue;
      found.push({ name: t.raw, start: t.start, end: t.end, acronym: false, authority: true });
    }
    if (joins && JOIN_HINT.test(l.key)) {
      for (const m of l.text.matchAll(JOINED)) {
        const name = m[1] as string;
        const start = (m.index ?? 0) + m[0].length - name.length;
        found.push({ name, start, end: start + name.length, acronym: false, joined: true });
      }
    }
    // "projektet Trygg digital tillsyn", "funded by Vinnova": a cue word says what the name is.
    for (const c of cuedNames(l.text, l.key)) found.push({ name: c.name, start: c.start, end: c.end, acronym: false, cued: c.kind });
    // Cheap pre-check: neither an acronym nor a capitalised run after a lowercase word.
    if (found.length === 0 && !hasAcronymOrInnerCapsRun(l.text)) continue;
    // Acronyms, then runs of capitalised words after a lowercase word (so never sentence-initial);
    // letter-scan.ts scans for both without Unicode-property regexes.
    for (const m of acronyms(l.text)) found.push({ name: m.text, start: m.index, end: m.index + m.text.length, acronym: true });
    for (const m of capsRuns(l.text)) if (afterLowerWord(l.text, m.index)) found.push({ name: m.text, start: m.index, end: m.index + m.text.length, acronym: false });
    if (found.length === 0) continue;
    // Lines mostly in capitals are logos or shouted headings, not names.
    if (mostlyUpper(l.text)) continue;
    const stop = stopPhraseSet(vocab);
    // The cells of a line laid out in columns (tabs, or runs of spaces), as written.
    const columns = l.raw.includes('\t') || /\S {3,}\S/.test(l.raw) ? l.raw.split(/\t| {3,}/).map((c) => c.replace(/<\/?b>|\*\*|__/gi, '').trim()) : null;
    for (const f of found) {
      // "projektet Trygga Hem": the cue reads "Trygga", the capitalised run "Trygga Hem"; the longer is the name.
      if (found.some((g) => g !== f && g.start === f.start && g.end > f.end)) continue;
      const key = foldKey(f.name);
      if (out.has(key) || vocab.stopAcronyms.has(key) || stop.has(f.name.toLowerCase())) continue;
      if (f.acronym && vocab.knownWords.has(key)) continue;
      const words = f.name.split(/\s+/);
      if (!f.acronym && (words.some((w) => CALENDAR.test(w)) || isKnownFirstName(words[0] as string, vocab) || input.people.has(key))) continue;
      const named = f.joined || f.cued !== undefined;
      if (!f.acronym && (named ? words.length === 1 : true) && words.every((w) => vocab.knownWords.has(foldKey(w)))) continue;
      // "på Villa Belparc", "i Slottsskogen": places, not organisations or projects.
      if (!f.acronym && !named && !f.authority && LOCATIVE.test(l.text.slice(0, f.start))) continue;
      if (!f.acronym && (people ??= [...input.people]).some((p) => p.endsWith(key))) continue;
      // "<b>Barn och unga</b>\t<b>Ensamkommande</b>\t<b>Familjehem</b>": column headings side by
      // side are no name together; a name stands within one column.
      if (!f.acronym && columns !== null && !columns.some((c) => c.includes(f.name))) continue;
      // "Stödcentrum He-" / "der": a name hyphenated over the line end is only half a name here.
      if (!f.acronym && l.text.endsWith('-') && f.end >= l.text.length - 1) continue;
      if (covered(vocab, input.tokens(i), f.start, f.end) || knownProjectWithPart(vocab, input.tokens(i), f.start, f.end)) continue;
      // "projektet Göteborgs Stad …": a cued name that begins with a known place or body is that one.
      if (f.cued && startsKnown(vocab, input.tokens(i), f.start)) continue;
      const evidence = sentenceAt(l.text, f.start, f.end);
      const kind = f.cued === 'organisation' || f.authority || ORG_WORDS.test(f.name) || (!f.acronym && !named && !PROJECT_CONTEXT.test(evidence)) ? 'organisation' : 'project';
      out.set(key, { name: f.name, kind, evidence, line: l.n });
    }
  }
  return [...out.values()];
}
