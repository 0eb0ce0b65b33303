// Everything after the graph exists: choose inputs, start the API, measure each scenario
// through it and through the driver, stop the API (also on failure).
import type { Database } from '../../../server/db/database.js';
import { measure, type ScenarioFigures } from './measure.js';
import { pickInputs } from './pick-inputs.js';
import { scenarios } from './scenarios.js';
import { startApi } from './start-api.js';

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
  const api = await startApi(options.uri, options.inProcess);
  say(`API up at ${api.url} (${options.inProcess ? 'in this process' : `child process ${api.pid}`})`);
  try {
    const results: Record<string, ScenarioFigures> = {};
    for (const scenario of scenarios(inputs)) {
      results[scenario.name] = await measure(scenario, { ...options, url: api.url, apiPid: api.pid });
    }
    return results;
  } finally {
    await api.stop();
  }
}
