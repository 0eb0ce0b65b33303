// Meeting.attendeeGroups: attendees under each heading they were listed under, in the
// note's order; people listed under no heading form the group "".
// params:
// returns: many rows: row
MATCH (this)<-[a:ATTENDED]-(p:Person)
UNWIND CASE WHEN size(coalesce(a.groups, [])) = 0 THEN [''] ELSE a.groups END AS group
WITH group, p, a
ORDER BY a.lineStart, p.name
WITH group, min(a.lineStart) AS firstLine, collect(DISTINCT {id: p.id, type: 'Person', name: p.name}) AS people
ORDER BY firstLine
RETURN {group: group, people: people} AS row
