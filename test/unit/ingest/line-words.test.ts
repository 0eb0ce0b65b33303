import { describe, expect, it } from 'vitest';
import { foldText } from '../../../server/ingest/parse/fold';
import { LineWords } from '../../../server/ingest/parse/line-words';
import { normalizeText } from '../../../server/ingest/parse/normalize-text';
import { splitSentences } from '../../../server/ingest/parse/sentences';
import { tokenize } from '../../../server/ingest/parse/tokenize';

const NOTE = [
  '# Anteckningar IFO-chefsnätverket', 'Närvarande: Anna Svensson, Lerum', 'AIe och MéIndals stad deltar. LindeII informerar.',
  'Géteborg, Funktionsstéd och socialtj\uFFFDnst', 'ΑΣ ΟΔΟΣ', 'İstanbul', 'Ärende: ÉN punkt. Nästa möte!', '', 'Karl XII och IFO',
].join('\n');

describe('LineWords', () => {
  it('folds, tokenises and splits each line as foldText, tokenize and splitSentences do', () => {
    const lines = normalizeText(NOTE);
    const words = new LineWords(lines);
    lines.forEach((l, i) => {
      expect([l.text, words.folded(i)]).toEqual([l.text, foldText(l.text)]);
      expect(words.tokens(i).map((t) => [t.folded, t.raw, t.start, t.end])).toEqual(tokenize(l.text).map((t) => [t.folded, t.raw, t.start, t.end]));
      expect(words.sentences(i)).toEqual(splitSentences(l.text));
    });
  });

  it('cuts the tokens of a sentence from its line exactly as tokenize reads the sentence alone', () => {
    const lines = normalizeText(NOTE + '\nSe www.gr.se. Ale\u3000 Lerum. Anna Ek, GR, berättar. AIe och MéIndals.');
    const words = new LineWords(lines);
    lines.forEach((l, i) => {
      for (const s of words.sentences(i)) {
        const folded = foldText(s.text);
        const cut = words.tokensOf(i, s.start, s.text, folded).map((t) => [t.folded, t.raw, t.start, t.end]);
        expect([s.text, cut]).toEqual([s.text, tokenize(s.text).map((t) => [t.folded, t.raw, t.start, t.end])]);
      }
    });
  });

  it('hands out the same token list on every call, so phrase matches memoised on it are reused', () => {
    const words = new LineWords(normalizeText('Yrkesresan i Lerum'));
    expect(words.tokens(0)).toBe(words.tokens(0));
  });
});
