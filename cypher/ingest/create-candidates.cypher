// Names the vocabulary lacks, kept for review with where they were seen.
// params: $rows: string, a JSON list of map
// returns: one row: created
// Plans are unique-index seeks whatever the statistics: skip replanning while the graph grows.
// The rows arrive as one JSON string: the driver packs a list of maps value by value, which
// took about a third of an import's CPU, on both sides (server/db/json-rows.ts).
CYPHER replan=skip
UNWIND apoc.convert.fromJsonList($rows) AS row
MATCH (d:Document {id: row.props.docId})
MERGE (c:Candidate {id: row.id})
ON CREATE SET c.name = row.name, c.kind = row.kind
CREATE (c)-[r:SEEN_IN {docId: row.props.docId, year: row.props.year, lineStart: row.props.lineStart, lineEnd: row.props.lineEnd, excerpt: row.props.excerpt}]->(d)
RETURN count(r) AS created
