// Sentence helpers: evidence strings are whole sentences, never arbitrary slices.

/** The sentence of `line` that contains character offset `at`. */
export function sentenceAt(line: string, at: number, end = at): string {
  const s = sentenceStart(line, at);
  const rest = line.slice(end);
  const e = rest.search(/[.!?](\s|$)/);
  return line.slice(s, e < 0 ? line.length : end + e + 1).trim();
}

export interface Sentence { text: string; start: number }

/** Splits a line into sentences with their start offsets. */
export function splitSentences(line: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?]+(?:[.!?]+(?=\s|$)|$)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m[0].trim()) out.push({ text: m[0].trim(), start: m.index + (m[0].length - m[0].trimStart().length) });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Offset where the sentence containing `at` starts (after the last ". " before it). */
export function sentenceStart(line: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    const c = line[i - 1];
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(line[i] as string)) return i + 1;
  }
  return 0;
}
