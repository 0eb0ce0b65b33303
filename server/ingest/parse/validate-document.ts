// Rejects files that are not meeting notes before any parsing, with a reason code the
// importer can count and report.

export type RejectionReason = 'empty' | 'too-large' | 'binary' | 'no-structure';

export class DocumentRejectedError extends Error {
  constructor(readonly reason: RejectionReason, message: string) {
    super(message);
    this.name = 'DocumentRejectedError';
  }
}

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** The least text a note has: `letters` letters, and `lines` non-blank lines or `manyLetters`. */
const STRUCTURE = { letters: 20, lines: 2, manyLetters: 200 };

/** Letters and non-blank lines of `text`, counted up to the caps. */
function countText(text: string, letterCap = Infinity, lineCap = Infinity): { letters: number; lines: number } {
  const letter = /\p{L}/gu;
  let letters = 0;
  while (letters < letterCap && letter.exec(text) !== null) letters++;
  let lines = 0;
  for (let start = 0; start <= text.length && lines < lineCap; ) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (text.slice(start, stop).trim() !== '') lines++;
    start = stop + 1;
  }
  return { letters, lines };
}

function enoughText(text: string): boolean {
  const { letters, lines } = countText(text, STRUCTURE.manyLetters, STRUCTURE.lines);
  return letters >= STRUCTURE.letters && (lines >= STRUCTURE.lines || letters >= STRUCTURE.manyLetters);
}

/** Decodes and checks a note; throws DocumentRejectedError, returns the text otherwise. */
export function validateDocument(input: Uint8Array | string, name = 'document'): string {
  const bytes = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (bytes > MAX_DOCUMENT_BYTES) throw new DocumentRejectedError('too-large', `${name}: ${bytes} bytes is over the ${MAX_DOCUMENT_BYTES}-byte limit`);
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    // NUL bytes or many control characters mean an image, PDF or archive, not text.
    const sample = input.subarray(0, 8192);
    let control = 0;
    for (const b of sample) {
      if (b === 0) throw new DocumentRejectedError('binary', `${name}: binary file (contains NUL bytes); expected a text or markdown note`);
      if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
    }
    if (sample.length && control / sample.length > 0.05) throw new DocumentRejectedError('binary', `${name}: binary file (control characters); expected a text or markdown note`);
    text = new TextDecoder('utf-8').decode(input);
  }
  if (text.trim() === '') throw new DocumentRejectedError('empty', `${name}: the file is empty`);
  // A note has at least 20 letters, and 2 non-blank lines or 200 letters. Counting stops once
  // that holds (every imported note is checked, and a note has thousands of letters); the
  // rejection counts them all for its message.
  if (!enoughText(text)) {
    const { letters, lines } = countText(text);
    throw new DocumentRejectedError('no-structure', `${name}: no recognisable note structure (too little text: ${letters} letters on ${lines} lines)`);
  }
  if (text.includes('\uFFFD') && (text.match(/\uFFFD/g) ?? []).length / text.length > 0.1) {
    throw new DocumentRejectedError('binary', `${name}: not UTF-8 text (too many undecodable bytes)`);
  }
  return text.normalize('NFC');
}
