// Records another written form of a person's name: shown as an alias, found by search, and
// matched by later imports.
// params: $id: string, $alias: string, $searchText: string
// returns: one row: aliases
MATCH (p:Person {id: $id})
SET p.aliases = apoc.coll.toSet(coalesce(p.aliases, []) + $alias),
    p.manualAliases = apoc.coll.toSet(coalesce(p.manualAliases, []) + $alias),
    p.surfaces = apoc.coll.toSet(coalesce(p.surfaces, []) + $alias),
    p.searchText = $searchText
RETURN p.aliases AS aliases
