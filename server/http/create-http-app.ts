// The HTTP surface: the GraphQL API at /graphql and the built client at /.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import type { GraphQLContext } from '../graphql/context.js';
import { buildSchema } from '../graphql/build-schema.js';
import { createErrorFormatter } from '../graphql/format-error.js';
import { isAuthorized } from './authorization.js';

export const CLIENT_DIR = fileURLToPath(new URL('../../dist/client/', import.meta.url));

export interface HttpAppOptions {
  db: Database;
  logger: Logger;
  apiToken?: string | undefined;
  /** Folder of the built client; the API works without it. */
  clientDir?: string;
}

export interface HttpApp {
  app: Express;
  apollo: ApolloServer<GraphQLContext>;
}

/** An Express app with Apollo started; the caller listens and stops. */
export async function createHttpApp(options: HttpAppOptions): Promise<HttpApp> {
  const { db, logger } = options;
  const apollo = new ApolloServer<GraphQLContext>({
    schema: buildSchema(),
    formatError: createErrorFormatter(logger),
    // Apollo's default landing page loads from a CDN, which this product must not need.
    plugins: [ApolloServerPluginLandingPageDisabled()],
    // start-app.ts owns the signals and stops everything in order; Apollo's own handler
    // would race it.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(
    '/graphql',
    express.json({ limit: '6mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({ db, logger, authorized: isAuthorized(req.headers.authorization, options.apiToken) }),
    }),
  );

  const clientDir = options.clientDir ?? CLIENT_DIR;
  if (existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html' }));
    // Client routes are URLs too (shareable links): every other GET gets the app shell.
    app.get(/^\/(?!graphql).*/, (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  } else {
    logger.warn({ clientDir }, 'no built client found; run `npm run build:client` (npm start does it)');
  }
  return { app, apollo };
}
