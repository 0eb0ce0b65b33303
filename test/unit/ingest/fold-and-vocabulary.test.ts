import { describe, expect, it } from 'vitest';
import { foldEquals, foldKey, foldText } from '../../../server/ingest/parse/fold';
import { repairCodePage } from '../../../server/ingest/parse/normalize-text';
import { createNameRestorer } from '../../../server/ingest/parse/restore-name';
import { buildVocabulary, loadVocabulary, VocabularyError } from '../../../server/ingest/parse/vocabulary';
import { validateVocabularyData } from '../../../server/ingest/parse/vocabulary-data';
import { tokenize } from '../../../server/ingest/parse/tokenize';

describe('folding', () => {
  it('strips diacritics for keys and keeps OCR é as a wildcard in text', () => {
    expect(foldKey('Öckerö')).toBe('ockero');
    expect(foldText('Géteborg')).toBe('g*teborg');
    expect(foldText('MéIndals')).toBe('m*lndals');
    expect(foldText('Géteborg')).toHaveLength('Géteborg'.length);
  });

  it('matches OCR spellings against canonical ones', () => {
    expect(foldEquals('Funktionsstéd', 'Funktionsstöd')).toBe(true);
    expect(foldEquals('Ovriga', 'Övriga')).toBe(true);
    expect(foldEquals('Ale', 'Ola')).toBe(false);
  });
});

describe('vocabulary', () => {
  const vocab = loadVocabulary();
  const muni = (s: string) => vocab.municipality.findAll(tokenize(s)).map((m) => m.value.name);

  it('matches municipality variants, OCR forms and "X kommun"', () => {
    expect(muni('Géteborg')).toEqual(['Göteborg']);
    expect(muni('Ockerd')).toEqual(['Öckerö']);
    expect(muni('MéIndals stad')).toEqual(['Mölndal']);
    expect(muni('Öckerö kommun')).toEqual(['Öckerö']);
    expect(muni('Kungalv')).toEqual(['Kungälv']);
    expect(muni('Leeds')).toEqual([]);
  });

  it('marks GR members and has the 13 GR municipalities', () => {
    expect(vocab.grMunicipalities).toHaveLength(13);
    expect(vocab.data.municipalities.find((m) => m.name === 'Malmö')?.gr).toBe(false);
  });

  it('needs capitals for acronyms', () => {
    expect(vocab.project.findAll(tokenize('SAV och GVI')).map((m) => m.value.name)).toEqual(['SAV', 'GVI']);
    expect(vocab.project.findAll(tokenize('en sav'))).toEqual([]);
  });

  it('names the file and entry of bad data', () => {
    const raw = {
      'municipalities.json': { municipalities: [{ name: 'Ale', kommunkod: '1440', gr: 'yes', variants: [] }] },
      'organisations.json': { organisations: [] }, 'networks.json': { networks: [] }, 'projects.json': { projects: [] },
      'themes.json': { themes: [] }, 'first-names.json': { names: [] },
    };
    expect(() => validateVocabularyData(raw)).toThrow(VocabularyError);
    expect(() => validateVocabularyData(raw)).toThrow(/municipalities\.json: entry 0 \("Ale"\): "gr"/);
  });

  it('builds from hand-made data', () => {
    const v = buildVocabulary(validateVocabularyData({
      'municipalities.json': { municipalities: [{ name: 'Ale', kommunkod: '1440', gr: true, variants: [] }] },
      'organisations.json': { organisations: [] }, 'networks.json': { networks: [] },
      'projects.json': { projects: [{ name: 'Testprojektet', aliases: ['testprojekt*'] }] },
      'themes.json': { themes: [] }, 'first-names.json': { names: ['Åsa'] },
    }));
    expect(v.project.findAll(tokenize('Testprojekten startar')).map((m) => m.value.name)).toEqual(['Testprojektet']);
  });
});

describe('OCR and code page repairs', () => {
  it('reads DOS code page letters inside words, and leaves real punctuation alone', () => {
    expect(repairCodePage('Kung„lv, FH-n„tverket, p† GR, R”nnerfors, ™vriga')).toBe('Kungälv, FH-nätverket, på GR, Rönnerfors, Övriga');
    expect(repairCodePage('„Citat” sa hon. Anna Svensson †')).toBe('„Citat” sa hon. Anna Svensson †');
  });

  it('repairs code page letters exactly as the lookbehind regexes it replaces', () => {
    const reference = (t: string) => {
      const letter = (c: string) => ({ '„': 'ä', '†': 'å', '”': 'ö', '‚': 'é', '™': 'Ö' })[c] ?? c;
      return t.replace(/(?<=\p{L})[„”‚](?=\p{L})/gu, letter).replace(/(?<=\p{L})[„†](?!\p{L})/gu, letter).replace(/(?<!\p{L})™(?=\p{Ll})/gu, letter);
    };
    // Deterministic random strings over the signs, letters, non-letters and (lone) surrogates.
    const alphabet = ['„', '†', '”', '‚', '™', 'a', 'Ö', ' ', '1', '.', 'ǅ', '\ud835\udc00', '\ud835\udc1a', '\ud835', '\udc00'];
    let seed = 1;
    const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 20_000; n++) {
      let s = '';
      for (let len = Math.floor(next() * 12); len > 0; len--) s += alphabet[Math.floor(next() * alphabet.length)];
      expect([s, repairCodePage(s)]).toEqual([s, reference(s)]);
    }
  });

  it('folds a capital I where an l belongs: "AIe", "AIingsas", "LindeII"', () => {
    expect(foldText('AIe AIingsas LindeII MéIndals')).toBe('ale alingsas lindell m*lndals');
    expect(foldText('IFO SIPen Karl XII')).toBe('ifo sipen karl xii');
  });

  it('restores names in OCR mode: an l for I, a lower-case letter for U+FFFD', () => {
    const restore = createNameRestorer(loadVocabulary(), [], true);
    expect(restore('Karin LindeII')).toBe('Karin Lindell');
    expect(restore('Cornelia Bj\uFFFDrk')).toBe('Cornelia Björk');
    expect(createNameRestorer(loadVocabulary(), [], false)('Ingrid McIntyre')).toBe('Ingrid McIntyre');
  });
});

describe('accents written on purpose', () => {
  it('keeps "Helén" in a clean note and reads an é as damage only in an OCR\'d one', () => {
    expect(createNameRestorer(loadVocabulary(), [], false)('Helén Ask')).toBe('Helén Ask');
    expect(createNameRestorer(loadVocabulary(), [], true)('Géran Hjertstrand')).toBe('Göran Hjertstrand');
  });
});

describe('tokenize', () => {
  it('splits words at dashes, quotes, bullets and ellipses beyond Latin-1, and keeps Swedish letters inside words', () => {
    expect(tokenize('Mini-Maria Mölndal–Härryda öppnade ”i december”… • Tjörn—Öckerö').map((t) => t.folded))
      .toEqual(['mini', 'maria', 'molndal', 'harryda', 'oppnade', 'i', 'december', 'tjorn', 'ockero']);
  });
});
