// Document.spans: every fact read from the document, in line order. Facts name their
// document by docId; they hang off the document's meeting and its agenda items, or are
// found through the docId indexes (affiliations, participation, project themes, candidates),
// the same places a re-import deletes them from, so no relationship scan is needed.
// params:
// returns: many rows: row
// `this` is bound by @neo4j/graphql; matching it again keeps the statement valid on its own (EXPLAIN test).
MATCH (this:Document)
CALL (this) {
  MATCH (this)<-[:RECORDED_IN]-(m:Meeting)
  CALL (m) {
    RETURN m AS host
    UNION
    MATCH (m)<-[:PART_OF]-(host:AgendaItem)
    RETURN host
  }
  MATCH (host)-[r]-()
  WHERE r.docId = this.id
  RETURN r
  UNION
  MATCH ()-[r:REPRESENTS]->() WHERE r.docId = this.id RETURN r
  UNION
  MATCH ()-[r:PARTICIPATES_IN]->() WHERE r.docId = this.id RETURN r
  UNION
  MATCH ()-[r:RELATES_TO]->() WHERE r.docId = this.id RETURN r
  UNION
  MATCH ()-[r:SEEN_IN]->() WHERE r.docId = this.id RETURN r
}
WITH startNode(r) AS s, r, endNode(r) AS t
ORDER BY r.lineStart, type(r)
RETURN {
  type: type(r), sourceId: s.id, sourceName: coalesce(s.name, s.title), targetId: t.id, targetName: coalesce(t.name, t.title),
  lineStart: r.lineStart, lineEnd: r.lineEnd, excerpt: r.excerpt
} AS row
