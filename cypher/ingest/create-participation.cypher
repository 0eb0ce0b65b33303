// Municipalities the note says take part in a project.
// params: $rows: list of map
// returns: one row: created
UNWIND $rows AS row
MATCH (mu:Municipality {id: row.municipalityId})
MATCH (p:Project {id: row.projectId})
CREATE (mu)-[r:PARTICIPATES_IN]->(p) SET r = row.props
RETURN count(r) AS created
