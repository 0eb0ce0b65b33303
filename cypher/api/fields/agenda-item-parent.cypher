// AgendaItem.parent: the item this one is a part of ("2" for "2.1"), null for a top-level item.
// Both are parts of one meeting, which keeps the lookup to that meeting's items.
// params:
// returns: one row: item
MATCH (this)-[:PART_OF]->(:Meeting)<-[:PART_OF]-(p:AgendaItem)
WHERE p.id = this.parentId
RETURN p AS item
LIMIT 1
