// First-word index shared by all phrase matchers of one vocabulary. Every line is scanned by
// 7+ matchers (municipalities, organisations, networks, projects, themes, tracks); most words
// start no phrase of any of them. One lookup per distinct word records each matcher's candidate
// phrases, and one pass per token list records which tokens start any phrase at all, so each
// matcher's scan only visits those few tokens instead of every token of the line.
import type { Token } from './tokenize';

/** A matcher's candidate phrases for a first word (clean, non-OCR-tolerant matching). */
export interface CandidateSource {
  candidatesOf(word: string): readonly unknown[];
}

/** Candidates of one folded word, one list per member matcher (index = member id). */
export interface WordSlot {
  readonly index: PhraseIndex;
  readonly lists: readonly (readonly unknown[])[];
  /** Some member has a phrase that may start at this word. */
  readonly any: boolean;
}

const STARTS = Symbol('phrase starts');
type StartsMemo = { index: PhraseIndex; starts: readonly number[] };
type MemoTokens = Token[] & { [STARTS]?: StartsMemo };

/** Bounded memory for long-running imports; a dropped slot is simply rebuilt. */
const MAX_WORDS = 200_000;

export class PhraseIndex {
  private readonly members: CandidateSource[] = [];
  private readonly words = new Map<string, WordSlot>();

  /** Adds a matcher; returns its position in WordSlot.lists. */
  join(member: CandidateSource): number {
    // Slots built before this member joined lack its list.
    this.words.clear();
    return this.members.push(member) - 1;
  }

  /** The slot of a token's folded word, cached on the token. */
  slotOf(token: Token): WordSlot {
    const cached = token.lookup as WordSlot | undefined;
    if (cached !== undefined && cached.index === this) return cached;
    let slot = this.words.get(token.folded);
    if (!slot) {
      if (this.words.size >= MAX_WORDS) this.words.clear();
      const lists = this.members.map((m) => m.candidatesOf(token.folded));
      slot = { index: this, lists, any: lists.some((l) => l.length > 0) };
      this.words.set(token.folded, slot);
    }
    token.lookup = slot;
    return slot;
  }

  /** Indexes of the tokens where a phrase of some member may start, ascending (cached on the list). */
  starts(tokens: Token[]): readonly number[] {
    const memo = (tokens as MemoTokens)[STARTS];
    if (memo !== undefined && memo.index === this) return memo.starts;
    const starts: number[] = [];
    for (let i = 0; i < tokens.length; i++) if (this.slotOf(tokens[i] as Token).any) starts.push(i);
    (tokens as MemoTokens)[STARTS] = { index: this, starts };
    return starts;
  }
}
