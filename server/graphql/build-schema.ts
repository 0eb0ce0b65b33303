// Puts the API's schema together from schema.graphql and the resolvers.
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { healthResolvers } from './resolvers/health.js';

const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

/** The executable schema the HTTP server serves. */
export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs, resolvers: [healthResolvers] });
}
