// One running explorer for the whole browser run: the built client, a fresh Neo4j and the
// seed corpus imported through the real ingest (see support/start-explorer.ts).
import type { TestProject } from 'vitest/node';
import { startExplorer } from './support/start-explorer.js';

declare module 'vitest' {
  export interface ProvidedContext {
    explorerUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const explorer = await startExplorer();
  project.provide('explorerUrl', explorer.url);
  return () => explorer.stop();
}
