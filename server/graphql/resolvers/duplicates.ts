// `possibleDuplicates`: the look-alike pairs the importer kept apart, listed once each, for a
// curator to merge (mergePeople) or leave. Person.possibleDuplicates answers the same for one
// person; this is the whole worklist without fetching every person.
import { AppError, ErrorCode } from '../../errors/error-codes.js';
import type { GraphQLContext } from '../context.js';
import { checkPageSize } from '../inputs.js';

interface Side {
  id: string;
  name: string;
  aliases: string[];
  affiliations: string[];
  meetings: unknown[];
}

const asSide = (side: Side) => ({ ...side, person: { id: side.id, type: 'Person', name: side.name } });

export const duplicateResolvers = {
  Query: {
    possibleDuplicates: async (_: unknown, args: { minScore?: number | null; first?: number | null }, { db }: GraphQLContext) => {
      const minScore = args.minScore ?? 0;
      if (minScore < 0 || minScore > 1) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, `minScore is ${minScore}; scores run from 0 to 1`, { argument: 'minScore' });
      }
      const first = checkPageSize('first', args.first) ?? 100;
      const rows = await db.read('api/possible-duplicates', { minScore, first });
      return rows.map((row) => ({ score: row.score, reasons: row.reasons, a: asSide(row.a as Side), b: asSide(row.b as Side) }));
    },
  },
};
