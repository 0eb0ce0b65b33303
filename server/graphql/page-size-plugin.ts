// Refuses any `first` or `limit` above MAX_PAGE_SIZE before anything runs, whether written
// in the query or passed as a variable, on the generated entity API and domain queries alike.
// (@neo4j/graphql's @limit would cap silently; an analyst should hear that the page was cut.)
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ValueNode } from 'graphql';
import { ErrorCode } from '../errors/error-codes.js';
import { MAX_PAGE_SIZE } from './inputs.js';

const PAGE_ARGUMENTS = new Set(['first', 'limit']);

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return undefined;
}

/** The Apollo plugin. */
export function pageSizePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const variables = request.variables ?? {};
          visit(document, {
            Argument(node) {
              if (!PAGE_ARGUMENTS.has(node.name.value)) return;
              const value = valueOf(node.value, variables);
              if (typeof value === 'number' && value > MAX_PAGE_SIZE) {
                throw new GraphQLError(
                  `${node.name.value}: ${value} is above the maximum page size of ${MAX_PAGE_SIZE}; ask for at most ${MAX_PAGE_SIZE} and page on with the cursor (after:) or offset`,
                  { nodes: [node], extensions: { code: ErrorCode.LIMIT_EXCEEDED, max: MAX_PAGE_SIZE, http: { status: 400 } } },
                );
              }
            },
          });
        },
      };
    },
  };
}
