// Projects and themes discussed in the same agenda item.
// params: $rows: list of map
// returns: one row: created
UNWIND $rows AS row
MATCH (p:Project {id: row.projectId})
MATCH (t:Theme {id: row.themeId})
CREATE (p)-[r:RELATES_TO]->(t) SET r = row.props
RETURN count(r) AS created
