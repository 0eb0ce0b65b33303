// The one way the client talks to the API: POST /graphql, typed data, and errors that keep
// the server's `extensions.code` so views can tell "fix your input" from "try again later".
import type { ErrorCode } from '../../../server/errors/error-codes.js';

export type ClientErrorCode = ErrorCode | 'NETWORK' | 'GRAPHQL_VALIDATION_FAILED' | 'BAD_RESPONSE' | (string & {});

/** An API or network failure with a code the UI can map to advice. */
export class GraphQLRequestError extends Error {
  override name = 'GraphQLRequestError';
  constructor(
    readonly code: ClientErrorCode,
    message: string,
    readonly path?: readonly (string | number)[],
  ) {
    super(message);
  }
}

interface Body<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** Runs one query; rejects with GraphQLRequestError on any error in the answer. */
export async function graphqlRequest<T, V extends object = Record<string, unknown>>(
  query: string,
  variables?: V,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GraphQLRequestError('NETWORK', String(error));
  }
  let body: Body<T>;
  try {
    body = (await response.json()) as Body<T>;
  } catch {
    throw new GraphQLRequestError('BAD_RESPONSE', `HTTP ${response.status}: not a GraphQL answer`);
  }
  const first = body.errors?.[0];
  if (first) throw new GraphQLRequestError(first.extensions?.code ?? 'INTERNAL', first.message, first.path);
  if (!body.data) throw new GraphQLRequestError('BAD_RESPONSE', `HTTP ${response.status}: no data`);
  return body.data;
}
