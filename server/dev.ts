// `npm run dev`: the API as `npm start` runs it, plus Vite's dev server for the client with
// hot reload; Vite forwards /graphql and /graphiql to the API (vite.config.ts).
import { createServer } from 'vite';
import { readConfig } from './config/env.js';
import { createLogger } from './logger.js';
import { startApp } from './start-app.js';

const config = readConfig();
const logger = createLogger(config.LOG_LEVEL);
const app = await startApp(config, logger);
const vite = await createServer({ configFile: new URL('../vite.config.ts', import.meta.url).pathname });
await vite.listen();
vite.printUrls();

const stop = async (): Promise<void> => {
  await vite.close();
  await app.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
