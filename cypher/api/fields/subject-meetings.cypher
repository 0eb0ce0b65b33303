// Project.meetings / Theme.meetings: every meeting that discussed it, in an agenda item or
// outside one, oldest first.
// params:
// returns: many rows: meeting
MATCH (this)<-[:ABOUT]-(x)
OPTIONAL MATCH (x)-[:PART_OF]->(im:Meeting)
WITH DISTINCT coalesce(im, x) AS m
WHERE m:Meeting
WITH m
ORDER BY m.date, m.id
RETURN m AS meeting
