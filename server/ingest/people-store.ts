// Loads what entity resolution knows about people from the graph, and writes it back.
import type { Database } from '../db/database.js';
import type { Row } from './document-rows.js';
import { searchText } from './graph-ids.js';
import { foldKey } from './parse/fold.js';
import type { Vocabulary } from './parse/vocabulary.js';
import { canonicalName, PersonResolver, type KnownPerson } from './person-resolver.js';

/** A resolver primed with every person in the graph. */
export async function loadResolver(db: Database, vocabulary: Vocabulary): Promise<PersonResolver> {
  const rows = await db.read('ingest/load-people');
  const known: KnownPerson[] = rows.map((row) => {
    const forms = row.forms as string[];
    const counts = row.counts as number[];
    return {
      id: String(row.id),
      forms: new Map(forms.map((form, i) => [form, counts[i] ?? 1])),
      surfaces: new Set(row.surfaces as string[]),
      affiliations: new Set(row.affiliations as string[]),
      notSameAs: new Set(row.notSameAs as string[]),
    };
  });
  return new PersonResolver(known, affiliationRoots(vocabulary));
}

/** The Person properties for `ids`, as the resolver now sees them. */
export function personRows(resolver: PersonResolver, ids: string[]): Row[] {
  return ids.map((id) => {
    const person = resolver.person(id)!;
    const name = canonicalName(person);
    const forms = [...person.forms.keys()];
    const aliases = [...new Set([...forms, ...person.surfaces])].filter((form) => form !== name);
    return {
      id,
      name,
      aliases,
      nameKey: foldKey(name),
      nameForms: forms,
      nameFormCounts: forms.map((f) => person.forms.get(f) ?? 1),
      surfaces: [...person.surfaces],
      affiliations: [...person.affiliations],
      searchText: searchText([name, ...aliases]),
    };
  });
}

// An organisation's unit is not a conflicting affiliation: FoU i Väst is part of GR, and
// Social Resurs Göteborg belongs to Göteborg.
export function affiliationRoots(vocabulary: Vocabulary): (affiliation: string) => string {
  const parent = new Map<string, string>();
  for (const o of vocabulary.data.organisations) {
    const up = o.parent ?? o.municipality;
    if (up) parent.set(o.name, up);
  }
  return (affiliation) => {
    let current = affiliation;
    for (let hops = 0; hops < 5 && parent.has(current); hops++) current = parent.get(current)!;
    return current;
  };
}
