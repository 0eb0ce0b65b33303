// The HTTP surface: the GraphQL API at /graphql, its console at /graphiql and the built client at /.
import type { RequestListener } from 'node:http';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import compression from 'compression';
import express from 'express';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import type { GraphQLContext } from '../graphql/context.js';
import { buildSchema } from '../graphql/build-schema.js';
import { createErrorFormatter } from '../graphql/format-error.js';
import { protection } from '../graphql/protection.js';
import { isAuthorized } from './authorization.js';
import { graphqlEndpoint, isGraphqlPath } from './graphql-endpoint.js';
import { COMPRESS_MIN_BYTES, ResponseCache, type ResponseCacheOptions } from './response-cache.js';
import { serveBuilt } from './serve-built.js';
import { serveGraphiql } from './serve-graphiql.js';

// The default of QUERY_TIMEOUT_MS in config/env.ts, for callers that do not pass it.
const DEFAULT_QUERY_TIMEOUT_MS = 15_000;

export const CLIENT_DIR = fileURLToPath(new URL('../../dist/client/', import.meta.url));

export interface HttpAppOptions {
  db: Database;
  logger: Logger;
  apiToken?: string | undefined;
  /** Server-side limit of the transactions @neo4j/graphql opens (Database applies its own). */
  queryTimeoutMs?: number;
  /** Answers kept for repeated read queries; off when unset. */
  responseCache?: ResponseCacheOptions;
  /** Folder of the built client; the API works without it. */
  clientDir?: string;
}

export interface HttpApp {
  /** For http.createServer: /graphql to the GraphQL endpoint, everything else to Express. */
  handler: RequestListener;
  apollo: ApolloServer<GraphQLContext>;
}

/** The request handler with Apollo started; the caller listens and stops. */
export async function createHttpApp(options: HttpAppOptions): Promise<HttpApp> {
  const { db, logger } = options;
  const limits = protection();
  const cache = new ResponseCache(db, options.responseCache ?? { maxMb: 0, ttlSeconds: 1, checkSeconds: 0 }, logger);
  const apollo = new ApolloServer<GraphQLContext>({
    schema: await buildSchema(db),
    formatError: createErrorFormatter(logger),
    validationRules: limits.validationRules,
    // Apollo's default landing page loads from a CDN, which this product must not need;
    // the console is the bundled GraphiQL at /graphiql.
    // Cache hints per field are not used (the response cache decides per answer) and would
    // cost a callback for every field resolved.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), ...limits.plugins, cache.plugin],
    // start-app.ts owns the signals and stops everything in order; Apollo's own handler
    // would race it.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const graphql = graphqlEndpoint({
    apollo,
    cache,
    logger,
    context: (req, decision) => ({
      cacheDecision: decision,
      db,
      logger,
      authorized: isAuthorized(req.headers.authorization, options.apiToken),
      sessionConfig: { database: db.databaseName },
      transaction: { timeout: options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS },
    }),
  });

  const app = express();
  app.disable('x-powered-by');
  // The client's files and the console go gzipped to clients that accept it (every browser);
  // /graphql compresses its own answers (graphql-endpoint.ts).
  app.use(compression({ threshold: COMPRESS_MIN_BYTES }));
  serveGraphiql(app, logger);

  // Client routes are URLs too (shareable links): every other GET gets the app shell.
  serveBuilt(app, { what: 'The explorer', dir: options.clientDir ?? CLIENT_DIR, buildScript: 'build:client', mount: '', routes: /^\/(?!graphql).*/ }, logger);
  const handler: RequestListener = (req, res) => {
    if (isGraphqlPath(req.url)) void graphql(req, res);
    else app(req, res);
  };
  return { handler, apollo };
}
