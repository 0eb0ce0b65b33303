// Undoes a merge: the facts recorded under `alias` move to a new person, and the two are
// marked NOT_SAME_AS so later imports keep them apart.
// params: $personId: string, $newId: string, $alias: string
// returns: one row: moved
MATCH (p:Person {id: $personId})
CREATE (n:Person {id: $newId, name: $alias, aliases: [], nameForms: [$alias], nameFormCounts: [1], surfaces: [$alias], affiliations: []})
CREATE (p)-[:NOT_SAME_AS]->(n)
WITH p, n
CALL (p, n) {
  MATCH (p)-[r:ATTENDED|PRESENTED|TOOK_NOTES]->() WHERE r.name = $alias OR r.surface = $alias
  WITH r, r.docId AS doc
  CALL apoc.refactor.from(r, n) YIELD output
  RETURN doc
  UNION ALL
  MATCH (p)<-[r:MENTIONS]-() WHERE r.name = $alias
  WITH r, r.docId AS doc
  CALL apoc.refactor.to(r, n) YIELD output
  RETURN doc
}
WITH p, n, collect(DISTINCT doc) AS docs
CALL (p, n, docs) {
  MATCH (p)-[r:REPRESENTS]->() WHERE r.docId IN docs
  CALL apoc.refactor.from(r, n) YIELD output
  RETURN count(*) AS affiliations
}
RETURN size(docs) AS moved
