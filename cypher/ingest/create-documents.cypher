// Documents and their meetings, each linked to its networks.
// params: $documents: list of map {document, meeting, networks}
// returns: one row: created
UNWIND $documents AS doc
CREATE (d:Document) SET d = doc.document
CREATE (m:Meeting) SET m = doc.meeting
CREATE (m)-[:RECORDED_IN {docId: d.id}]->(d)
WITH d, m, doc
CALL (d, m, doc) {
  UNWIND doc.networks AS n
  MATCH (net:Network {id: n.id})
  CREATE (m)-[:OF_NETWORK {docId: d.id, inferred: n.inferred, excerpt: n.excerpt}]->(net)
}
RETURN count(m) AS created
