import { readFileSync, readdirSync } from 'node:fs';
import { loadVocabulary } from './vocabulary';
import { normalizeText } from './normalize-text';
import { tokenize } from './tokenize';
import { findDateRefs } from './date-refs';
const vocab = loadVocabulary();
const dir = '/work/main/seed/corpus/';
const docs = readdirSync(dir).map((f) => readFileSync(dir + f, 'utf8'));
function time(label: string, fn: (d: string) => void) {
  for (let i = 0; i < 100; i++) fn(docs[i % 5]!);
  const c0 = process.cpuUsage();
  for (let i = 0; i < 1000; i++) fn(docs[i % 5]!);
  console.log(label, ((process.cpuUsage(c0).user) / 1000).toFixed(1), 'µs/doc');
}
time('normalize', (d) => normalizeText(d));
time('tokenize', (d) => { for (const l of normalizeText(d)) tokenize(l.text); });
time('match muni', (d) => { for (const l of normalizeText(d)) vocab.municipality.findAll(tokenize(l.text)); });
time('match all', (d) => { for (const l of normalizeText(d)) { const t = tokenize(l.text); for (const m of [vocab.municipality, vocab.organisation, vocab.project, vocab.theme, vocab.network]) m.findAll(t); } });
time('dates', (d) => { for (const l of normalizeText(d)) findDateRefs(l.text); });
