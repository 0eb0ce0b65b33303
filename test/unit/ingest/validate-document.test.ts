import { describe, expect, it } from 'vitest';
import { DocumentRejectedError, validateDocument } from '../../../server/ingest/parse/index';

const reason = (input: Uint8Array | string) => {
  try {
    validateDocument(input);
    return null;
  } catch (err) {
    return err instanceof DocumentRejectedError ? err.reason : 'other';
  }
};

describe('validateDocument', () => {
  it('rejects empty, binary, oversized and structureless input with a reason code', () => {
    expect(reason('  \n ')).toBe('empty');
    expect(reason(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))).toBe('binary');
    expect(reason('a'.repeat(5 * 1024 * 1024 + 1))).toBe('too-large');
    expect(reason('hej')).toBe('no-structure');
  });

  it('accepts a note and returns NFC text', () => {
    const text = validateDocument(new TextEncoder().encode('Närvarande:\nAnna Svensson, Lerum\n\n1. Inledning\nText om mötet.'.normalize('NFD')));
    expect(text).toContain('Närvarande');
    expect(text).toBe(text.normalize('NFC'));
  });
});
