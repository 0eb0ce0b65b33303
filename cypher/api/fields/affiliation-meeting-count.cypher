// Municipality.meetingCount / Organization.meetingCount: distinct meetings attended by someone
// the same note names as representing it (what `meetings` lists), to rank and filter:
// municipalities(sort: [{ meetingCount: DESC }]).
// params:
// returns: one row: count
MATCH (this)<-[r:REPRESENTS]-(:Person)-[a:ATTENDED]->(m:Meeting)
WHERE r.docId = a.docId
RETURN count(DISTINCT m) AS count
