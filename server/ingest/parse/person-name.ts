// Recognises person names ("Anna Svensson", "Carina Keithsdotter Winkler", "Ann-Sofie Isaksson")
// without a name dictionary for surnames: capitalised words, 2-4 of them, none of which is a
// place, organisation or a layout word that notes capitalise.
import { foldKey, foldText } from './fold';
import { tokenize } from './tokenize';
import type { Vocabulary } from './vocabulary';
import { memoPerVocabulary } from './vocabulary-memo';

const PARTICLES = new Set(['von', 'van', 'af', 'de', 'da', 'del', 'di', 'la', 'le', 'ter', 'der', 'bin', 'al']);

// Capitalised words that start lines and headings but are never part of a name.
const NOT_NAME = new Set(('januari februari mars april maj juni juli augusti september oktober november december ' +
  'mandag tisdag onsdag torsdag fredag lordag sondag dagens motet natverket ovriga anteckningar narvarande deltagare ' +
  'kommun stad region regionen universitet forvaltning enhet nasta kort korta punkter bilder fraga fragor beslut ' +
  'information dialog presentation valkommen tema vad hur varfor vem vilka ar det den detta kommande nationell ' +
  'nationella regionala projekt forstudie utredningen strategi stod arbetet samverkan lastips inledning god gott nytt ' +
  'jul glad trevlig hela team nya alla vi ni de man och samt for med pa till fran om via hos se las mer finns ' +
  'representant representanter planeringsgrupp styrgrupp projektgrupp referensgrupp ordforande sekreterare ' +
  'verksamhetsutvecklare socialchef chef chefer enhetschef bistand unga barn missbruk psykisk halsa heder ' +
  'funktionsstod funktionshinder ifo fh gr fou ovrigt agenda dagordning plats tid datum lokal sal rum ' +
  // Words of organisation names, Swedish and English: "Leeds City Council", "The Fostering Network".
  'the city county council network social work care service services department university college institute ' +
  'centre center agency association foundation trust board ministry office unit government authority ' +
  'forening forbund myndighet stiftelse institut centrum akademi namnd avdelning sektion').split(' '));

// One-word organisation names end in these: "Socialförvaltningen", "Migrationsverket", "Länsstyrelsen".
const ORGANISATION_END = /(forvaltning|forvaltningen|verket|styrelsen|namnden|myndigheten|forbundet|foreningen|institutet)$/;

const OCR_DIGIT_SECOND = /^\p{Lu}[60]\p{Ll}{3,}$/u;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{Lu}'’\uFFFD0-9]*(?:-\p{Lu}[\p{Ll}'’\uFFFD0-9]+)*$/u;

/** True when `s` reads as a person's name (and not as a place or organisation in the vocabulary). */
// Names recur on every line of a corpus; the answer depends only on the text and vocabulary.
export const looksLikePersonName: (s: string, vocab: Vocabulary) => boolean = memoPerVocabulary(50_000, checkName);

function checkName(s: string, vocab: Vocabulary): boolean {
  if (!nameShaped(s.trim().split(/\s+/))) return false;
  const tokens = tokenize(s);
  if (vocab.municipality.findAll(tokens).length > 0) return false;
  if (vocab.organisation.findAll(tokens).length > 0) return false;
  return vocab.project.findAll(tokens).length === 0;
}

// Street names built from a person's name ("Anders Personsgatan 8", "Erik Dahlbergsgatan"):
// a last word with one of these endings is an address, never a surname.
const ADDRESS_END = /(gatan|vagen|gata|grand|granden|torget|platsen|kajen|parken|leden)$/;

/** 2-4 capitalised words (particles aside), none of them a layout word. */
function nameShaped(words: string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  if (ADDRESS_END.test(foldKey(words[words.length - 1] as string))) return false;
  let named = 0;
  for (const [k, w] of words.entries()) {
    if (PARTICLES.has(w)) continue;
    if (!NAME_WORD.test(w) || w.length < 2) return false;
    // "Children's Hearings Scotland": an English possessive before another word names no person.
    if (k < words.length - 1 && /['’]s$/.test(w)) return false;
    if (w.length > 1 && w === w.toUpperCase()) return false;
    // A digit second is a code ("A1"), unless OCR made ö or o of it in a name ("J6rgen", "G6ran").
    if ((/\d/.test(w[1] ?? '') && !OCR_DIGIT_SECOND.test(w)) || /\d.*\d/.test(w)) return false;
    const key = foldKey(w);
    if (NOT_NAME.has(key) || ORGANISATION_END.test(key)) return false;
    named++;
  }
  return named >= 2;
}

/**
 * "Johanna Lund", "Per Ale": a known first name followed by a surname that is also a
 * municipality. looksLikePersonName rejects these; a caller may accept them where an
 * affiliation stands next to the name, so the place word cannot be the affiliation itself.
 */
export function looksLikeNameWithPlaceSurname(s: string, vocab: Vocabulary): boolean {
  const words = s.trim().split(/\s+/);
  if (!nameShaped(words) || !isKnownFirstName(words[0] as string, vocab)) return false;
  const tokens = tokenize(s);
  const places = vocab.municipality.findAll(tokens);
  if (places.length === 0 || places.some((m) => m.start === 0)) return false;
  return vocab.organisation.findAll(tokens).length === 0 && vocab.project.findAll(tokens).length === 0;
}

/**
 * "Johanna Lund", "Anna Maria Lund": known first names and a surname that is a municipality, as a
 * whole entry with no affiliation next to it. "Anna Berg Lerum" is no such name: "Anna Berg" is a
 * name of its own and "Lerum" her place.
 */
export function isNameWithPlaceSurname(s: string, vocab: Vocabulary): boolean {
  if (!looksLikeNameWithPlaceSurname(s, vocab)) return false;
  const tokens = tokenize(s);
  const places = vocab.municipality.findAll(tokens);
  const place = places[0];
  if (places.length !== 1 || !place || place.endToken !== tokens.length) return false;
  const before = s.slice(0, (tokens[place.firstToken] as { start: number }).start).trim().split(/\s+/);
  return before.every((w) => isKnownFirstName(w, vocab));
}

/** True when `w` is a first name the vocabulary knows (diacritics folded). */
export function isKnownFirstName(w: string, vocab: Vocabulary): boolean {
  let cache = firstMemo.get(vocab);
  if (!cache) firstMemo.set(vocab, (cache = new Map()));
  let hit = cache.get(w);
  if (hit === undefined) {
    if (cache.size > 50_000) cache.clear();
    const first = w.split('-')[0] ?? w;
    hit = [...expandWild(foldText(first))].some((k) => vocab.firstNames.has(k));
    cache.set(w, hit);
  }
  return hit;
}

// Asked for every capitalised word run in the body; the answer depends only on the word.
const firstMemo = new WeakMap<Vocabulary, Map<string, boolean>>();

/** Readings of a foldText word where each wildcard '*' may be a, o or e (at most 3 of them). */
export function expandWild(key: string): Set<string> {
  let forms = [key];
  let count = 0;
  for (let i = 0; i < key.length && count < 3; i++) {
    if (key[i] !== '*') continue;
    count++;
    forms = forms.flatMap((f) => ['a', 'o', 'e'].map((v) => f.slice(0, i) + v + f.slice(i + 1)));
  }
  return new Set(forms);
}
