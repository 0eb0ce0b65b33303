// The autocomplete query.
export const SEARCH_QUERY = `query Search($text: String!, $types: [EntityType!], $first: Int) {
  search(text: $text, types: $types, first: $first) { id type name score aliases }
}`;
