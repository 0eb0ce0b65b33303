// Person.presentations: the agenda items the person presented, oldest meeting first, in the
// note's order within a meeting, with the meeting's networks and the item's opening.
// params:
// returns: many rows: row
MATCH (this)-[r:PRESENTED]->(item:AgendaItem)-[:PART_OF]->(m:Meeting)
WITH item, m, head(collect(r)) AS r
ORDER BY m.date, m.id, item.order, item.lineStart
RETURN {
  meetingId: m.id, meetingTitle: coalesce(m.title, m.name), date: m.date, year: m.year, dateInferred: m.dateInferred,
  networks: apoc.coll.sort([(m)-[:OF_NETWORK]->(n:Network) | n.name]),
  itemId: item.id, itemTitle: item.title, excerpt: coalesce(r.excerpt, item.excerpt),
  docId: coalesce(r.docId, m.docId), lineStart: coalesce(r.lineStart, item.lineStart), lineEnd: coalesce(r.lineEnd, item.lineEnd), tracks: []
} AS row
