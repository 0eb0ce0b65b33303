// Municipality.meetings / Organization.meetings: meetings attended by someone who, in that
// same note, was stated to represent it (people who changed employer count where they were
// then), oldest first. A node list, so it filters too:
// municipalities(where: { gr: { eq: true }, NOT: { meetings: { some: { id: { eq: "meeting:…" } } } } }).
// params:
// returns: many rows: meeting
MATCH (this)<-[r:REPRESENTS]-(:Person)-[a:ATTENDED]->(m:Meeting)
WHERE r.docId = a.docId
WITH DISTINCT m
ORDER BY m.date, m.id
RETURN m AS meeting
