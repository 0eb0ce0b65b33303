// The document and its meeting, linked to the meeting's networks.
// params: $document: map, $meeting: map, $networks: list of map
// returns: one row: meetingId
CREATE (d:Document) SET d = $document
CREATE (m:Meeting) SET m = $meeting
CREATE (m)-[:RECORDED_IN {docId: d.id}]->(d)
WITH d, m
CALL (d, m) {
  UNWIND $networks AS n
  MATCH (net:Network {id: n.id})
  CREATE (m)-[:OF_NETWORK {docId: d.id, inferred: n.inferred, excerpt: n.excerpt}]->(net)
}
RETURN m.id AS meetingId
