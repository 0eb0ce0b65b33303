// participation: municipalities × projects, first and last year stated and evidence count.
// Each fact carries its meeting's year (or a date stated with it). Read outwards from each
// project, which are few, rather than pairing every municipality with every project.
// params:  $projectIds: list of strings (empty = all), $municipalityIds: list of strings (empty = all), $first: integer
// returns: many rows: municipalityId, municipalityName, projectId, projectName, firstYear, lastYear, evidenceCount
MATCH (p:Project)
WHERE size($projectIds) = 0 OR p.id IN $projectIds
CALL (p) {
  MATCH (p)<-[r:PARTICIPATES_IN]-(mu)
  WITH mu, coalesce(r.year, toInteger(substring(r.date, 0, 4))) AS year
  WHERE mu:Municipality AND (size($municipalityIds) = 0 OR mu.id IN $municipalityIds)
  RETURN mu, min(year) AS firstYear, max(year) AS lastYear, count(*) AS evidenceCount
}
WITH mu, p, firstYear, lastYear, evidenceCount
ORDER BY p.name, mu.name
LIMIT $first
RETURN mu.id AS municipalityId, mu.name AS municipalityName, p.id AS projectId, p.name AS projectName, firstYear, lastYear, evidenceCount
