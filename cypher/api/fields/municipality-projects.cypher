// Municipality.projects: projects it takes part in, first and last year stated, evidence count.
// A fact without its own year takes the year of the meeting in the same note.
// params:
// returns: many rows: row
MATCH (this)-[r:PARTICIPATES_IN]->(p:Project)
WITH p, r, coalesce(r.year, toInteger(substring(r.date, 0, 4)), head([(:Document {id: r.docId})<-[:RECORDED_IN]-(m:Meeting) | m.year])) AS year
WITH p, min(year) AS firstYear, max(year) AS lastYear, count(r) AS evidenceCount
ORDER BY p.name
RETURN {projectId: p.id, projectName: p.name, firstYear: firstYear, lastYear: lastYear, evidenceCount: evidenceCount} AS row
