// AgendaItem.parts: the items that are parts of this one ("2.1", "2.2" of "2"), in note order.
// params:
// returns: many rows: item
MATCH (this)-[:PART_OF]->(:Meeting)<-[:PART_OF]-(c:AgendaItem)
WHERE c.parentId = this.id
WITH c
ORDER BY c.order
RETURN c AS item
