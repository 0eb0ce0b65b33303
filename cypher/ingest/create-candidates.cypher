// Names the vocabulary lacks, kept for review with where they were seen.
// params: $rows: list of map
// returns: one row: created
UNWIND $rows AS row
MATCH (d:Document {id: row.props.docId})
MERGE (c:Candidate {id: row.id})
ON CREATE SET c.name = row.name, c.kind = row.kind
CREATE (c)-[r:SEEN_IN]->(d) SET r = row.props
RETURN count(r) AS created
