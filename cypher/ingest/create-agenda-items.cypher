// Agenda items, each part of its meeting.
// params: $rows: list of map
// returns: one row: created
UNWIND $rows AS item
MATCH (m:Meeting {id: item.meetingId})
CREATE (i:AgendaItem) SET i = item.props
CREATE (i)-[:PART_OF {docId: item.props.docId}]->(m)
RETURN count(i) AS created
