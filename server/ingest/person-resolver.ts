// Decides which person a name in a note refers to, across documents. A merge needs evidence:
// the names must be compatible (identical once folded, a middle name more or less, or one
// OCR-sized spelling difference) and the affiliations must not contradict each other. Names
// that look alike but conflict stay apart and are reported as possible duplicates with a score.
import { compareNames, nameParts, type NameMatch, type NameParts } from './name-similarity.js';
import { personId, slug } from './graph-ids.js';

export interface KnownPerson {
  id: string;
  /** Each canonical name form seen, with how often. */
  forms: Map<string, number>;
  /** Every form as written in a note (OCR damage included). */
  surfaces: Set<string>;
  /** Canonical affiliations (municipality or organisation names). */
  affiliations: Set<string>;
  /** Ids a curator has split from this person. */
  notSameAs: Set<string>;
}

export interface NameMention {
  name: string;
  surface: string;
  affiliation: string | null;
  /**
   * Places and organisations the mention's sentence names, when it states no affiliation
   * ("Anna Larsson berättar om Lerums erfarenheter"): weak evidence that picks between people
   * of one name, never a conflict.
   */
  context?: string[];
}

export interface Resolution {
  id: string;
  created: boolean;
  /** How the name matched an existing person; null for a new person or an identical form. */
  mergedBy: NameMatch | null;
}

export interface PossibleDuplicate {
  a: string;
  b: string;
  score: number;
  reasons: string[];
}

const MATCH_RANK: Record<NameMatch, number> = { exact: 0, 'middle-name': 1, spelling: 2, 'first-spelling': 8, none: 9 };
const DUPLICATE_SCORE: Record<NameMatch, number> = { exact: 0.8, 'middle-name': 0.6, spelling: 0.5, 'first-spelling': 0.4, none: 0 };

export class PersonResolver {
  private readonly people = new Map<string, KnownPerson>();
  private readonly parts = new Map<string, NameParts[]>();
  private readonly byFirstName = new Map<string, Set<string>>();
  private readonly byLastName = new Map<string, Set<string>>();
  private readonly duplicates = new Map<string, PossibleDuplicate>();
  private merges: { name: string; into: string; by: NameMatch }[] = [];
  // The same array until a name form is added or removed: the extractor prepares it once per identity.
  private knownNamesCache: string[] | null = null;
  private readonly forgotten = new Set<string>();

  /** `affiliationRoot` maps an affiliation to its family ("FoU i Väst" → "GR") so that units do not conflict with their parent. */
  constructor(
    known: KnownPerson[],
    private readonly affiliationRoot: (affiliation: string) => string = (a) => a,
  ) {
    for (const person of known) this.index(person);
  }

  /** The person `mention` refers to, creating one when no existing person fits. */
  resolve(mention: NameMention): Resolution {
    const parts = nameParts(mention.name);
    // People of the same first name, and of the same last name (a slip in the first name).
    const ids = new Set([...(this.byFirstName.get(parts.first) ?? []), ...(this.byLastName.get(parts.last) ?? [])]);
    const scored = [...ids]
      .map((id) => this.people.get(id)!)
      .map((person) => ({ person, match: this.bestMatch(parts, person), agreement: this.agreement(mention.affiliation, person, mention.context) }))
      .filter((c) => c.match !== 'none');
    const usable = scored
      .filter((c) => c.agreement !== 'conflict' && c.match !== 'first-spelling')
      .sort((x, y) => rank(x) - rank(y) || total(y.person) - total(x.person));
    const chosen = usable[0];
    const person = chosen?.person ?? this.create(mention);
    for (const c of scored) {
      const unmerged = c.agreement === 'conflict' || c.match === 'first-spelling';
      if (unmerged && c.person.id !== person.id && !person.notSameAs.has(c.person.id)) {
        this.reportDuplicate(person, c.person, c.match, mention.affiliation);
      }
    }
    this.record(person, mention);
    const mergedBy = chosen && chosen.match !== 'exact' ? chosen.match : null;
    if (mergedBy) this.merges.push({ name: mention.name, into: person.id, by: mergedBy });
    return { id: person.id, created: !chosen, mergedBy };
  }

  /** Takes back name forms a replaced document had contributed. */
  forget(mentions: Record<string, unknown>[]): void {
    for (const { id, name } of mentions) {
      const person = this.people.get(String(id));
      if (!person || typeof name !== 'string') continue;
      const left = (person.forms.get(name) ?? 0) - 1;
      if (left > 0) person.forms.set(name, left);
      else if (person.forms.size > 1) {
        person.forms.delete(name);
        this.knownNamesCache = null;
      }
      this.forgotten.add(person.id);
    }
  }

  /** People whose forms were taken back; they may have no facts left. */
  forgottenIds(): string[] {
    return [...this.forgotten];
  }

  /** Merges by middle name or spelling since the last call. */
  drainMerges(): { name: string; into: string; by: NameMatch }[] {
    const merges = this.merges;
    this.merges = [];
    return merges;
  }

  ids(): string[] {
    return [...this.people.keys()];
  }

  /** Names with Swedish letters seen so far, which help restore OCR-damaged ones. */
  knownNames(): string[] {
    if (this.knownNamesCache) return this.knownNamesCache;
    const names: string[] = [];
    for (const person of this.people.values()) for (const form of person.forms.keys()) if (/[^\x00-\x7F]/.test(form)) names.push(form);
    this.knownNamesCache = names;
    return names;
  }

  /**
   * Records how a note writes a person already resolved in it ("Irene Blomqvist" in the text of
   * a note that lists "Iréne Blomqvist"): a surface form, so an alias, but no second mention.
   */
  addSurface(id: string, surface: string): void {
    const person = this.people.get(id);
    if (!person || person.surfaces.has(surface)) return;
    person.surfaces.add(surface);
    this.index(person);
  }

  person(id: string): KnownPerson | undefined {
    return this.people.get(id);
  }

  possibleDuplicates(): PossibleDuplicate[] {
    return [...this.duplicates.values()];
  }

  private bestMatch(parts: NameParts, person: KnownPerson): NameMatch {
    let best: NameMatch = 'none';
    for (const known of this.parts.get(person.id) ?? []) {
      const match = compareNames(parts, known);
      if (MATCH_RANK[match] < MATCH_RANK[best]) best = match;
    }
    return best;
  }

  private agreement(affiliation: string | null, person: KnownPerson, context: string[] = []): 'agree' | 'unknown' | 'conflict' {
    if (!affiliation) return context.some((c) => this.agreement(c, person) === 'agree') ? 'agree' : 'unknown';
    if (person.affiliations.size === 0) return 'unknown';
    const root = this.affiliationRoot(affiliation);
    for (const known of person.affiliations) if (this.affiliationRoot(known) === root) return 'agree';
    return 'conflict';
  }

  private create(mention: NameMention): KnownPerson {
    let id = personId(mention.name);
    // Same name, different person: the affiliation tells them apart in the id as well.
    if (this.people.has(id) && mention.affiliation) id = `${id}-${slug(mention.affiliation)}`;
    for (let n = 2; this.people.has(id); n++) id = `${personId(mention.name)}-${n}`;
    const person: KnownPerson = { id, forms: new Map(), surfaces: new Set(), affiliations: new Set(), notSameAs: new Set() };
    this.index(person);
    return person;
  }

  private record(person: KnownPerson, mention: NameMention): void {
    const newForm = !person.forms.has(mention.name);
    const newSurface = !person.surfaces.has(mention.surface);
    if (newForm) this.knownNamesCache = null;
    person.forms.set(mention.name, (person.forms.get(mention.name) ?? 0) + 1);
    person.surfaces.add(mention.surface);
    if (mention.affiliation) person.affiliations.add(mention.affiliation);
    // Nothing to re-parse when the mention brings no new form: frequent people have many.
    if (newForm || newSurface) this.index(person);
  }

  private index(person: KnownPerson): void {
    this.people.set(person.id, person);
    const parts = [...new Set([...person.forms.keys(), ...person.surfaces])].map(nameParts);
    this.parts.set(person.id, parts);
    for (const p of parts) {
      if (!this.byFirstName.has(p.first)) this.byFirstName.set(p.first, new Set());
      this.byFirstName.get(p.first)!.add(person.id);
      if (!this.byLastName.has(p.last)) this.byLastName.set(p.last, new Set());
      this.byLastName.get(p.last)!.add(person.id);
    }
  }

  private reportDuplicate(a: KnownPerson, b: KnownPerson, match: NameMatch, affiliation: string | null): void {
    const [first, second] = a.id < b.id ? [a, b] : [b, a];
    const key = `${first.id}|${second.id}`;
    // In the pair's order: `a` is the person the mention went to, known by the mention's affiliation.
    const affiliationsOf = (p: KnownPerson) => (p === a ? affiliation ?? ([...p.affiliations].join(', ') || '?') : [...p.affiliations].join(', ') || '?');
    const differ = match === 'first-spelling' ? `first names spelt otherwise; affiliations ${affiliationsOf(first)} and ${affiliationsOf(second)}` : `affiliations differ: ${affiliationsOf(first)} vs ${affiliationsOf(second)}`;
    const reasons = [`${match === 'exact' ? 'same name' : `names differ by ${match}`}`, differ];
    const score = DUPLICATE_SCORE[match];
    const known = this.duplicates.get(key);
    if (!known || known.score < score) this.duplicates.set(key, { a: first.id, b: second.id, score, reasons });
  }
}

const rank = (c: { match: NameMatch; agreement: string }): number => MATCH_RANK[c.match] + (c.agreement === 'agree' ? 0 : 3);
const total = (person: KnownPerson): number => [...person.forms.values()].reduce((sum, n) => sum + n, 0);

/** The form to show: the most frequent; on a tie the one with more Swedish letters, then the longer. */
export function canonicalName(person: KnownPerson): string {
  return [...person.forms.entries()].sort(
    ([a, n], [b, m]) => m - n || accents(b) - accents(a) || b.length - a.length || a.localeCompare(b, 'sv'),
  )[0]![0];
}

const accents = (name: string): number => (name.match(/[^\x00-\x7F]/g) ?? []).length;
