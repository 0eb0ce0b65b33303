// Documents and their meetings, each linked to its networks. A network the vocabulary lacks
// (a new one named in the note's title) gets a node of its own, marked as a candidate, so the
// meeting is not left without its network; delete-orphans removes it with its last meeting.
// params: $documents: string, a JSON list of map {document, meeting, networks}
// returns: one row: created
// Plans are unique-index seeks whatever the statistics: skip replanning while the graph grows.
// The rows arrive as one JSON string: the driver packs a list of maps value by value, which
// took about a third of an import's CPU, on both sides (server/db/json-rows.ts).
CYPHER replan=skip
UNWIND apoc.convert.fromJsonList($documents) AS doc
WITH doc, doc.document AS dp, doc.meeting AS mp
CREATE (d:Document {id: dp.id, name: dp.name, filename: dp.filename, text: dp.text, contentHash: dp.contentHash, lineCount: dp.lineCount, importedAt: dp.importedAt})
CREATE (m:Meeting {id: mp.id, name: mp.name, title: mp.title, date: mp.date, year: mp.year, dateInferred: mp.dateInferred, datePrecision: mp.datePrecision, dateEvidence: mp.dateEvidence, location: mp.location, docId: mp.docId})
CREATE (m)-[:RECORDED_IN {docId: d.id, year: m.year}]->(d)
WITH d, m, doc
CALL (d, m, doc) {
  UNWIND doc.networks AS n
  MERGE (net:Network {id: n.id})
  ON CREATE SET net.name = n.name, net.searchText = n.searchText, net.aliases = [], net.candidate = true
  CREATE (m)-[:OF_NETWORK {docId: d.id, year: m.year, inferred: n.inferred, lineStart: n.lineStart, lineEnd: n.lineEnd, excerpt: n.excerpt}]->(net)
}
RETURN count(m) AS created
