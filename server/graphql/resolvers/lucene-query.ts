// Turns what an analyst typed into a Lucene query for the entity_search index. Each term
// matches exactly (analysed, so Swedish stemming applies) or as a prefix ("yrkesresa"), and
// with `fuzzy` also within one edit ("Blomkvist"); its diacritic-free form is tried too,
// since the index's searchText holds names without diacritics ("kungalv"). Fuzzy terms cost
// far more to look up, so the search resolver asks without them first. User text never
// becomes syntax: every Lucene special character is escaped.

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Lucene-escaped, lower-cased terms of `text`; empty when nothing searchable is left. */
export function searchTerms(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s,;.]+/)
    .map((term) => term.replace(SPECIAL, (c) => `\\${c}`))
    .filter((term) => term.replace(/\\/g, '').length > 0);
}

function fold(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '');
}

export interface QueryOptions {
  /** Also match each term within one edit. */
  fuzzy: boolean;
}

function termClause(term: string, { fuzzy }: QueryOptions): string {
  const forms = [...new Set([term, fold(term)])];
  const parts = forms.flatMap((form) => {
    const plain = form.replace(/\\/g, '').length;
    const clause = [`${form}^3`, `${form}*^2`];
    // One edit on a two-letter word matches half the index; only longer words get fuzzy.
    if (fuzzy && plain >= 4) clause.push(`${form}~1`);
    return clause;
  });
  return `(${parts.join(' OR ')})`;
}

/** Every term required (`all`) or any term enough, best matches first either way. */
export function luceneQuery(terms: string[], mode: 'all' | 'any', options: QueryOptions = { fuzzy: true }): string {
  return terms.map((term) => (mode === 'all' ? `+${termClause(term, options)}` : termClause(term, options))).join(' ');
}
