// Word tokens of one line, computed once and shared by every matcher.
import { foldText } from './fold';

/**
 * isWordChar (fold.ts) on a char code: a-z, 0-9, the wildcard '*', or a letter above U+00BF.
 * Dashes, quotes, bullets and ellipses (U+2000–U+206F) and × ÷ separate words:
 * "Mölndal–Härryda" is two places.
 */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 42 || (c > 0xbf && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x206f));

export class Token {
  /** Per-word lookup cache owned by phrase-index.ts; undefined until a matcher sees the token. */
  lookup: unknown = undefined;

  constructor(
    /** Folded form (see foldText). */
    readonly folded: string,
    private readonly line: string,
    readonly start: number,
    readonly end: number,
  ) {}

  /** The characters as written; sliced on demand, since few tokens are ever asked for them. */
  get raw(): string {
    return this.line.slice(this.start, this.end);
  }

  /** Whether the first n characters as written equal their upper case ("GR", "SKR:s"). */
  inCapitals(n: number): boolean {
    const end = Math.min(this.start + n, this.end);
    for (let i = this.start; i < end; i++) {
      const c = this.line.charCodeAt(i);
      if (c >= 97 && c <= 122) return false;
      // Beyond ASCII, upper case may change length ("ß" → "SS"): compare as strings.
      if (c >= 128) {
        const s = this.line.slice(this.start, end);
        return s === s.toUpperCase();
      }
    }
    return true;
  }
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
      tokens.push(new Token(folded.slice(start, i), line, start, i));
      start = -1;
    }
  }
  return tokens;
}
