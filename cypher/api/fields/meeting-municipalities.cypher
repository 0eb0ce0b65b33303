// Meeting.municipalities: municipalities represented at the meeting: attendees stated in this
// meeting's note to represent them. Filterable: meetings(where: { municipalities: { some: … } }).
// params:
// returns: many rows: municipality
MATCH (this)<-[a:ATTENDED]-(:Person)-[r:REPRESENTS]->(mu:Municipality)
WHERE r.docId = a.docId
WITH DISTINCT mu
ORDER BY mu.name
RETURN mu AS municipality
