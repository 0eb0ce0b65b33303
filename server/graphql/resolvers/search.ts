// `search`: ranked hits over every entity kind through the full-text index, and, when `types`
// asks for agenda items or documents, over what they say (search-text.cypher). All terms are
// required, matched exactly or as prefixes; when that finds nothing (a typo, OCR damage),
// within one edit; when that finds nothing either, any term is enough.
import type { Row, Tx } from '../../db/database.js';
import { AppError, ErrorCode } from '../../errors/error-codes.js';
import type { GraphQLContext } from '../context.js';
import { checkPageSize } from '../inputs.js';
import { luceneQuery, searchTerms } from './lucene-query.js';

/** Kinds also searched in what the notes say (their text), when `types` asks for them. */
const TEXT_KINDS = ['AgendaItem', 'Document'];

/** The passes in order, each only when the one before found nothing. */
export async function searchPasses(tx: Tx, terms: string[], types: string[], first: number): Promise<Row[]> {
  // entity_search has every kind but agenda items (documents by their file name).
  const byName = types.filter((t) => t !== 'AgendaItem');
  const byText = types.filter((t) => TEXT_KINDS.includes(t));
  const ask = async (query: string): Promise<Row[]> => {
    const rows = [
      ...(types.length === 0 || byName.length > 0 ? await tx.run('api/search-entities', { query, types: byName, first }) : []),
      ...(byText.length > 0 ? await tx.run('api/search-text', { query, types: byText, first }) : []),
    ];
    if (byText.length === 0) return rows;
    // One hit per entity, best first: a document found by name and by text counts once.
    const best = new Map<string, Row>();
    for (const r of rows) if (Number(best.get(String(r.id))?.score ?? -1) < Number(r.score)) best.set(String(r.id), r);
    return [...best.values()].sort((a, b) => Number(b.score) - Number(a.score)).slice(0, first);
  };
  const exact = await ask(luceneQuery(terms, 'all', { fuzzy: false }));
  if (exact.length > 0) return exact;
  const fuzzy = await ask(luceneQuery(terms, 'all', { fuzzy: true }));
  if (fuzzy.length > 0 || terms.length === 1) return fuzzy;
  return ask(luceneQuery(terms, 'any', { fuzzy: true }));
}

interface SearchArgs {
  text: string;
  types?: string[] | null;
  first?: number | null;
}

export const searchResolvers = {
  Query: {
    search: async (_: unknown, args: SearchArgs, { db }: GraphQLContext) => {
      const first = checkPageSize('first', args.first) ?? 20;
      const terms = searchTerms(args.text);
      if (terms.length === 0) throw new AppError(ErrorCode.BAD_USER_INPUT, 'type at least one letter or digit to search for', { argument: 'text' });
      if (terms.length > 20) throw new AppError(ErrorCode.BAD_USER_INPUT, 'search for at most 20 words at a time', { argument: 'text' });
      const types = args.types ?? [];
      return db.readTx((tx) => searchPasses(tx, terms, types, first));
    },
  },
};
