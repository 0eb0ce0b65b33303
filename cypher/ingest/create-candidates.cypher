// Names the vocabulary lacks, kept for review with where they were seen.
// params: $docId: string, $rows: list of map
// returns: one row: created
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MERGE (c:Candidate {id: row.id})
ON CREATE SET c.name = row.name, c.kind = row.kind
CREATE (c)-[r:SEEN_IN]->(d) SET r = row.props
RETURN count(r) AS created
