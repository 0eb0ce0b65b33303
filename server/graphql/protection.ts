// Limits on what one request may ask for: depth, cost, aliases, directives and tokens
// (graphql-armor, as validation rules), and page sizes (page-size-plugin.ts). The Neo4j
// transaction timeout is the last line: Database and @neo4j/graphql both apply it.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { pageSizePlugin } from './page-size-plugin.js';

/** Extension set on errors of the armor rules. */
export const LIMIT_MARKER = 'limitExceeded';

/** Deepest nesting allowed: a connection with its edges' properties and a nested list fits. */
export const MAX_DEPTH = 9;

// Rejections say what the limit is. Apollo stamps every validation error with
// GRAPHQL_VALIDATION_FAILED, so the marker lets format-error.ts give these LIMIT_EXCEEDED.
// A custom onReject replaces armor's own, so it reports the error itself.
const tagLimit = (context: ValidationContext | null, error: GraphQLError): void => {
  Object.assign(error.extensions as Record<string, unknown>, { [LIMIT_MARKER]: true });
  context?.reportError(error);
};

/** Validation rules and plugins for ApolloServer. */
export function protection(): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: MAX_DEPTH, exposeLimits: true, onReject: [tagLimit], propagateOnRejection: false },
    // Armor's cost grows with nesting, not page size (page-size-plugin caps that); 100,000
    // admits the client's matrix and canvas queries and refuses machine-generated sprawl.
    costLimit: { maxCost: 100_000, exposeLimits: true, onReject: [tagLimit], propagateOnRejection: false },
    maxAliases: { n: 30, exposeLimits: true, onReject: [tagLimit], propagateOnRejection: false },
    maxDirectives: { n: 50, exposeLimits: true, onReject: [tagLimit], propagateOnRejection: false },
    maxTokens: { n: 5_000, exposeLimits: true, onReject: [tagLimit], propagateOnRejection: false },
    // Field suggestions ("did you mean …?") help analysts who write their own queries.
    blockFieldSuggestion: { enabled: false },
  });
  const armored = armor.protect();
  return { validationRules: armored.validationRules, plugins: [...armored.plugins, pageSizePlugin()] };
}
