// Per relationship type and provenance property, the Cypher types the stored values have
// (tests check that the import writes integers and lists, not floats or text).
// params:
// returns: many rows: type, property, valueTypes
MATCH ()-[r]->() WHERE r.docId IS NOT NULL
UNWIND [k IN ['year', 'lineStart', 'lineEnd', 'excerpt', 'groups', 'tracks', 'group'] WHERE r[k] IS NOT NULL] AS property
RETURN type(r) AS type, property, collect(DISTINCT valueType(r[property])) AS valueTypes
ORDER BY type, property
