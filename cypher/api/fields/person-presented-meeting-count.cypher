// Person.presentedMeetingCount: distinct meetings at which the person presented an agenda item
// (several items at one meeting count once).
// params:
// returns: one row: count
MATCH (this)-[:PRESENTED]->(:AgendaItem)-[:PART_OF]->(m:Meeting)
RETURN count(DISTINCT m) AS count
