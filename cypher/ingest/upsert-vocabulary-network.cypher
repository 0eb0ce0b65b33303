// Network nodes from seed/vocab, so that every note links to the same ones.
// params: $rows: list of map
// returns: one row: written
UNWIND $rows AS row
MERGE (n:Network {id: row.id})
SET n += row
// A network first seen in a note's title and since added to the vocabulary is no candidate.
REMOVE n.candidate
RETURN count(n) AS written
