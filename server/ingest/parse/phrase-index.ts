// First-word index shared by all phrase matchers of one vocabulary. Every line is scanned by
// 7+ matchers (municipalities, organisations, networks, projects, themes, tracks); most words
// start no phrase of any of them. One lookup per distinct word records each matcher's candidate
// phrases, and one pass per token list records which tokens start any phrase at all, so each
// matcher's scan only visits those few tokens instead of every token of the line.
import type { Token } from './tokenize';

/** A matcher's candidate phrases for a first word. */
export interface CandidateSource {
  /** Clean matching. */
  candidatesOf(word: string): readonly unknown[];
  /** OCR-tolerant matching (see PhraseMatcher.loose). */
  looseCandidatesOf(word: string): readonly unknown[];
  /**
   * Folded first words of its phrases, and whether each is a stem ("hedersrelat*"). A clean word
   * can only have candidates when it shares the first three letters with one of them.
   */
  firstWords(): Iterable<{ text: string; prefix: boolean }>;
}

/** Candidates of one folded word, one list per member matcher (index = member id). */
export interface WordSlot {
  readonly index: PhraseIndex;
  /** Candidates for OCR-tolerant rather than clean matching. */
  readonly loose: boolean;
  readonly lists: readonly (readonly unknown[])[];
  /** Some member has a phrase that may start at this word. */
  readonly any: boolean;
}

const STARTS = Symbol('phrase starts');
type StartsMemo = { index: PhraseIndex; loose: boolean; starts: readonly number[] };
type MemoTokens = Token[] & { [STARTS]?: StartsMemo };

/** Bounded memory for long-running imports; a dropped slot is simply rebuilt. */
const MAX_WORDS = 200_000;

/** What an OCR wildcard or digit can stand for; such words are matched by their first letter. */
const isWildCode = (c: number) => c === 42 || c === 48 || c === 49 || c === 54 || c === 0xfffd; // * 0 1 6 U+FFFD

/**
 * The first three letters of a word as one small integer (10 bits a letter, 0 for none), or -1
 * when a letter lies beyond U+03FF: asked for every token, it must not slice a string or hash one.
 */
function numericKey(word: string): number {
  let key = 0;
  for (let i = 0; i < 3; i++) {
    const c = i < word.length ? word.charCodeAt(i) : 0;
    if (c >= 1024) return -1;
    key = (key << 10) | c;
  }
  return key;
}

export class PhraseIndex {
  private readonly members: CandidateSource[] = [];
  private readonly words = new Map<string, WordSlot>();
  /**
   * Slots for OCR-tolerant matching. In an OCR'd note every word may start a phrase with the
   * same first letter, so each matcher used to try all of them at every token; now each
   * distinct word is tried once for all matchers, like the clean slots.
   */
  private readonly looseWords = new Map<string, WordSlot>();
  /**
   * The first three letters of every word that may start a phrase of some member: as numericKey,
   * or as text where that is -1. Most words of a note start no phrase; these small sets turn
   * them away before a lookup in the large map of every word seen.
   */
  private readonly keys = new Set<number>();
  private readonly wideKeys = new Set<string>();
  /** The slot of a word no member has candidates for (rebuilt when a member joins). */
  private none: WordSlot | undefined;

  /** Adds a matcher; returns its position in WordSlot.lists. */
  join(member: CandidateSource): number {
    // Slots built before this member joined lack its list.
    this.words.clear();
    this.looseWords.clear();
    this.none = undefined;
    for (const w of member.firstWords()) {
      this.addKey(w.text);
      // The genitive "grs" of "gr" has another key than "gr" itself.
      if (!w.prefix && w.text.length < 3) this.addKey(`${w.text}s`);
    }
    return this.members.push(member) - 1;
  }

  private addKey(word: string): void {
    const key = numericKey(word);
    if (key >= 0) this.keys.add(key);
    else this.wideKeys.add(word.slice(0, 3));
  }

  /** True when `word` may have candidates: a known key, or an OCR wildcard matched by first letter. */
  private keyed(word: string): boolean {
    const key = numericKey(word);
    if (key >= 0 ? this.keys.has(key) : this.wideKeys.has(word.slice(0, 3))) return true;
    for (let i = 0; i < word.length; i++) if (isWildCode(word.charCodeAt(i))) return true;
    // OCR's "m" for "rn" among the first letters ("bamahus" for "barnahus") changes the key.
    const m = word.indexOf('m');
    if (m >= 0 && m < 3 && word.length >= 4) {
      const joined = numericKey(`${word.slice(0, m)}rn${word.slice(m + 1)}`);
      if (joined >= 0 && this.keys.has(joined)) return true;
    }
    return false;
  }

  /** The slot of a token's folded word, cached on the token. */
  slotOf(token: Token, loose = false): WordSlot {
    const cached = token.lookup as WordSlot | undefined;
    if (cached !== undefined && cached.index === this && cached.loose === loose) return cached;
    if (loose) return this.looseSlotOf(token);
    if (!this.keyed(token.folded)) {
      this.none ??= { index: this, loose: false, lists: this.members.map(() => []), any: false };
      token.lookup = this.none;
      return this.none;
    }
    let slot = this.words.get(token.folded);
    if (!slot) {
      if (this.words.size >= MAX_WORDS) this.words.clear();
      const lists = this.members.map((m) => m.candidatesOf(token.folded));
      slot = { index: this, loose: false, lists, any: lists.some((l) => l.length > 0) };
      this.words.set(token.folded, slot);
    }
    token.lookup = slot;
    return slot;
  }

  private looseSlotOf(token: Token): WordSlot {
    let slot = this.looseWords.get(token.folded);
    if (!slot) {
      if (this.looseWords.size >= MAX_WORDS) this.looseWords.clear();
      const lists = this.members.map((m) => m.looseCandidatesOf(token.folded));
      slot = { index: this, loose: true, lists, any: lists.some((l) => l.length > 0) };
      this.looseWords.set(token.folded, slot);
    }
    token.lookup = slot;
    return slot;
  }

  /** Indexes of the tokens where a phrase of some member may start, ascending (cached on the list). */
  starts(tokens: Token[], loose = false): readonly number[] {
    const memo = (tokens as MemoTokens)[STARTS];
    if (memo !== undefined && memo.index === this && memo.loose === loose) return memo.starts;
    const starts: number[] = [];
    for (let i = 0; i < tokens.length; i++) if (this.slotOf(tokens[i] as Token, loose).any) starts.push(i);
    (tokens as MemoTokens)[STARTS] = { index: this, loose, starts };
    return starts;
  }
}
