// People, candidates and candidate networks that no fact refers to any more (after a document was replaced).
// params: $personIds: list of string
// returns: one row: deleted
CALL () {
  OPTIONAL MATCH (p:Person) WHERE p.id IN $personIds AND NOT EXISTS { (p)-[:ATTENDED|TOOK_NOTES|PRESENTED|MENTIONS|REPRESENTS]-() }
  DETACH DELETE p
  RETURN count(p) AS people
}
CALL () {
  OPTIONAL MATCH (c:Candidate) WHERE NOT EXISTS { (c)-[:SEEN_IN]->() }
  DETACH DELETE c
  RETURN count(c) AS candidates
}
CALL () {
  OPTIONAL MATCH (n:Network {candidate: true}) WHERE NOT EXISTS { (n)<-[:OF_NETWORK]-() }
  DETACH DELETE n
  RETURN count(n) AS networks
}
RETURN people + candidates + networks AS deleted
