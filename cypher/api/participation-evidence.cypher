// The sentences stating that a municipality takes part in a project, oldest first.
// params:  $municipalityId: string, $projectId: string, $first: integer
// returns: many rows: docId, meetingId, date, year, lineStart, lineEnd, excerpt
MATCH (:Municipality {id: $municipalityId})-[r:PARTICIPATES_IN]->(:Project {id: $projectId})
OPTIONAL MATCH (:Document {id: r.docId})<-[:RECORDED_IN]-(m:Meeting)
RETURN r.docId AS docId, m.id AS meetingId, coalesce(r.date, m.date) AS date, coalesce(r.year, m.year) AS year,
  r.lineStart AS lineStart, r.lineEnd AS lineEnd, r.excerpt AS excerpt
ORDER BY date, lineStart
LIMIT $first
