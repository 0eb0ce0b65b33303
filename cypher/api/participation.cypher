// participation: municipalities × projects, first and last year stated and evidence count.
// A fact without its own year takes the year of the meeting in the same note.
// params:  $projectIds: list of strings (empty = all), $municipalityIds: list of strings (empty = all), $first: integer
// returns: many rows: municipalityId, municipalityName, projectId, projectName, firstYear, lastYear, evidenceCount
MATCH (mu:Municipality)-[r:PARTICIPATES_IN]->(p:Project)
WHERE (size($projectIds) = 0 OR p.id IN $projectIds) AND (size($municipalityIds) = 0 OR mu.id IN $municipalityIds)
WITH mu, p, r, coalesce(r.year, toInteger(substring(r.date, 0, 4)), head([(:Document {id: r.docId})<-[:RECORDED_IN]-(m:Meeting) | m.year])) AS year
WITH mu, p, min(year) AS firstYear, max(year) AS lastYear, count(r) AS evidenceCount
ORDER BY p.name, mu.name
LIMIT $first
RETURN mu.id AS municipalityId, mu.name AS municipalityName, p.id AS projectId, p.name AS projectName, firstYear, lastYear, evidenceCount
