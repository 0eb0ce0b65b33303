// /graphiql: the bundled GraphQL console (built by `npm run build:graphiql` into dist/graphiql).
import { fileURLToPath } from 'node:url';
import type { Express } from 'express';
import type { Logger } from '../logger.js';
import { serveBuilt } from './serve-built.js';

export const GRAPHIQL_DIR = fileURLToPath(new URL('../../dist/graphiql/', import.meta.url));

/** Mounts the console, or a page that says how to build it. */
export function serveGraphiql(app: Express, logger: Logger, dir: string = GRAPHIQL_DIR): void {
  serveBuilt(app, { what: 'The GraphQL console', dir, buildScript: 'build:graphiql', mount: '/graphiql', routes: /^\/graphiql(\/.*)?$/ }, logger);
}
