// Word tokens of one line, computed once and shared by every matcher.
import { foldText, isWordChar } from './fold';

export interface Token {
  /** Folded form (see foldText). */
  folded: string;
  /** The characters as written. */
  raw: string;
  start: number;
  end: number;
}

/** Splits a line into word tokens; hyphens, slashes and punctuation separate words. */
export function tokenize(line: string): Token[] {
  const folded = foldText(line);
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? (folded[i] as string) : ' ';
    if (isWordChar(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      tokens.push({ folded: folded.slice(start, i), raw: line.slice(start, i), start, end: i });
      start = -1;
    }
  }
  return tokens;
}
