// Creates or updates people with their resolved names, aliases and search text.
// params: $people: list of map
// returns: one row: written
UNWIND $people AS row
MERGE (p:Person {id: row.id})
SET p += row
RETURN count(p) AS written
