// `npm run ingest -- <files or folders>`: imports meeting notes, shows progress on stderr and
// ends with a summary. Curation of people:
//   npm run ingest -- --merge <keepId> <otherId> [<otherId> ...]
//   npm run ingest -- --split <personId> "<alias whose facts move to a new person>" (or "<alias>, <affiliation>")
//   npm run ingest -- --alias <personId> "<alias>"
import { parseArgs } from 'node:util';
import { readConfig } from '../config/env.js';
import { openDatabase } from '../db/open-database.js';
import { addAlias, mergePeople, splitPerson } from '../ingest/curation.js';
import { importDocuments } from '../ingest/import-documents.js';
import { readInputs } from '../ingest/read-inputs.js';
import { createLogger } from '../logger.js';
import { formatReport } from './format-report.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { merge: { type: 'boolean' }, split: { type: 'boolean' }, alias: { type: 'boolean' }, json: { type: 'boolean' } },
});

const usage = 'usage: npm run ingest -- <files or folders> | --merge <keepId> <otherId>... | --split <personId> <alias> | --alias <personId> <alias>';
if (positionals.length === 0 || (values.split && positionals.length !== 2) || (values.alias && positionals.length !== 2) || (values.merge && positionals.length < 2)) {
  console.error(usage);
  process.exit(2);
}

const config = readConfig();
const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
const { db, close } = await openDatabase(config, logger);
let exitCode = 0;
try {
  const [first, ...rest] = positionals as [string, ...string[]];
  if (values.merge) console.log(JSON.stringify(await mergePeople(db, first, rest), null, 2));
  else if (values.split) console.log(JSON.stringify(await splitPerson(db, first, rest[0]!), null, 2));
  else if (values.alias) console.log(JSON.stringify(await addAlias(db, first, rest[0]!), null, 2));
  else {
    const inputs = await readInputs(positionals);
    const report = await importDocuments(db, inputs, {
      logger,
      onDocument: (doc, index, total) => {
        const detail = doc.status === 'rejected' ? ` — ${doc.message}` : doc.meetingDate ? ` (${doc.meetingDate}${doc.dateInferred ? ', inferred' : ''})` : '';
        console.error(`[${index + 1}/${total}] ${doc.filename}: ${doc.status}${detail}`);
      },
    });
    console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
    if (report.rejected > 0) exitCode = 1;
  }
} catch (error) {
  console.error(`ingest failed: ${(error as Error).message}`);
  exitCode = 1;
} finally {
  await close();
}
process.exit(exitCode);
