// /graphiql: the bundled GraphQL console (built by `npm run build:graphiql` into dist/graphiql).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import type { Logger } from '../logger.js';

export const GRAPHIQL_DIR = fileURLToPath(new URL('../../dist/graphiql/', import.meta.url));

/** Mounts the console, or a page that says how to build it. */
export function serveGraphiql(app: Express, logger: Logger, dir: string = GRAPHIQL_DIR): void {
  if (existsSync(path.join(dir, 'index.html'))) {
    app.use('/graphiql', express.static(dir, { index: 'index.html' }));
    return;
  }
  logger.warn({ dir }, 'no built GraphQL console found; run `npm run build:graphiql` (npm start does it)');
  app.get(/^\/graphiql(\/.*)?$/, (_req, res) => {
    res.status(503).type('text/plain').send('The GraphQL console is not built: run `npm run build:graphiql`, then reload.');
  });
}
