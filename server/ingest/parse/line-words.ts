// The words of each line of one note, worked out once and shared by every extraction step:
// the folded line, its tokens and its sentences. Steps used to fold, tokenise and split the
// same line again each; now the first step that asks pays, and the rest reuse the result.
import { fixInnerI, foldText } from './fold';
import type { Line } from './normalize-text';
import { splitSentences, type Sentence } from './sentences';
import { Token, tokenize } from './tokenize';

// foldText differs from foldKey only where OCR damage shows: é/è/U+FFFD become the wildcard '*'
// and a capital I standing for an l becomes an l. Most lines show none, and their foldKey, which
// normalizeText computed already, is their foldText too.
const OCR_LETTERS = /[éèÉÈ\uFFFD]/;

/** foldText(line.text), taken from line.key when the two agree. */
function foldLine(line: Line): string {
  const { text, key } = line;
  const same = key.length === text.length && !OCR_LETTERS.test(text) && (!text.includes('I') || fixInnerI(text) === text);
  return same ? key : foldText(text);
}

/** True when a token runs across offset `at`. */
const crosses = (tokens: readonly Token[], at: number) => tokens.some((t) => t.start < at && at < t.end);

export class LineWords {
  private readonly foldedAt: (string | undefined)[] = [];
  private readonly tokensAt: (Token[] | undefined)[] = [];
  private readonly sentencesAt: (Sentence[] | undefined)[] = [];

  constructor(private readonly lines: readonly Line[]) {}

  private text(i: number): string {
    return (this.lines[i] as Line).text;
  }

  /** foldText of line i's text. */
  folded(i: number): string {
    return (this.foldedAt[i] ??= foldLine(this.lines[i] as Line));
  }

  /** Word tokens of line i (the same array on every call: phrase matches are memoised on it). */
  tokens(i: number): Token[] {
    return (this.tokensAt[i] ??= tokenize(this.text(i), this.folded(i)));
  }

  /**
   * tokenize(text, folded) for `text` = line i's text from `start` on, whose foldText is `folded`:
   * cut from the line's tokens (with their phrase lookups) when the folds agree and no line word
   * runs across either end, so a sentence of a line is not tokenised and looked up again.
   */
  tokensOf(i: number, start: number, text: string, folded: string): Token[] {
    const end = start + text.length;
    const line = this.tokens(i);
    if (this.text(i).slice(start, end) !== text || this.folded(i).slice(start, end) !== folded || crosses(line, start) || crosses(line, end)) return tokenize(text, folded);
    const out: Token[] = [];
    for (const t of line) {
      if (t.start < start || t.end > end) continue;
      const cut = new Token(t.folded, text, t.start - start, t.end - start);
      cut.lookup = t.lookup;
      out.push(cut);
    }
    return out;
  }

  /** Sentences of line i's text. */
  sentences(i: number): readonly Sentence[] {
    return (this.sentencesAt[i] ??= splitSentences(this.text(i)));
  }
}
