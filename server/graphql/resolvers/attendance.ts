// Questions about who attends: people linking two networks, and frequent attendees.
import { fromCypher } from '../../db/values.js';
import type { GraphQLContext } from '../context.js';
import { checkPageSize, checkRange, checkYears } from '../inputs.js';
import { requireEntities } from './entities-by-id.js';

interface FrequentArgs {
  minMeetings?: number | null;
  networkId?: string | null;
  from?: number | null;
  to?: number | null;
  first?: number | null;
}

export const attendanceResolvers = {
  // Network.attendees is a @cypher field: the library converts the row's own integers but not
  // those in a list inside it, which GraphQL's Int refuses.
  AttendeeCount: {
    years: (row: { years: unknown[] }) => row.years.map(fromCypher),
  },
  Query: {
    networkBridges: async (_: unknown, args: { networkA: string; networkB: string }, { db }: GraphQLContext) =>
      db.readTx(async (tx) => {
        await requireEntities(tx, [args.networkA, args.networkB]);
        const rows = await tx.run('api/network-bridges', { networkA: args.networkA, networkB: args.networkB });
        return rows.map((row) => ({ ...row, person: { id: row.id, type: 'Person', name: row.name } }));
      }),
    frequentAttendees: async (_: unknown, args: FrequentArgs, { db }: GraphQLContext) => {
      const { from, to } = checkYears(args.from, args.to);
      const minMeetings = checkRange('minMeetings', args.minMeetings ?? 3, 1, 10_000);
      const first = checkPageSize('first', args.first) ?? 100;
      return db.readTx(async (tx) => {
        if (args.networkId) await requireEntities(tx, [args.networkId]);
        return tx.run('api/frequent-attendees', { minMeetings, networkId: args.networkId ?? null, from, to, first });
      });
    },
  },
};
