// Document.spans: every fact read from the document, in line order. Facts name their
// document by docId, so this scans relationships; documents are few and asked for one at a time.
// params:
// returns: many rows: row
// `this` is bound by @neo4j/graphql; matching it again keeps the statement valid on its own (EXPLAIN test).
MATCH (this:Document)
MATCH (s)-[r]->(t)
WHERE r.docId = this.id
WITH s, r, t
ORDER BY r.lineStart, type(r)
RETURN {
  type: type(r), sourceId: s.id, sourceName: coalesce(s.name, s.title), targetId: t.id, targetName: coalesce(t.name, t.title),
  lineStart: r.lineStart, lineEnd: r.lineEnd, excerpt: r.excerpt
} AS row
