// Serves a Vite build from dist/. Whether it exists is checked per request, not at start:
// `npm start` builds while the server starts, and a rebuild empties the folder for a moment.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import type { Logger } from '../logger.js';

export interface BuiltApp {
  /** What it is, for messages: "the explorer", "the GraphQL console". */
  what: string;
  dir: string;
  /** The npm script that builds it. */
  buildScript: string;
  /** URL prefix it is mounted at ('' for the root). */
  mount: string;
  /** GET paths that are the app's own routes (shareable links) and get its index.html. */
  routes: RegExp;
}

export function serveBuilt(app: Express, built: BuiltApp, logger: Logger): void {
  const shell = path.join(built.dir, 'index.html');
  let warned = false;
  app.use(built.mount || '/', express.static(built.dir, { index: 'index.html' }));
  app.get(built.routes, (_req, res) => {
    if (existsSync(shell)) return res.sendFile(shell);
    if (!warned) logger.warn({ dir: built.dir }, `${built.what} is not built; \`npm start\` builds it, or run \`npm run ${built.buildScript}\``);
    warned = true;
    res.status(503).type('text/plain').send(`${built.what} is not built yet: \`npm start\` builds it (reload in a few seconds), or run \`npm run ${built.buildScript}\`.`);
  });
}
