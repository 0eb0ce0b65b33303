// Network.attendees: everyone present at its meetings, most meetings first.
// params:
// returns: many rows: row
MATCH (this)<-[:OF_NETWORK]-(m:Meeting)<-[:ATTENDED]-(p:Person)
WITH p, collect(DISTINCT m) AS meetings
WITH p, size(meetings) AS count, apoc.coll.sort(apoc.coll.toSet([m IN meetings WHERE m.year IS NOT NULL | m.year])) AS years
ORDER BY count DESC, p.name
RETURN {id: p.id, name: p.name, meetings: count, years: years} AS row
