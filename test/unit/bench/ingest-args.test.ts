import { describe, expect, it } from 'vitest';
import { parseIngestArgs } from '../../bench/support/ingest-args.js';

const defaults = { sizes: [1_000, 10_000], quickSizes: [200, 1_000] };

describe('the ingest benchmark arguments', () => {
  it('runs the full sizes with extraction by default, the quick sizes with --quick', () => {
    expect(parseIngestArgs([], defaults)).toEqual({ quick: false, importOnly: false, extractOnly: false, sizes: [1_000, 10_000] });
    expect(parseIngestArgs(['--quick'], defaults).sizes).toEqual([200, 1_000]);
  });

  it('takes --extract-only, --import-only and explicit sizes in either spelling', () => {
    expect(parseIngestArgs(['--extract-only'], defaults).extractOnly).toBe(true);
    expect(parseIngestArgs(['--import-only', '--sizes', '500,2000'], defaults)).toEqual({ quick: false, importOnly: true, extractOnly: false, sizes: [500, 2_000] });
    expect(parseIngestArgs(['--sizes=10000'], defaults).sizes).toEqual([10_000]);
  });

  it('refuses unknown arguments and malformed sizes with the usage', () => {
    expect(() => parseIngestArgs(['--fast'], defaults)).toThrow(/unknown argument --fast; usage/);
    expect(() => parseIngestArgs(['--sizes', '1k'], defaults)).toThrow(/positive whole numbers/);
    expect(() => parseIngestArgs(['--sizes'], defaults)).toThrow(/positive whole numbers/);
    expect(() => parseIngestArgs(['--import-only', '--extract-only'], defaults)).toThrow(/exclude each other/);
  });
});
