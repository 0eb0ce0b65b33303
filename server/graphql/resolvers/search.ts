// `search`: ranked hits over every entity kind through the full-text index. All terms are
// required first; when that finds nothing (a damaged word), any term is enough.
import { AppError, ErrorCode } from '../../errors/error-codes.js';
import type { GraphQLContext } from '../context.js';
import { checkPageSize } from '../inputs.js';
import { luceneQuery, searchTerms } from './lucene-query.js';

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
      return db.readTx(async (tx) => {
        const hits = await tx.run('api/search-entities', { query: luceneQuery(terms, 'all'), types, first });
        if (hits.length > 0 || terms.length === 1) return hits;
        return tx.run('api/search-entities', { query: luceneQuery(terms, 'any'), types, first });
      });
    },
  },
};
