import { describe, expect, it } from 'vitest';
import { PhraseIndex } from '../../../server/ingest/parse/phrase-index';
import { PhraseMatcher } from '../../../server/ingest/parse/phrase-matcher';
import { tokenize } from '../../../server/ingest/parse/tokenize';

const PLACES = ['Göteborg', 'Göteborgs universitet', 'Lilla Edet', 'Öckerö'];
const PROJECTS = ['Mini-Maria', 'Yrkesresan', 'hedersrelat*', 'SAV', 'Lilla Edets projekt'];
const entries = (phrases: string[]) => phrases.map((phrase) => ({ phrase, value: phrase }));
const found = <T>(m: PhraseMatcher<T>, text: string, overlapping = false) => m.findAll(tokenize(text), overlapping).map((x) => x.phrase);

describe('PhraseIndex', () => {
  it('lists the tokens where a phrase of any member may start', () => {
    const index = new PhraseIndex();
    new PhraseMatcher(entries(PLACES), index);
    new PhraseMatcher(entries(PROJECTS), index);
    // göteborgs (genitive of a first word), mini, lilla, hedersrelaterat (stem), sav
    expect(index.starts(tokenize('Från Göteborgs stad och Mini-Maria i Lilla Edet om hedersrelaterat våld, sav'))).toEqual([1, 4, 7, 10, 12]);
    expect(index.starts(tokenize('inget här'))).toEqual([]);
    // Sharing three letters with the stem "hedersrelat*" (or being a word too short for it) is not enough.
    expect(index.starts(tokenize('hedra hedersrel'))).toEqual([]);
  });

  it('gives each member its own candidates for a word', () => {
    const index = new PhraseIndex();
    new PhraseMatcher(entries(PLACES), index);
    new PhraseMatcher(entries(PROJECTS), index);
    const [lilla] = tokenize('Lilla');
    const slot = index.slotOf(lilla!);
    expect(slot.any).toBe(true);
    expect(slot.lists.map((l) => l.length)).toEqual([1, 1]);
    expect(index.slotOf(tokenize('Yrkesresan')[0]!).lists.map((l) => l.length)).toEqual([0, 1]);
  });

  it('lets matchers that share an index find what they find alone', () => {
    const index = new PhraseIndex();
    const shared = [new PhraseMatcher(entries(PLACES), index), new PhraseMatcher(entries(PROJECTS), index)];
    const alone = [new PhraseMatcher(entries(PLACES)), new PhraseMatcher(entries(PROJECTS))];
    const texts = [
      'Göteborgs universitet och Göteborg deltar i Mini-Maria',
      'Lilla Edets projekt och Lilla Edet, Ockerö, SAV men inte sav',
      'hedersrelaterat våld i Géteborg',
    ];
    for (const text of texts) {
      for (const overlapping of [false, true]) {
        expect(shared.map((m) => found(m, text, overlapping))).toEqual(alone.map((m) => found(m, text, overlapping)));
      }
    }
    expect(found(shared[0]!, texts[0]!)).toEqual(['Göteborgs universitet', 'Göteborg']);
    expect(found(shared[1]!, texts[1]!)).toEqual(['Lilla Edets projekt', 'SAV']);
    expect(found(shared[0]!, texts[1]!)).toEqual(['Lilla Edet', 'Lilla Edet', 'Öckerö']);
  });

  it('answers for the index asking when a token list meets two vocabularies', () => {
    const a = new PhraseMatcher(entries(['Ale']), new PhraseIndex());
    const b = new PhraseMatcher(entries(['Lerum']), new PhraseIndex());
    const tokens = tokenize('Ale och Lerum');
    expect(a.findAll(tokens).map((m) => m.phrase)).toEqual(['Ale']);
    expect(b.findAll(tokens).map((m) => m.phrase)).toEqual(['Lerum']);
  });
});
