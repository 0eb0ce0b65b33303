// Loads seed/vocab/*.json once and precompiles the matchers every extraction reuses.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { foldKey } from './fold';
import { PhraseIndex } from './phrase-index';
import { PhraseMatcher } from './phrase-matcher';
import {
  validateVocabularyData, VocabularyError,
  type MunicipalityEntry, type NetworkEntry, type OrganisationEntry, type ProjectEntry, type ThemeEntry, type VocabularyData,
} from './vocabulary-data';

export { VocabularyError } from './vocabulary-data';
export type * from './vocabulary-data';

export interface Vocabulary {
  data: VocabularyData;
  municipality: PhraseMatcher<MunicipalityEntry>;
  organisation: PhraseMatcher<OrganisationEntry>;
  network: PhraseMatcher<NetworkEntry>;
  networkGroup: PhraseMatcher<NetworkEntry>;
  networkContent: PhraseMatcher<NetworkEntry>;
  /** The network names of the title alone (`titleAliases`). */
  networkTitle: PhraseMatcher<NetworkEntry>;
  project: PhraseMatcher<ProjectEntry>;
  theme: PhraseMatcher<ThemeEntry>;
  /** Track matchers per project name. */
  tracks: Map<string, PhraseMatcher<string>>;
  /** Folded first name → written form with Swedish letters. */
  firstNames: Map<string, string>;
  /** Folded words that are part of some vocabulary phrase (never candidates). */
  knownWords: Set<string>;
  stopAcronyms: Set<string>;
  grMunicipalities: string[];
}

export const VOCAB_FILES = ['municipalities.json', 'organisations.json', 'networks.json', 'projects.json', 'themes.json', 'first-names.json', 'stopwords.json'] as const;

/** Default folder: seed/vocab at the repository root. */
export const defaultVocabDir = fileURLToPath(new URL('../../../seed/vocab/', import.meta.url));

/** Written forms of a municipality the loader adds itself: "X kommun", "Xs stad", no diacritics. */
function municipalityForms(m: MunicipalityEntry): string[] {
  const base = [m.name, ...m.variants, ...(m.districts ?? [])];
  const gen = m.name.endsWith('s') ? m.name : `${m.name}s`;
  // English notes: "Ale Municipality", "the Municipality of Lerum", "City of Mölndal".
  const english = [`${m.name} Municipality`, `Municipality of ${m.name}`, `City of ${m.name}`];
  const forms = [...base, `${m.name} kommun`, `${gen} kommun`, `${m.name} stad`, `${gen} stad`, ...english];
  return forms.flatMap((f) => [f, foldKey(f) === f.toLowerCase() ? f : stripMarks(f)]);
}

function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Builds matchers from already validated data (tests pass small hand-made vocabularies). */
export function buildVocabulary(data: VocabularyData): Vocabulary {
  const entries = <T>(list: T[], phrases: (x: T) => string[]) =>
    list.flatMap((value) => [...new Set(phrases(value))].map((phrase) => ({ phrase, value })));
  // One first-word index for every matcher: a word is looked up once for all of them.
  const index = new PhraseIndex();
  const matcher = <T>(list: { phrase: string; value: T }[]) => new PhraseMatcher(list, index);
  const tracks = new Map<string, PhraseMatcher<string>>();
  for (const p of data.projects) {
    if (p.tracks?.length) tracks.set(p.name, matcher(p.tracks.flatMap((t) => [t.name, ...t.triggers].map((phrase) => ({ phrase, value: t.name })))));
  }
  const firstNames = new Map<string, string>();
  for (const n of [...data.firstNames.common, ...data.firstNames.names]) firstNames.set(foldKey(n), n);
  const knownWords = new Set<string>();
  const allPhrases = [
    ...data.municipalities.flatMap((m) => [m.name, ...m.variants, ...(m.districts ?? [])]),
    ...data.organisations.flatMap((o) => [o.name, o.fullName ?? '', ...o.aliases]),
    ...data.projects.flatMap((p) => [p.name, p.fullName ?? '', ...p.aliases]),
    ...data.networks.flatMap((n) => n.aliases),
  ];
  for (const p of allPhrases) for (const w of p.split(/[^\p{L}\p{N}]+/u)) if (w) knownWords.add(foldKey(w));
  return {
    data,
    municipality: matcher(entries(data.municipalities, municipalityForms)),
    organisation: matcher(entries(data.organisations, (o) => [o.name, ...(o.fullName ? [o.fullName] : []), ...o.aliases])),
    network: matcher(entries(data.networks, (n) => [n.name, ...n.aliases])),
    networkGroup: matcher(entries(data.networks, (n) => n.groupLabels)),
    networkContent: matcher(entries(data.networks, (n) => n.contentKeywords)),
    networkTitle: matcher(entries(data.networks, (n) => n.titleAliases ?? [])),
    project: matcher(entries(data.projects, (p) => [p.name, ...(p.fullName ? [p.fullName] : []), ...p.aliases])),
    theme: matcher(entries(data.themes, (t) => [t.name, ...t.triggers])),
    tracks,
    firstNames,
    knownWords,
    stopAcronyms: new Set(data.stopwords.acronyms.map(foldKey)),
    grMunicipalities: data.municipalities.filter((m) => m.gr).map((m) => m.name),
  };
}

const cache = new Map<string, Vocabulary>();

/** Reads, validates and compiles the vocabulary in `dir` (cached per folder). */
export function loadVocabulary(dir: string = defaultVocabDir): Vocabulary {
  const hit = cache.get(dir);
  if (hit) return hit;
  const raw: Record<string, unknown> = {};
  for (const file of VOCAB_FILES) {
    let text: string;
    try {
      text = readFileSync(join(dir, file), 'utf8');
    } catch {
      if (file === 'stopwords.json') continue;
      throw new VocabularyError(file, 'file', `cannot read ${join(dir, file)}`);
    }
    try {
      raw[file] = JSON.parse(text);
    } catch (err) {
      throw new VocabularyError(file, 'file', `invalid JSON (${(err as Error).message})`);
    }
  }
  const vocab = buildVocabulary(validateVocabularyData(raw));
  cache.set(dir, vocab);
  return vocab;
}

/** Switches OCR-tolerant matching on or off for every matcher of a vocabulary. */
export function setLooseMatching(vocab: Vocabulary, on: boolean): void {
  const all = [vocab.municipality, vocab.organisation, vocab.network, vocab.networkGroup, vocab.networkContent, vocab.networkTitle, vocab.project, vocab.theme, ...vocab.tracks.values()];
  for (const m of all) m.loose = on;
}
