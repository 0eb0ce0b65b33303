// `health`: the database's version and the graph's size, in one read transaction.
import type { GraphQLContext } from '../context.js';

export const healthResolvers = {
  Query: {
    health: async (_parent: unknown, _args: unknown, { db, cacheDecision }: GraphQLContext) => {
      // A health check asks the database every time, never the response cache.
      cacheDecision.noStore = true;
      return db.readTx(async (tx) => {
        const [info] = await tx.run('health/server-info');
        const [counts] = await tx.run('admin/count-graph');
        return {
          status: 'ok',
          neo4jVersion: String(info?.version ?? ''),
          neo4jEdition: String(info?.edition ?? ''),
          nodes: Number(counts?.nodes ?? 0),
          relationships: Number(counts?.relationships ?? 0),
        };
      });
    },
  },
};
