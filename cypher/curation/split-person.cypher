// Undoes a merge: the facts recorded under `alias` move to a new person, and the two are
// marked NOT_SAME_AS so later imports keep them apart. With $affiliation, only the facts of the
// documents in which the person represents it move ("Jessica Svanström, Partille"): two people
// of one name merged can be told apart again.
// params: $personId: string, $newId: string, $alias: string, $affiliation: string or null
// returns: one row: moved
MATCH (p:Person {id: $personId})
WITH p, CASE WHEN $affiliation IS NULL THEN null
  ELSE [(p)-[r:REPRESENTS]->(a) WHERE toLower(a.name) = toLower($affiliation) | r.docId] END AS onlyDocs
CREATE (n:Person {id: $newId, name: $alias, aliases: [], nameForms: [$alias], nameFormCounts: [1], surfaces: [$alias], affiliations: []})
CREATE (p)-[:NOT_SAME_AS]->(n)
WITH p, n, onlyDocs
CALL (p, n, onlyDocs) {
  MATCH (p)-[r:ATTENDED|PRESENTED|TOOK_NOTES]->() WHERE (r.name = $alias OR r.surface = $alias) AND (onlyDocs IS NULL OR r.docId IN onlyDocs)
  WITH r, r.docId AS doc
  CALL apoc.refactor.from(r, n) YIELD output
  RETURN doc
  UNION ALL
  MATCH (p)<-[r:MENTIONS]-() WHERE r.name = $alias AND (onlyDocs IS NULL OR r.docId IN onlyDocs)
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
