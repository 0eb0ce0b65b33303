// The meeting's agenda items, in order.
// params: $meetingId: string, $items: list of map
// returns: one row: created
MATCH (m:Meeting {id: $meetingId})
UNWIND $items AS item
CREATE (i:AgendaItem) SET i = item
CREATE (i)-[:PART_OF {docId: m.id}]->(m)
RETURN count(i) AS created
