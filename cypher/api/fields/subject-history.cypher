// Project.history / Theme.history: each agenda item or meeting that touched it, oldest
// first, with the meeting's networks and the sentence that shows it; a page of $first
// entries (1000 when not given) after skipping $offset. Only the page's entries are projected.
// params:  $first: integer or null, $offset: integer or null
// returns: many rows: row
MATCH (this)<-[about:ABOUT]-(x)
OPTIONAL MATCH (x)-[:PART_OF]->(im:Meeting)
WITH about, x, coalesce(im, x) AS m
WHERE m:Meeting
WITH about, m, CASE WHEN x:AgendaItem THEN x END AS item
ORDER BY m.date, m.id, item.order, about.lineStart
SKIP CASE WHEN toInteger($offset) > 0 THEN toInteger($offset) ELSE 0 END
LIMIT coalesce(toInteger($first), 1000)
RETURN {
  meetingId: m.id, meetingTitle: coalesce(m.title, m.name), date: m.date, year: m.year, dateInferred: m.dateInferred,
  networks: apoc.coll.sort([(m)-[:OF_NETWORK]->(n:Network) | n.name]),
  itemId: item.id, itemTitle: item.title, excerpt: coalesce(about.excerpt, item.excerpt),
  docId: about.docId, lineStart: coalesce(about.lineStart, item.lineStart), lineEnd: coalesce(about.lineEnd, item.lineEnd),
  tracks: coalesce(about.tracks, [])
} AS row
