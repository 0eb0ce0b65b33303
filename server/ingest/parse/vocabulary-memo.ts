// Some answers depend only on a piece of text and the Vocabulary, and the same text recurs on
// line after line of a corpus (group labels, names). They are remembered per Vocabulary, and
// all forgotten at once when `limit` is reached, so memory stays bounded on any corpus.
import type { Vocabulary } from './vocabulary';

export function memoPerVocabulary<T>(limit: number, compute: (text: string, vocab: Vocabulary) => T): (text: string, vocab: Vocabulary) => T {
  const memo = new WeakMap<Vocabulary, Map<string, T>>();
  return (text, vocab) => {
    let cache = memo.get(vocab);
    if (!cache) memo.set(vocab, (cache = new Map()));
    let hit = cache.get(text);
    if (hit === undefined) {
      if (cache.size >= limit) cache.clear();
      hit = compute(text, vocab);
      cache.set(text, hit);
    }
    return hit;
  };
}
