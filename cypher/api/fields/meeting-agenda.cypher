// Meeting.agenda: its agenda items in the order of the note.
// params:
// returns: many rows: item
MATCH (this)<-[:PART_OF]-(i:AgendaItem)
WITH i
ORDER BY i.order, i.lineStart
RETURN i AS item
