// Project.meetingCount / Theme.meetingCount: distinct meetings that discussed it, in an agenda
// item or outside one (what `meetings` lists), so subjects can be ranked and filtered by how
// often they recur: themes(sort: [{ meetingCount: DESC }]).
// params:
// returns: one row: count
MATCH (this)<-[:ABOUT]-(x)
OPTIONAL MATCH (x)-[:PART_OF]->(im:Meeting)
WITH coalesce(im, x) AS m
WHERE m:Meeting
RETURN count(DISTINCT m) AS count
