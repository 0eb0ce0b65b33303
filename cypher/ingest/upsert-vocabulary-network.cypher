// Network nodes from seed/vocab, so that every note links to the same ones.
// params: $rows: list of map
// returns: one row: written
UNWIND $rows AS row
MERGE (n:Network {id: row.id})
SET n += row
RETURN count(n) AS written
