// Project.historyCount / Theme.historyCount: how many entries `history` has in all, so a client
// that pages (history's first/offset, at most 1000 at a time) knows when it has them all.
// Counts exactly what subject-history.cypher lists: ABOUT facts whose subject is a meeting or
// belongs to one.
// params:
// returns: one row: count
MATCH (this)<-[about:ABOUT]-(x)
OPTIONAL MATCH (x)-[:PART_OF]->(im:Meeting)
WITH about, coalesce(im, x) AS m
WHERE m:Meeting
RETURN count(about) AS count
