// Per relationship type, how many facts (relationships with a docId) there are and how many
// lack the integer `year` of their document's meeting (tests check that none do).
// params:
// returns: many rows: type, facts, wrongYear
MATCH ()-[r]->() WHERE r.docId IS NOT NULL
OPTIONAL MATCH (m:Meeting)-[:RECORDED_IN]->(:Document {id: r.docId})
WITH type(r) AS type, r, m
RETURN type, count(r) AS facts,
       count(CASE WHEN m IS NULL OR coalesce(r.year, -1) <> coalesce(m.year, -1) OR (r.year IS NOT NULL AND NOT r.year IS :: INTEGER) THEN 1 END) AS wrongYear
ORDER BY type
