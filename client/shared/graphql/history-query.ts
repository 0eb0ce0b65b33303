// A project's or theme's history: the field exists on both types, so the query picks by id.
// historyCount says whether the default page (the oldest 1000) is all there is.
const FIELDS = 'history { meetingId meetingTitle date year dateInferred networks itemId itemTitle excerpt docId lineStart lineEnd } historyCount';

/** The query and the answer's root field for a `project:` or `theme:` id. */
export function historyQuery(id: string): { query: string; field: 'project' | 'theme' } {
  const field = id.startsWith('theme:') ? 'theme' : 'project';
  return { field, query: `query History($id: ID!) { ${field}(id: $id) { id name ${FIELDS} } }` };
}
