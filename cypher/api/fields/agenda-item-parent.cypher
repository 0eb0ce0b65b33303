// AgendaItem.parent: the item this one is a part of ("2" for "2.1"), null for a top-level item.
// params:
// returns: one row: item
MATCH (p:AgendaItem {id: this.parentId})
RETURN p AS item
LIMIT 1
