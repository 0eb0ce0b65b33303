// Meeting.municipalities: municipalities represented at the meeting (attendees this meeting's
// note states to represent them), read from the REPRESENTED_AT facts the import records.
// Filterable: meetings(where: { municipalities: { some: … } }).
// params:
// returns: many rows: municipality
MATCH (this)<-[:REPRESENTED_AT]-(mu:Municipality)
WITH DISTINCT mu
ORDER BY mu.name
RETURN mu AS municipality
