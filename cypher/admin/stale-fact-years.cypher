// Entities whose stored `factYears` differ from the years of their facts (tests check that
// none do, after imports, replacements and curation).
// params:
// returns: many rows: id, stored, actual
MATCH (n) WHERE n.id IS NOT NULL AND NOT n:Meeting
WITH n, coalesce(n.factYears, []) AS stored, apoc.coll.sort(apoc.coll.toSet([(n)-[r]-() WHERE r.year IS NOT NULL | r.year])) AS actual
WHERE stored <> actual
RETURN n.id AS id, stored, actual
