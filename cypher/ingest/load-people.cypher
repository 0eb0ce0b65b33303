// Every person with what entity resolution needs: name forms, surfaces, affiliations and
// the people a curator split from them.
// params:
// returns: many rows: id, forms, counts, surfaces, affiliations, notSameAs
MATCH (p:Person)
RETURN p.id AS id, coalesce(p.nameForms, [p.name]) AS forms, coalesce(p.nameFormCounts, [1]) AS counts,
       coalesce(p.surfaces, []) AS surfaces, coalesce(p.affiliations, []) AS affiliations,
       [(p)-[:NOT_SAME_AS]-(o:Person) | o.id] AS notSameAs
