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

describe('validateDocument: how much text a note needs', () => {
  it('needs 20 letters, and two non-blank lines or 200 letters', () => {
    expect(reason('Närvarande: Anna Svensson')).toBe('no-structure');
    expect(reason('Närvarande: Anna Svensson\n\n  \nLerum')).toBeNull();
    expect(reason('a b '.repeat(100))).toBeNull();
    expect(reason('Anna\r\nBo\r\n')).toBe('no-structure');
  });

  it('says how much text a rejected note has', () => {
    expect(() => validateDocument('Hej\n\nhej då\n', 'kort.md')).toThrow('kort.md: no recognisable note structure (too little text: 8 letters on 2 lines)');
  });
});
