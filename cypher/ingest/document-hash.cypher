// The content hash of an imported document, to skip re-importing an unchanged one.
// params: $docId: string
// returns: zero or one row: contentHash
MATCH (d:Document {id: $docId})
RETURN d.contentHash AS contentHash
