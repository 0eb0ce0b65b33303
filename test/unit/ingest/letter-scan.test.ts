import { describe, expect, it } from 'vitest';
import {
  ACRONYM, acronyms, AFTER_LOWER_WORD, afterLowerWord, CAPS_RUN, capsRuns, hasAcronymOrInnerCapsRun, MAYBE_NAME_OR_ACRONYM, NAME_RUN, nameRuns,
} from '../../../server/ingest/parse/letter-scan';

/** Deterministic pseudo-random strings over the characters the scanners treat specially. */
function* randomStrings(count: number): Generator<string> {
  const alphabet = ['A', 'Ö', 'É', 'a', 'ö', 'é', 'ß', 'x', '1', '0', "'", '’', '\uFFFD', '-', ' ', '  ', '\t', '\u00a0', ',', ';', ':', '.', 'Σ', 'σ', 'ǅ', '\ud835\udc00',
    'SKR', 'GR', 'ABCDEFG', '@', '/', '(', 'ª', '中'];
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  for (let n = 0; n < count; n++) {
    let s = '';
    const len = Math.floor(next() * 24);
    for (let i = 0; i < len; i++) s += alphabet[Math.floor(next() * alphabet.length)];
    yield s;
  }
}

const SAMPLES = [
  'Anna Svensson, GR, berättar om Yrkesresan.', 'Möte med Ann-Sofie Lindell och Per Mårtensson från Lerum',
  'SKR och VGR deltar', 'Nätverket diskuterar', 'Iréne Wikman Ericson från GR inleder', 'Carina Keithsdotter Winkler Gunnarsson',
  'Jan-Å Isaksson', 'Jan-Åke', 'O\'Brien Smith', 'Géteborg, MéIndals stad', 'kl. 9.00–12.00', '', 'A', 'AB', 'ABC',
  'ord, Anna Svensson X', 'ord; Anna  B', 'ord: Ab C', 'ordAb C', 'ord , Ab C', 'Wiss6 0lsson', 'Anna\uFFFDs Bok',
  'SPINK och SAMLA, men inte GR-NÄTVERKET eller SKR.se', 'info@SKR, a/SKR, x-SKR, 2SKR, ABCDEFG', 'möte på Villa Belparc med Project Support',
  '(träff Hos Oss', 'lång text som pågår över fyrtio tecken innan Namn Namnsson', 'ÅÄÖ ÅÄÖÅ.Ab ABC.de ABC.',
];

describe('hasAcronymOrInnerCapsRun', () => {
  it('answers as the reference regex on samples and random text', () => {
    for (const s of [...SAMPLES, ...randomStrings(5_000)]) expect([s, hasAcronymOrInnerCapsRun(s)]).toEqual([s, MAYBE_NAME_OR_ACRONYM.test(s)]);
  });

  it('finds acronyms and inner capitalised runs only', () => {
    expect(hasAcronymOrInnerCapsRun('SKR deltar')).toBe(true);
    expect(hasAcronymOrInnerCapsRun('möte med Anna Svensson')).toBe(true);
    expect(hasAcronymOrInnerCapsRun('Anna Svensson deltar')).toBe(false);
    expect(hasAcronymOrInnerCapsRun('GR deltar')).toBe(false);
  });
});

describe('nameRuns', () => {
  const reference = (s: string) => [...s.matchAll(NAME_RUN)].map((m) => ({ text: m[0], index: m.index }));

  it('finds what the reference regex finds on samples and random text', () => {
    for (const s of [...SAMPLES, ...randomStrings(5_000)]) expect([s, nameRuns(s)]).toEqual([s, reference(s)]);
  });

  it('takes up to three capitalised words, with hyphenated parts', () => {
    expect(nameRuns('Möte med Ann-Sofie Lindell Berg Ek om SIP')).toEqual([
      { text: 'Möte', index: 0 }, { text: 'Ann-Sofie Lindell Berg', index: 9 }, { text: 'Ek', index: 32 },
    ]);
    expect(nameRuns('Jan-Å Isaksson')).toEqual([{ text: 'Jan', index: 0 }, { text: 'Isaksson', index: 6 }]);
  });

  it('reads "McLeod" and "MacDonald" as one word, and OCR\'s "LindeII", as the reference regex does', () => {
    for (const s of ['Fiona McLeod presented.', 'Anna MacDonald och Per Ek', 'EMcLeod och McX', 'Karin LindeII och Jorgen Larzon', 'Lena HoImlund, GR', 'SkoIFam', 'AnnaIB'])
      expect(nameRuns(s)).toEqual(reference(s));
    expect(nameRuns('Fiona McLeod presented.')[0]).toEqual({ text: 'Fiona McLeod', index: 0 });
    expect(nameRuns('Karin LindeII och Jorgen Larzon')[0]).toEqual({ text: 'Karin LindeII', index: 0 });
  });
});

describe('candidate scanners', () => {
  const reference = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => ({ text: m[0], index: m.index }));

  it('find what the reference regexes find on samples and random text', () => {
    // Differences are collected and compared once: an expect per string and offset is slow.
    const differ: unknown[] = [];
    for (const s of [...SAMPLES, ...randomStrings(5_000), ...SAMPLES.map((x) => x.repeat(3))]) {
      if (JSON.stringify(acronyms(s)) !== JSON.stringify(reference(ACRONYM, s))) differ.push(['acronyms', s]);
      if (JSON.stringify(capsRuns(s)) !== JSON.stringify(reference(CAPS_RUN, s))) differ.push(['capsRuns', s]);
      for (let at = 0; at <= s.length; at++) {
        if (afterLowerWord(s, at) !== AFTER_LOWER_WORD.test(s.slice(Math.max(0, at - 40), at))) differ.push(['afterLowerWord', s, at]);
      }
    }
    expect(differ).toEqual([]);
  });

  it('take standalone acronyms and capitalised runs', () => {
    expect(acronyms('SPINK och SAMLA, inte GR eller SKR.se').map((m) => m.text)).toEqual(['SPINK', 'SAMLA']);
    expect(capsRuns('Möte på Villa Belparc med Project Support').map((m) => m.text)).toEqual(['Villa Belparc', 'Project Support']);
    expect(afterLowerWord('möte på Villa', 8)).toBe(true);
    expect(afterLowerWord('Möte Villa', 5)).toBe(false);
  });
});
