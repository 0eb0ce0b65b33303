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
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const lines = text.split(/\r?\n/).filter((l) => l.trim()).length;
  if (letters < 20 || (lines < 2 && letters < 200)) {
    throw new DocumentRejectedError('no-structure', `${name}: no recognisable note structure (too little text: ${letters} letters on ${lines} lines)`);
  }
  if (text.includes('\uFFFD') && (text.match(/\uFFFD/g) ?? []).length / text.length > 0.1) {
    throw new DocumentRejectedError('binary', `${name}: not UTF-8 text (too many undecodable bytes)`);
  }
  return text.normalize('NFC');
}
