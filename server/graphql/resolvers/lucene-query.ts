// Turns what an analyst typed into a Lucene query for the entity_search index. Each term
// matches exactly (analysed, so Swedish stemming applies), as a prefix, or within one edit
// ("kungalv", "blomqvist", "yrkesresa"); its diacritic-free form is tried too, since the
// index's searchText holds names without diacritics. User text never becomes syntax:
// every Lucene special character is escaped.

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

function termClause(term: string): string {
  const forms = [...new Set([term, fold(term)])];
  const parts = forms.flatMap((form) => {
    const plain = form.replace(/\\/g, '').length;
    const clause = [`${form}^3`, `${form}*^2`];
    // One edit on a two-letter word matches half the index; only longer words get fuzzy.
    if (plain >= 4) clause.push(`${form}~1`);
    return clause;
  });
  return `(${parts.join(' OR ')})`;
}

/** Every term required (`all`) or any term enough, best matches first either way. */
export function luceneQuery(terms: string[], mode: 'all' | 'any'): string {
  return terms.map((term) => (mode === 'all' ? `+${termClause(term)}` : termClause(term))).join(' ');
}
