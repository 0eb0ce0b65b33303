// Refuses any `first` or `limit` above MAX_PAGE_SIZE before anything runs, whether written
// in the query or passed as a variable, on the generated entity API and domain queries alike.
// (@neo4j/graphql's @limit would cap silently; an analyst should hear that the page was cut.)
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, Kind, visit, type ArgumentNode, type DocumentNode, type ValueNode } from 'graphql';
import { ErrorCode } from '../errors/error-codes.js';
import { MAX_PAGE_SIZE } from './inputs.js';

const PAGE_ARGUMENTS = new Set(['first', 'limit']);

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return undefined;
}

// Apollo keeps one parsed document per distinct query text, so the page arguments are found
// once per query; each request then only looks up its own variables.
const pageArgumentsOf = new WeakMap<DocumentNode, ArgumentNode[]>();

function pageArguments(document: DocumentNode): ArgumentNode[] {
  let found = pageArgumentsOf.get(document);
  if (!found) {
    const args: ArgumentNode[] = [];
    visit(document, {
      Argument(node) {
        if (PAGE_ARGUMENTS.has(node.name.value)) args.push(node);
      },
    });
    pageArgumentsOf.set(document, args);
    found = args;
  }
  return found;
}

// No per-request state: the same listener serves every request.
const listener: GraphQLRequestListener<BaseContext> = {
  async didResolveOperation({ document, request }) {
    const variables = request.variables ?? {};
    for (const node of pageArguments(document)) {
      const value = valueOf(node.value, variables);
      if (typeof value === 'number' && value > MAX_PAGE_SIZE) {
        throw new GraphQLError(
          `${node.name.value}: ${value} is above the maximum page size of ${MAX_PAGE_SIZE}; ask for at most ${MAX_PAGE_SIZE} and page on with the cursor (after:) or offset`,
          { nodes: [node], extensions: { code: ErrorCode.LIMIT_EXCEEDED, max: MAX_PAGE_SIZE, http: { status: 400 } } },
        );
      }
    }
  },
};

/** The Apollo plugin. */
export function pageSizePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
