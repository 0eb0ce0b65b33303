// Meeting.organizations: organisations represented at the meeting: attendees stated in this
// meeting's note to represent them (GR, FoU i Väst, VGR, …).
// params:
// returns: many rows: organization
MATCH (this)<-[a:ATTENDED]-(:Person)-[r:REPRESENTS]->(o:Organization)
WHERE r.docId = a.docId
WITH DISTINCT o
ORDER BY o.name
RETURN o AS organization
