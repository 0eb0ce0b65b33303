// Everything after the graph exists: choose inputs, start the API twice (as served, and with
// its response cache off), measure each scenario through both and through the driver, stop
// the APIs (also on failure).
import type { Database } from '../../../server/db/database.js';
import { measure, type ScenarioFigures } from './measure.js';
import { pickInputs } from './pick-inputs.js';
import { scenarios } from './scenarios.js';
import { startApi, type BenchApi } from './start-api.js';

export interface RunOptions {
  uri: string;
  db: Database;
  neo4jPid: number;
  inProcess: boolean;
  connections: number;
  warmupSec: number;
  durationSec: number;
  rounds: number;
  say: (message: string) => void;
}

/** Figures per scenario name, in the order measured. */
export async function runScenarios(options: RunOptions): Promise<Record<string, ScenarioFigures>> {
  const { say } = options;
  const inputs = await pickInputs(options.db);
  say(`inputs: ${inputs.searchTexts.length} search texts (${inputs.searchTexts.slice(0, 6).join(' | ')} …); neighbourhoods of ${inputs.neighborhoodIds.join(', ')}; ${inputs.themeIds.length} themes`);
  const uncached = await startApi(options.uri, { inProcess: options.inProcess, cache: false });
  try {
    const cached = await startApi(options.uri, { inProcess: options.inProcess, cache: true });
    try {
      const where = (api: BenchApi) => (options.inProcess ? 'in this process' : `child process ${api.pid}`);
      say(`API up at ${cached.url} (${where(cached)}) and without its response cache at ${uncached.url} (${where(uncached)})`);
      const results: Record<string, ScenarioFigures> = {};
      for (const scenario of scenarios(inputs)) {
        results[scenario.name] = await measure(scenario, { ...options, cached, uncached });
      }
      return results;
    } finally {
      await cached.stop();
    }
  } finally {
    await uncached.stop();
  }
}
