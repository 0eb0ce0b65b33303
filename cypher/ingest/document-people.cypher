// The name forms a document contributed to people, before its facts are replaced.
// params: $meetingId: string
// returns: many rows: id, name
MATCH (m:Meeting {id: $meetingId})
CALL (m) {
  MATCH (p:Person)-[r:ATTENDED|TOOK_NOTES]->(m) RETURN p, r
  UNION ALL
  MATCH (p:Person)-[r:PRESENTED]->(:AgendaItem)-[:PART_OF]->(m) RETURN p, r
  UNION ALL
  MATCH (p:Person)<-[r:MENTIONS]-(:AgendaItem)-[:PART_OF]->(m) RETURN p, r
}
RETURN DISTINCT p.id AS id, r.name AS name
