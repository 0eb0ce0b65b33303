// Word tokens of one line, computed once and shared by every matcher.
import { foldText } from './fold';

/** isWordChar (fold.ts) on a char code: a-z, 0-9, the wildcard '*', or anything above U+00BF. */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 42 || c > 0xbf;

export interface Token {
  /** Folded form (see foldText). */
  folded: string;
  /** The characters as written. */
  raw: string;
  start: number;
  end: number;
  /** Per-word lookup cache owned by phrase-index.ts; undefined until a matcher sees the token. */
  lookup: unknown;
}

/** Splits a line into word tokens; hyphens, slashes and punctuation separate words. */
// `folded` is foldText(line), passed by callers that have it already (line-words.ts).
export function tokenize(line: string, folded: string = foldText(line)): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    // Char codes instead of one-character strings: this loop runs over every character of every note.
    if (i < folded.length && isWordCode(folded.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      tokens.push({ folded: folded.slice(start, i), raw: line.slice(start, i), start, end: i, lookup: undefined });
      start = -1;
    }
  }
  return tokens;
}
