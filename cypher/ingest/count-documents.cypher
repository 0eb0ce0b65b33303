// How many documents the graph holds (zero means a first start).
// params:
// returns: one row: documents
MATCH (d:Document)
RETURN count(d) AS documents
