// The name forms, surfaces and affiliations a person's facts carry, to recompute the
// person's name and aliases after a merge or a split.
// params: $id: string
// returns: one row: forms, surfaces, affiliations, aliases (those a curator added)
MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[r:ATTENDED|PRESENTED|TOOK_NOTES]->() RETURN r
  UNION ALL
  MATCH (p)<-[r:MENTIONS]-() RETURN r
}
WITH p, r.name AS name, r.surface AS surface, r.docId AS doc
WITH p, name, collect(DISTINCT surface) AS surfaces, count(DISTINCT doc) AS documents
WITH p, collect({name: name, documents: documents}) AS forms, apoc.coll.flatten(collect(surfaces)) AS surfaces
RETURN forms, apoc.coll.toSet(surfaces) AS surfaces,
       [(p)-[:REPRESENTS]->(a) | a.name] AS affiliations, coalesce(p.manualAliases, []) AS aliases
