// Project.municipalities: participating municipalities, first and last year, evidence count.
// params:
// returns: many rows: row
MATCH (this)<-[r:PARTICIPATES_IN]-(mu:Municipality)
WITH mu, r, coalesce(r.year, toInteger(substring(r.date, 0, 4)), head([(:Document {id: r.docId})<-[:RECORDED_IN]-(m:Meeting) | m.year])) AS year
WITH mu, min(year) AS firstYear, max(year) AS lastYear, count(r) AS evidenceCount
ORDER BY mu.name
RETURN {municipalityId: mu.id, municipalityName: mu.name, firstYear: firstYear, lastYear: lastYear, evidenceCount: evidenceCount} AS row
