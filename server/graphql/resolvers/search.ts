// `search`: ranked hits over every entity kind through the full-text index. All terms are
// required, matched exactly or as prefixes; when that finds nothing (a typo, OCR damage),
// within one edit; when that finds nothing either, any term is enough.
import type { Row, Tx } from '../../db/database.js';
import { AppError, ErrorCode } from '../../errors/error-codes.js';
import type { GraphQLContext } from '../context.js';
import { checkPageSize } from '../inputs.js';
import { luceneQuery, searchTerms } from './lucene-query.js';

/** The passes in order, each only when the one before found nothing. */
export async function searchPasses(tx: Tx, terms: string[], types: string[], first: number): Promise<Row[]> {
  const exact = await tx.run('api/search-entities', { query: luceneQuery(terms, 'all', { fuzzy: false }), types, first });
  if (exact.length > 0) return exact;
  const fuzzy = await tx.run('api/search-entities', { query: luceneQuery(terms, 'all', { fuzzy: true }), types, first });
  if (fuzzy.length > 0 || terms.length === 1) return fuzzy;
  return tx.run('api/search-entities', { query: luceneQuery(terms, 'any', { fuzzy: true }), types, first });
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
