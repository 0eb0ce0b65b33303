// Token-based multi-phrase matcher. Phrases are indexed by their exact first word (and by
// first letter for OCR-tolerant matching), so a line costs one lookup per token instead of
// one regex per phrase; the lookups are shared by all matchers of a vocabulary (phrase-index.ts).
import { charMatches, foldKey } from './fold';
import { PhraseIndex, type CandidateSource } from './phrase-index';
import type { Token } from './tokenize';

interface PatternWord {
  text: string;
  /** The phrase word ended in '*': any ending matches ("hedersrelat*"). */
  prefix: boolean;
  /** Written in capitals ("GR", "SAV"): the note must write it in capitals too. */
  acronym: boolean;
}

interface Phrase<T> { words: PatternWord[]; value: T; source: string }

export interface PhraseMatch<T> {
  value: T;
  /** The phrase (as written in the vocabulary) that matched. */
  phrase: string;
  firstToken: number;
  /** Index after the last matched token. */
  endToken: number;
  start: number;
  end: number;
}

const NONE: never[] = [];

const MEMO = Symbol('phrase matches');
type MemoTokens = Token[] & { [MEMO]?: unknown[] };
let nextMatcherId = 0;

const WILD_CHARS = /[*016\uFFFD]/;
const WILD_FIRST: Record<string, string[]> = { '*': ['a', 'o', 'e'], '6': ['o'], '0': ['o'], '1': ['l', 'i'] };

function toWords(phrase: string): PatternWord[] {
  const words: PatternWord[] = [];
  for (const m of phrase.normalize('NFC').matchAll(/[\p{L}\p{N}]+\*?/gu)) {
    const prefix = m[0].endsWith('*');
    const raw = prefix ? m[0].slice(0, -1) : m[0];
    const acronym = raw.length >= 2 && raw === raw.toUpperCase() && /\p{L}/u.test(raw) && raw.length <= 6;
    words.push({ text: foldKey(raw), prefix, acronym });
  }
  return words;
}

/** Levenshtein distance ≤ 1 with OCR-aware substitutions, for long words only. */
function nearlyEqual(t: string, p: string): boolean {
  if (Math.abs(t.length - p.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < t.length && j < p.length) {
    if (charMatches(t[i] as string, p[j] as string, true)) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (t.length > p.length) i++;
    else if (t.length < p.length) j++;
    else { i++; j++; }
  }
  return edits + (t.length - i) + (p.length - j) <= 1;
}

function wordMatches(token: Token, word: PatternWord, last: boolean): boolean {
  if (word.acronym && !token.inCapitals(word.text.length)) return false;
  return foldedWordMatches(token.folded, word, last);
}

/** wordMatches on the folded text alone: everything but the capitals check of acronyms. */
function foldedWordMatches(t: string, word: PatternWord, last: boolean): boolean {
  const p = word.text;
  const loose = p.length >= 5;
  if (word.prefix) {
    if (t.length < p.length) return false;
    let subs = 0;
    for (let i = 0; i < p.length; i++) {
      if (charMatches(t[i] as string, p[i] as string, false)) continue;
      if (!loose || !charMatches(t[i] as string, p[i] as string, true) || ++subs > 1) return false;
    }
    return true;
  }
  // Genitive "-s" ("GR:s" splits, but "GRs", "Göteborgs" do not) is accepted on the last word.
  const body = last && t.length === p.length + 1 && t.endsWith('s') ? t.slice(0, -1) : t;
  if (body.length === p.length) {
    let subs = 0;
    let ok = true;
    for (let i = 0; i < p.length && ok; i++) {
      if (charMatches(body[i] as string, p[i] as string, false)) continue;
      ok = loose && charMatches(body[i] as string, p[i] as string, true) && ++subs <= 1;
    }
    if (ok) return true;
  }
  if (loose && t.length + 1 === p.length && t.includes('m') && p.includes('rn') && rnReadAsM(t, p)) return true;
  // And the other way: "Lerurn" for "Lerum".
  if (loose && t.length === p.length + 1 && t.includes('rn') && p.includes('m') && rnReadAsM(p, t)) return true;
  return p.length >= 8 && nearlyEqual(t, p);
}

/** The word with one "m" read back as "rn": "bamahus" → "barnahus". */
function rnForms(t: string): string[] {
  const out: string[] = [];
  for (let i = t.indexOf('m'); i >= 0; i = t.indexOf('m', i + 1)) out.push(`${t.slice(0, i)}rn${t.slice(i + 1)}`);
  return out;
}

/** OCR joins "rn" into "m": "bamahus" is "barnahus", "tjom" is "tjorn" (and otherwise equal). */
function rnReadAsM(t: string, p: string): boolean {
  return rnForms(t).some((f) => f.length === p.length && [...f].every((c, k) => charMatches(c, p[k] as string, false)));
}

export class PhraseMatcher<T> implements CandidateSource {
  private readonly buckets = new Map<string, Phrase<T>[]>();

  /** Phrases by their exact first word: the fast path for clean text. */
  private readonly exact = new Map<string, Phrase<T>[]>();
  /** Phrases whose first word is a stem ("hedersrelat*"), by its first three letters. */
  private readonly stems = new Map<string, Phrase<T>[]>();

  /** `index` is shared by the matchers of one vocabulary; a matcher built alone gets its own. */
  /** The first-word index shared with the other matchers of the vocabulary. */
  private readonly index: PhraseIndex;
  /** Position of this matcher in the index's word slots. */
  private readonly member: number;

  /** `index` is shared by the matchers of one vocabulary; a matcher built alone gets its own. */
  constructor(entries: Iterable<{ phrase: string; value: T }>, index: PhraseIndex = new PhraseIndex()) {
    for (const { phrase, value } of entries) {
      const words = toWords(phrase);
      const head = words[0];
      const first = head?.text[0];
      if (!head || !first) continue;
      const ph = { words, value, source: phrase };
      const push = (m: Map<string, Phrase<T>[]>, k: string) => { const l = m.get(k) ?? []; l.push(ph); m.set(k, l); };
      push(this.buckets, first);
      if (head.prefix) push(this.stems, head.text.slice(0, 3));
      else push(this.exact, head.text);
    }
    for (const m of [this.exact, this.stems]) for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
    // Longest phrase first, so "Göteborgs universitet" wins over "Göteborg".
    for (const list of this.buckets.values()) list.sort((a, b) => b.words.length - a.words.length);
    for (const [c, alts] of Object.entries(WILD_FIRST)) {
      this.wild.set(c, alts.flatMap((a) => this.buckets.get(a) ?? []).sort((a, b) => b.words.length - a.words.length));
    }
    this.index = index;
    this.member = index.join(this);
  }

  private readonly wild = new Map<string, Phrase<T>[]>();

  /** Memo slot of this matcher on token lists (see findAll). */
  private readonly id = nextMatcherId++;

  /** First words of the phrases that clean matching can reach (see CandidateSource). */
  firstWords(): Iterable<PatternWord> {
    return [...this.exact.values(), ...this.stems.values()].map((list) => (list[0] as Phrase<T>).words[0] as PatternWord);
  }

  /** Candidate phrases for a first word in clean matching (called once per word by the index). */
  candidatesOf(t: string): Phrase<T>[] {
    // Clean words (no OCR wildcard or digit) only need exact and stem lookups.
    const list = WILD_CHARS.test(t) ? this.bucketOf(t) : this.cleanCandidates(t);
    // Keep only phrases whose first word this word can be: a stem shares just three letters,
    // and a word then starts a phrase of no matcher far more often (fewer starts to visit).
    const fit = list.filter((ph) => foldedWordMatches(t, ph.words[0] as PatternWord, ph.words.length === 1));
    return fit.length === list.length ? list : fit;
  }

  /**
   * Candidate phrases for a first word in OCR-tolerant matching (called once per word by the
   * index): the first-letter bucket, narrowed to phrases whose first word this word can be.
   */
  looseCandidatesOf(t: string): Phrase<T>[] {
    const list = this.bucketOf(t);
    const fit = list.filter((ph) => foldedWordMatches(t, ph.words[0] as PatternWord, ph.words.length === 1));
    return fit.length === list.length ? list : fit;
  }

  /** Phrases whose first word the token's folded word matches (its capitals are not checked yet). */
  private candidates(token: Token, loose: boolean): Phrase<T>[] {
    return this.index.slotOf(token, loose).lists[this.member] as Phrase<T>[];
  }

  /**
   * The first-letter bucket, narrowed to phrases whose first word can match a word of t's length
   * (wordMatches needs |len(t) − len(p)| ≤ 1, or len(t) ≥ len(p) for a stem). In OCR notes every
   * token takes this path, so the narrowed lists are kept per letter and length.
   */
  private bucketOf(t: string): Phrase<T>[] {
    const c = t[0] as string;
    let byLen = this.byLength.get(c);
    if (!byLen) this.byLength.set(c, (byLen = []));
    let list = byLen[t.length];
    if (!list) {
      const all = this.wild.get(c) ?? this.buckets.get(c) ?? NONE;
      const n = t.length;
      list = all.filter((ph) => { const w = ph.words[0] as PatternWord; return w.prefix ? n >= w.text.length : Math.abs(n - w.text.length) <= 1; });
      byLen[n] = list;
    }
    return list;
  }

  private readonly byLength = new Map<string, Phrase<T>[][]>();

  private cleanCandidates(t: string): Phrase<T>[] {
    // "Bamahus", "Bamchefsnätverket": OCR joined "rn" into "m"; the word with rn may be the phrase's.
    const joined = t.length >= 4 && t.includes('m') ? rnForms(t).flatMap((f) => this.exact.get(f) ?? []) : [];
    const a = joined.length ? [...(this.exact.get(t) ?? []), ...joined] : this.exact.get(t);
    const b = t.endsWith('s') ? this.exact.get(t.slice(0, -1)) : undefined;
    const c = this.stems.get(t.slice(0, 3));
    if (!b && !c) return a ?? NONE;
    return [...(a ?? NONE), ...(b ?? NONE), ...(c ?? NONE)].sort((x, y) => y.words.length - x.words.length);
  }

  /** Matches at token i, longest first. */
  matchAt(tokens: Token[], i: number, loose = this.loose): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const first = tokens[i];
    if (!first) return out;
    for (const ph of this.candidates(first, loose)) {
      const n = ph.words.length;
      if (i + n > tokens.length) continue;
      // Candidates were chosen by their folded first word (candidatesOf, looseCandidatesOf): only its capitals are left to check.
      const head = ph.words[0] as PatternWord;
      let ok = !head.acronym || first.inCapitals(head.text.length);
      for (let k = 1; k < n && ok; k++) ok = wordMatches(tokens[i + k] as Token, ph.words[k] as PatternWord, k === n - 1);
      if (ok) {
        const last = tokens[i + n - 1] as Token;
        out.push({ value: ph.value, phrase: ph.source, firstToken: i, endToken: i + n, start: first.start, end: last.end });
      }
    }
    return out;
  }

  /** All matches in a token list: longest, non-overlapping unless overlapping is set. */
  findAll(tokens: Token[], overlapping = false): PhraseMatch<T>[] {
    // Several extraction steps scan the same line; token arrays are cached per line, so memoise on
    // them. The memo rides on the array (slot 2·id, +1 when overlapping): a WeakMap per matcher
    // cost more than the scans it saved.
    const memo = ((tokens as MemoTokens)[MEMO] ??= []);
    const k = 2 * this.id + (overlapping ? 1 : 0);
    const hit = memo[k] as PhraseMatch<T>[] | undefined;
    if (hit) return hit;
    const out = this.scanStarts(tokens, overlapping, this.loose);
    memo[k] = out;
    return out;
  }

  /**
   * OCR tolerance beyond wildcards (d→o, one inserted letter) needs a scan of every phrase with
   * the same first letter; it is switched on only while an OCR-damaged note is processed.
   */
  loose = false;

  /** A scan visits only the tokens where some phrase of the vocabulary may start. */
  private scanStarts(tokens: Token[], overlapping: boolean, loose: boolean): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let next = 0;
    for (const i of this.index.starts(tokens, loose)) {
      // Another matcher's phrase may start here; this one's list is then empty.
      if (i < next || this.candidates(tokens[i] as Token, loose).length === 0) continue;
      const found = this.matchAt(tokens, i, loose);
      if (found.length === 0) continue;
      if (overlapping) { out.push(...found); continue; }
      const best = found[0] as PhraseMatch<T>;
      out.push(best);
      next = best.endToken;
    }
    return out;
  }
}
