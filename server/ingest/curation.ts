// A curator's corrections to entity resolution: merge people the importer kept apart, split
// a merge (by the alias whose facts should move, or the alias and an affiliation), and add an alias. Each runs in one
// transaction and leaves the people's names, aliases and search text recomputed.
import type { Database, Tx } from '../db/database.js';
import { jsonRows } from '../db/json-rows.js';
import { AppError, ErrorCode } from '../errors/error-codes.js';
import { personId, searchText, slug } from './graph-ids.js';
import { foldKey } from './parse/fold.js';
import { canonicalName, type KnownPerson } from './person-resolver.js';

export interface PersonSummary {
  id: string;
  name: string;
  aliases: string[];
}

/** Moves the facts of `absorbIds` onto `keepId` and removes the absorbed people. */
export async function mergePeople(db: Database, keepId: string, absorbIds: string[]): Promise<PersonSummary> {
  const others = absorbIds.filter((id) => id !== keepId);
  if (others.length === 0) throw new AppError(ErrorCode.BAD_USER_INPUT, 'name at least one other person to merge into the one kept');
  return db.writeTx(async (tx) => {
    await requirePeople(tx, [keepId, ...others]);
    await tx.run('curation/merge-people', { keepId, absorbIds: others });
    await refreshFactYears(tx, [keepId]);
    return refreshPerson(tx, keepId);
  });
}

/**
 * Undoes a merge: facts recorded under `alias` go to a new person, kept apart from now on.
 * "Name, Affiliation" moves only the facts of the notes in which the person represents that
 * affiliation, which tells apart two people of one name.
 */
export async function splitPerson(db: Database, id: string, alias: string): Promise<{ kept: PersonSummary; split: PersonSummary }> {
  const comma = alias.lastIndexOf(',');
  const name = (comma > 0 ? alias.slice(0, comma) : alias).normalize('NFC').trim();
  const affiliation = comma > 0 ? alias.slice(comma + 1).normalize('NFC').trim() || null : null;
  return db.writeTx(async (tx) => {
    await requirePeople(tx, [id]);
    // The same split gives the same id: the name's, with the affiliation when one was given.
    const base = affiliation ? `${personId(name)}-${slug(affiliation)}` : `${personId(name)}-split`;
    let newId = base;
    for (let n = 2; (await tx.run('curation/person-exists', { ids: [newId] })).length > 0; n++) newId = `${base}-${n}`;
    const [moved] = await tx.run('curation/split-person', { personId: id, newId, alias: name, affiliation });
    if (Number(moved?.moved ?? 0) === 0) {
      const where = affiliation ? ` in a note where it represents '${affiliation}'` : '';
      throw new AppError(ErrorCode.BAD_USER_INPUT, `no fact of ${id} was recorded under the name '${name}'${where}; use one of the person's aliases, or "Name, Affiliation"`, { id, alias });
    }
    // Splitting off the only name the facts carry would move them all and leave an empty person
    // (the transaction is rolled back): a split tells apart two people written differently.
    const [left] = await tx.run('curation/person-forms', { id });
    if (!left || ((left.forms as { name: string | null }[]) ?? []).every((f) => !f.name)) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, `every fact of ${id} is recorded under the name '${name}', so a split would leave ${id} empty; split off another alias, or "${name}, <affiliation>" for the notes where it represents that`, { id, alias });
    }
    await refreshFactYears(tx, [id, newId]);
    return { kept: await refreshPerson(tx, id), split: await refreshPerson(tx, newId) };
  });
}

/** Adds a written form of the person's name. */
export async function addAlias(db: Database, id: string, alias: string): Promise<PersonSummary> {
  const trimmed = alias.normalize('NFC').trim();
  if (trimmed.length < 2) throw new AppError(ErrorCode.BAD_USER_INPUT, 'an alias needs at least two characters');
  return db.writeTx(async (tx) => {
    await requirePeople(tx, [id]);
    const person = await refreshPerson(tx, id);
    const [row] = await tx.run('curation/add-alias', { id, alias: trimmed, searchText: searchText([person.name, ...person.aliases, trimmed]) });
    return { ...person, aliases: (row?.aliases as string[]) ?? person.aliases };
  });
}

async function requirePeople(tx: Tx, ids: string[]): Promise<void> {
  const found = new Set((await tx.run('curation/person-exists', { ids })).map((row) => String(row.id)));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new AppError(ErrorCode.NOT_FOUND, `no person with id ${missing.join(', ')}`, { ids: missing });
}

// The people's facts moved: the years stored with them are read again.
async function refreshFactYears(tx: Tx, ids: string[]): Promise<void> {
  const found = await tx.run('api/nodes-by-ids', { ids });
  await tx.run('ingest/update-fact-years', { docIds: [], recompute: found.map((row) => String(row.eid)) });
}

// Name, aliases and resolution data follow from the facts the person now has.
async function refreshPerson(tx: Tx, id: string): Promise<PersonSummary> {
  const [row] = await tx.run('curation/person-forms', { id });
  const formRows = ((row?.forms as { name: string | null; documents: number }[]) ?? []).filter((f) => f.name);
  const person: KnownPerson = {
    id,
    forms: new Map(formRows.map((f) => [f.name!, f.documents])),
    surfaces: new Set((row?.surfaces as string[]) ?? []),
    affiliations: new Set((row?.affiliations as string[]) ?? []),
    notSameAs: new Set(),
  };
  const manual = (row?.aliases as string[]) ?? [];
  const name = person.forms.size > 0 ? canonicalName(person) : (manual[0] ?? id);
  const forms = [...person.forms.keys()];
  const aliases = [...new Set([...forms, ...person.surfaces, ...manual])].filter((a) => a !== name);
  await tx.run('ingest/upsert-people', {
    people: jsonRows([
      {
        id,
        name,
        aliases,
        nameKey: foldKey(name),
        nameForms: forms.length > 0 ? forms : [name],
        nameFormCounts: forms.length > 0 ? forms.map((f) => person.forms.get(f) ?? 1) : [1],
        surfaces: [...person.surfaces],
        affiliations: [...person.affiliations],
        searchText: searchText([name, ...aliases]),
      },
    ]),
  });
  return { id, name, aliases };
}
