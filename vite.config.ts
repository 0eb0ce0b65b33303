/// <reference types="vitest/config" />
// One config for the client build (Vite) and the three test projects (Vitest).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: `${root}client`,
  plugins: [react()],
  build: {
    outDir: `${root}dist/client`,
    emptyOutDir: true,
    // One bundle (React, Cytoscape and its layouts, ~830 kB) served from the same machine:
    // splitting it would buy nothing but more requests.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npm run dev` serves the client with hot reload and forwards API calls to the server.
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/graphiql': 'http://127.0.0.1:4000' },
  },
  test: {
    root,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          // Suites share one database; running them one file at a time keeps wipes from colliding.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          // Builds the client, starts Neo4j and the app, imports the seed corpus: once per run.
          globalSetup: ['test/browser/global-setup.ts'],
          // One app and one Chromium at a time keeps the machine responsive and timings honest.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 240_000,
          // A shared two-core machine can take seconds to render; polls wait for the screen
          // to settle instead of failing after Vitest's default second.
          expect: { poll: { timeout: 20_000, interval: 100 } },
        },
      },
    ],
  },
});
