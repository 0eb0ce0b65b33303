// Shapes of seed/vocab/*.json and their validation. Bad data fails loudly with the file
// and entry named, because a silently skipped alias shows up later as a missing graph edge.

export interface MunicipalityEntry {
  name: string; kommunkod: string; gr: boolean; variants: string[];
  /** Parts of the municipality ("Hisingen", "Nordost"): they name it, and are the unit within it. */
  districts?: string[];
}
export interface OrganisationEntry { name: string; fullName?: string; parent?: string; municipality?: string; aliases: string[] }
export interface NetworkEntry {
  name: string; aliases: string[]; groupLabels: string[]; contentKeywords: string[];
  /** Names only a note's title may use for the network ("socialchefer", "IFO"): in the body they name people or a field. */
  titleAliases?: string[];
}
export interface TrackEntry { name: string; triggers: string[] }
export interface ProjectEntry { name: string; fullName?: string; aliases: string[]; tracks?: TrackEntry[] }
export interface ThemeEntry { name: string; triggers: string[] }
export interface SurnamePart { from: string; to: string; at: 'start' | 'end' | 'any' }
export interface FirstNamesData { names: string[]; common: string[]; surnameParts: SurnamePart[] }
export interface StopwordsData { acronyms: string[]; phrases: string[] }

export interface VocabularyData {
  municipalities: MunicipalityEntry[];
  organisations: OrganisationEntry[];
  networks: NetworkEntry[];
  projects: ProjectEntry[];
  themes: ThemeEntry[];
  firstNames: FirstNamesData;
  stopwords: StopwordsData;
}

export class VocabularyError extends Error {
  constructor(readonly file: string, readonly entry: string, problem: string) {
    super(`seed/vocab/${file}: ${entry}: ${problem}`);
    this.name = 'VocabularyError';
  }
}

type Check = (file: string, where: string, obj: Record<string, unknown>) => void;

const str = (key: string, optional = false): Check => (file, where, obj) => {
  const v = obj[key];
  if (v === undefined && optional) return;
  if (typeof v !== 'string' || v.trim() === '') throw new VocabularyError(file, where, `"${key}" must be a non-empty string`);
};
const strList = (key: string, optional = false): Check => (file, where, obj) => {
  const v = obj[key];
  if (v === undefined && optional) return;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) {
    throw new VocabularyError(file, where, `"${key}" must be a list of non-empty strings`);
  }
};
const bool = (key: string): Check => (file, where, obj) => {
  if (typeof obj[key] !== 'boolean') throw new VocabularyError(file, where, `"${key}" must be true or false`);
};

/** Checks a list under `key` of a vocab file, entry by entry, and rejects duplicate names. */
export function checkList<T>(file: string, json: unknown, key: string, checks: Check[]): T[] {
  const list = (json as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list)) throw new VocabularyError(file, key, 'expected a list');
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const obj = item as Record<string, unknown>;
    const where = `entry ${i}${typeof obj?.name === 'string' ? ` ("${obj.name}")` : ''}`;
    if (typeof item !== 'object' || item === null) throw new VocabularyError(file, where, 'must be an object');
    for (const check of checks) check(file, where, obj);
    const name = obj.name as string | undefined;
    if (name !== undefined) {
      if (seen.has(name)) throw new VocabularyError(file, where, 'duplicate name');
      seen.add(name);
    }
  });
  return list as T[];
}

/** Validates the parsed JSON of every vocab file; throws VocabularyError on the first problem. */
export function validateVocabularyData(raw: Record<string, unknown>): VocabularyData {
  const tracks: Check = (file, where, obj) => {
    if (obj.tracks === undefined) return;
    checkList(file, obj, 'tracks', [str('name'), strList('triggers')]);
    void where;
  };
  const fn = raw['first-names.json'] as Record<string, unknown> | undefined;
  strList('names')('first-names.json', 'root', fn ?? {});
  strList('common', true)('first-names.json', 'root', fn ?? {});
  const surnameParts = fn?.surnameParts === undefined ? [] : checkList<SurnamePart>('first-names.json', fn, 'surnameParts', [str('from'), str('to'), str('at')]);
  const sw = (raw['stopwords.json'] ?? { acronyms: [], phrases: [] }) as Record<string, unknown>;
  strList('acronyms')('stopwords.json', 'root', sw);
  strList('phrases')('stopwords.json', 'root', sw);
  return {
    municipalities: checkList('municipalities.json', raw['municipalities.json'], 'municipalities', [str('name'), str('kommunkod'), bool('gr'), strList('variants'), strList('districts', true)]),
    organisations: checkList('organisations.json', raw['organisations.json'], 'organisations', [str('name'), str('fullName', true), str('parent', true), str('municipality', true), strList('aliases')]),
    networks: checkList('networks.json', raw['networks.json'], 'networks', [str('name'), strList('aliases'), strList('groupLabels'), strList('contentKeywords'), strList('titleAliases', true)]),
    projects: checkList('projects.json', raw['projects.json'], 'projects', [str('name'), str('fullName', true), strList('aliases'), tracks]),
    themes: checkList('themes.json', raw['themes.json'], 'themes', [str('name'), strList('triggers')]),
    firstNames: { names: fn?.names as string[], common: (fn?.common as string[] | undefined) ?? [], surnameParts },
    stopwords: { acronyms: sw.acronyms as string[], phrases: sw.phrases as string[] },
  };
}
