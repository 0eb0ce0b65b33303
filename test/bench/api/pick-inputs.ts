// Chooses what the scenarios ask for from the graph just built, deterministically: search
// texts (people, municipalities, projects; some typed without diacritics, some partial) and
// the ids whose neighbourhoods and histories are fetched.
import neo4j from 'neo4j-driver';
import type { Database } from '../../../server/db/database.js';

export interface BenchInputs {
  searchTexts: string[];
  /** Start ids of the neighbourhood scenario: municipalities, projects and people, interleaved. */
  neighborhoodIds: string[];
  themeIds: string[];
}

const defaults = {
  /** Entities of each kind that feed the search texts. */
  searchPerKind: 12,
  /** Start ids of each kind for the neighbourhood scenario. */
  neighborhoodPerKind: 4,
};

// Bench-only look-ups, so they stay here rather than in cypher/: every Nth entity by id
// (a spread, not the first few) and, for the neighbourhood, a spread over degree.
const SPREAD = `
MATCH (n) WHERE $label IN labels(n) AND n.name IS NOT NULL
WITH n ORDER BY n.id
WITH collect(n) AS xs
WITH xs, toInteger(ceil(toFloat(size(xs)) / $count)) AS stride
UNWIND range(0, size(xs) - 1, CASE WHEN stride < 1 THEN 1 ELSE stride END) AS i
WITH xs[i] AS n
RETURN n.id AS id, n.name AS name, COUNT { (n)--() } AS degree
LIMIT $count`;

async function spread(db: Database, label: string, count: number): Promise<{ id: string; name: string; degree: number }[]> {
  const { records } = await db.driver.executeQuery(SPREAD, { label, count: neo4j.int(count) }, { database: db.databaseName, routing: neo4j.routing.READ });
  return records.map((r) => ({ id: r.get('id') as string, name: r.get('name') as string, degree: Number(r.get('degree')) }));
}

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

/** Varied inputs taken from `db`; throws when the graph lacks a kind the scenarios need. */
export async function pickInputs(db: Database): Promise<BenchInputs> {
  const people = await spread(db, 'Person', defaults.searchPerKind * 2);
  const municipalities = await spread(db, 'Municipality', defaults.searchPerKind);
  const projects = await spread(db, 'Project', defaults.searchPerKind);
  const themes = await spread(db, 'Theme', 50);
  for (const [kind, list] of Object.entries({ people, municipalities, projects, themes })) {
    if (list.length === 0) throw new Error(`the graph has no ${kind}; did the import reject every note?`);
  }

  const searchTexts: string[] = [];
  people.forEach((p, i) => {
    const words = p.name.split(/\s+/);
    // Full names, surnames alone, and names typed without å/ä/ö/é.
    searchTexts.push(i % 3 === 0 ? p.name : i % 3 === 1 ? words[words.length - 1]! : fold(p.name).toLowerCase());
  });
  municipalities.forEach((m, i) => searchTexts.push(i % 2 === 0 ? m.name : fold(m.name).toLowerCase()));
  projects.forEach((p, i) => searchTexts.push(i % 2 === 0 ? p.name : fold(p.name).toLowerCase()));

  // The best-connected and a middling entity of each kind: hubs are where the limit bites.
  const byDegree = <T extends { degree: number }>(list: T[]): T[] => [...list].sort((a, b) => b.degree - a.degree);
  const pickSpread = <T extends { degree: number }>(list: T[], n: number): T[] => {
    const sorted = byDegree(list);
    const step = Math.max(1, Math.floor(sorted.length / n));
    return sorted.filter((_, i) => i % step === 0).slice(0, n);
  };
  const kinds = [pickSpread(municipalities, defaults.neighborhoodPerKind), pickSpread(projects, defaults.neighborhoodPerKind), pickSpread(people, defaults.neighborhoodPerKind)];
  const neighborhoodIds: string[] = [];
  for (let i = 0; i < defaults.neighborhoodPerKind; i++) for (const list of kinds) if (list[i]) neighborhoodIds.push(list[i]!.id);

  return { searchTexts, neighborhoodIds, themeIds: themes.map((t) => t.id) };
}
