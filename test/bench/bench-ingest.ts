// Ingest benchmark (issue 4): extraction throughput on one core, and import throughput into a
// real Neo4j for 1,000 and 10,000 synthetic notes, each on an empty database.
// Usage: npm run bench:ingest [-- --quick] [--import-only | --extract-only] [--sizes 1000,10000];
// BENCH_SEED picks other (still deterministic) notes. --import-only skips the extraction passes,
// --extract-only measures extraction alone without starting Neo4j, --sizes picks the import
// sizes: on a shared machine, repeated runs of one part are what a before/after comparison needs.
// Progress goes to stderr; stdout ends with one JSON line for scripts to read.
import { importDocuments, type ImportReport } from '../../server/ingest/import-documents.js';
import { extractDocument, loadVocabulary, type Vocabulary } from '../../server/ingest/parse/index.js';
import { generateNotes } from './synthetic/generate-notes.js';
import { readBenchSeed } from './support/bench-seed.js';
import { printResult, progress, runBenchmark, timed } from './support/progress.js';
import { median, round } from './support/stats.js';
import { ownCpuSeconds, processCpuSeconds } from './support/cpu-time.js';
import { withLocalNeo4j } from './support/with-local-neo4j.js';
import { parseIngestArgs } from './support/ingest-args.js';
import type { Database } from '../../server/db/database.js';

const BENCH = 'ingest';

const defaults = {
  /** Notes per extraction pass. */
  extractNotes: 1_000,
  /** Timed passes, each over notes of its own; the median is reported. */
  extractPasses: 5,
  /**
   * Untimed passes first, over other notes: throughput climbs for three or four passes while
   * V8 optimises (about 180 notes/s cold), and an import of thousands of notes runs warm.
   */
  extractWarmupPasses: 3,
  /** Database sizes of the full run and of `--quick`. */
  sizes: [1_000, 10_000],
  quickSizes: [200, 1_000],
  /** The targets of issue 4 on the 2-core reference machine. */
  targetExtractNotesPerSec: 2_000,
  targetImport10kSec: 60,
};

interface ImportFigures {
  notes: number;
  seconds: number;
  notesPerSec: number;
  relationshipsCreated: number;
  relationshipsPerSec: number;
  nodes: number;
  relationships: number;
  imported: number;
  rejected: number;
  /** CPU seconds spent by Node (extraction, resolution, driver) and by Neo4j during the import. */
  nodeCpuSec: number;
  neo4jCpuSec: number | null;
}

const say = (message: string) => progress(BENCH, message);

/**
 * Notes per second of a plain synchronous loop: the median of the timed passes, after the
 * warm-up passes. Every pass reads notes no other pass reads, so no pass is helped by what an
 * earlier one left in the extraction's memos.
 */
// Also per CPU second: on a shared machine wall time includes waiting for a core.
function benchExtraction(passTexts: { filename: string; text: string }[][], vocabulary: Vocabulary): { notesPerSec: number; notesPerCpuSec: number; passes: number[] } {
  const pass = (texts: { filename: string; text: string }[]): { wall: number; cpu: number } => {
    const started = performance.now();
    const cpu = ownCpuSeconds();
    for (const { filename, text } of texts) extractDocument(text, { filename, vocabulary });
    return { wall: texts.length / ((performance.now() - started) / 1000), cpu: texts.length / (ownCpuSeconds() - cpu) };
  };
  const warmup = passTexts.slice(0, defaults.extractWarmupPasses);
  const timed = passTexts.slice(defaults.extractWarmupPasses);
  for (const texts of warmup) pass(texts);
  const passes: { wall: number; cpu: number }[] = [];
  for (const [i, texts] of timed.entries()) {
    const p = pass(texts);
    passes.push(p);
    say(`extraction pass ${i + 1}/${timed.length}: ${p.wall.toFixed(0)} notes/s (${p.cpu.toFixed(0)} per CPU second)`);
  }
  return { notesPerSec: median(passes.map((p) => p.wall)), notesPerCpuSec: median(passes.map((p) => p.cpu)), passes: passes.map((p) => p.wall) };
}

async function countGraph(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read('admin/count-graph');
  return { nodes: Number(row?.nodes ?? 0), relationships: Number(row?.relationships ?? 0) };
}

async function wipe(db: Database): Promise<void> {
  const { ms } = await timed(() => db.write('admin/delete-all'));
  const left = await countGraph(db);
  if (left.nodes > 0) throw new Error(`the database still holds ${left.nodes} nodes after admin/delete-all`);
  say(`database emptied in ${(ms / 1000).toFixed(1)} s`);
}

async function benchImport(db: Database, neo4jPid: number, count: number, seed: number, vocabulary: Vocabulary): Promise<ImportFigures> {
  const generated = await timed(() => generateNotes({ count, seed }));
  const inputs = generated.result.map((note) => ({ filename: note.filename, content: note.text }));
  say(`generated ${count} notes in ${(generated.ms / 1000).toFixed(1)} s; importing`);
  const step = Math.max(1, Math.round(count / 10));
  const started = performance.now();
  const nodeCpu = ownCpuSeconds();
  const neo4jCpu = processCpuSeconds(neo4jPid);
  const { result: report, ms } = await timed<ImportReport>(() =>
    importDocuments(db, inputs, {
      vocabulary,
      onDocument: (_entry, index, total) => {
        if ((index + 1) % step === 0) say(`  ${index + 1}/${total} notes, ${(((index + 1) * 1000) / (performance.now() - started)).toFixed(0)} notes/s so far`);
      },
    }),
  );
  const nodeCpuSec = ownCpuSeconds() - nodeCpu;
  const neo4jNow = processCpuSeconds(neo4jPid);
  const neo4jCpuSec = neo4jCpu === null || neo4jNow === null ? null : neo4jNow - neo4jCpu;
  if (report.rejected > 0) {
    const reasons = [...new Set(report.documents.filter((d) => d.status === 'rejected').map((d) => d.reason))];
    say(`warning: ${report.rejected} of ${count} notes were rejected (${reasons.join(', ')})`);
  }
  const graph = await countGraph(db);
  const seconds = ms / 1000;
  return {
    notes: count,
    seconds,
    notesPerSec: count / seconds,
    relationshipsCreated: report.relationshipsCreated,
    relationshipsPerSec: report.relationshipsCreated / seconds,
    ...graph,
    imported: report.imported,
    rejected: report.rejected,
    nodeCpuSec,
    neo4jCpuSec,
  };
}

type ExtractionFigures = ReturnType<typeof benchExtraction>;

/** The report's extraction line, without the verdict. */
function extractionLine(extraction: ExtractionFigures): string {
  return `  extraction   ${extraction.notesPerSec.toFixed(0)} notes/s on one core, ${extraction.notesPerCpuSec.toFixed(0)} per CPU second (median of ${extraction.passes.length} passes over ${defaults.extractNotes} notes: ${extraction.passes.map((p) => p.toFixed(0)).join(', ')}); target ≥ ${defaults.targetExtractNotesPerSec}`;
}

/** The figures of an --extract-only run: extraction alone, no database started. */
function printExtraction(seed: number, extraction: ExtractionFigures): void {
  const ok = extraction.notesPerSec >= defaults.targetExtractNotesPerSec;
  process.stdout.write(`Ingest benchmark (seed ${seed}, --extract-only)\n`);
  process.stdout.write(`${extractionLine(extraction)} ${ok ? 'met' : 'MISSED'}\n`);
  printResult({
    bench: BENCH,
    extractNotesPerSec: round(extraction.notesPerSec, 1),
    extractNotesPerCpuSec: round(extraction.notesPerCpuSec, 1),
    extractPasses: extraction.passes.map((p) => round(p, 1)),
    seed,
    extractOnly: true,
    targetsMet: { extraction: ok },
  });
}

async function main(): Promise<void> {
  const { quick, importOnly, extractOnly, sizes } = parseIngestArgs(process.argv.slice(2), defaults);
  const seed = readBenchSeed();
  const vocabulary = loadVocabulary();

  let extraction: ExtractionFigures | null = null;
  if (!importOnly) {
    const passCount = defaults.extractWarmupPasses + defaults.extractPasses;
    say(`seed ${seed}; extraction: ${defaults.extractWarmupPasses} warm-up and ${defaults.extractPasses} timed passes, each over ${defaults.extractNotes} notes of its own, one core`);
    const notes = generateNotes({ count: passCount * defaults.extractNotes, seed }).map((n) => ({ filename: n.filename, text: n.text.normalize('NFC') }));
    const passTexts = Array.from({ length: passCount }, (_, i) => notes.slice(i * defaults.extractNotes, (i + 1) * defaults.extractNotes));
    extraction = benchExtraction(passTexts, vocabulary);
    if (extractOnly) {
      printExtraction(seed, extraction);
      return;
    }
  }

  const imports = await withLocalNeo4j({ onProgress: say }, async ({ db, pid }) => {
    const results: ImportFigures[] = [];
    for (const [i, count] of sizes.entries()) {
      if (i > 0) await wipe(db);
      say(`import of ${count} notes into an empty database`);
      results.push(await benchImport(db, pid, count, seed, vocabulary));
    }
    return results;
  });

  const bySize = (n: number) => imports.find((r) => r.notes === n);
  const largest = imports[imports.length - 1]!;
  const i1k = bySize(1_000);
  const i10k = bySize(10_000);

  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`Ingest benchmark (seed ${seed}${quick ? ', --quick' : ''}${importOnly ? ', --import-only' : ''})`);
  if (extraction) out(extractionLine(extraction));
  for (const r of imports) {
    out(`  import ${String(r.notes).padStart(6)}  ${r.seconds.toFixed(1)} s, ${r.notesPerSec.toFixed(0)} notes/s, ${r.relationshipsPerSec.toFixed(0)} relationships/s; graph: ${r.nodes} nodes, ${r.relationships} relationships${r.rejected ? `; ${r.rejected} rejected` : ''}`);
    out(`                CPU: Node ${r.nodeCpuSec.toFixed(1)} s, Neo4j ${r.neo4jCpuSec === null ? '?' : r.neo4jCpuSec.toFixed(1)} s`);
  }
  const extractOk = extraction ? extraction.notesPerSec >= defaults.targetExtractNotesPerSec : null;
  const importOk = i10k ? i10k.seconds < defaults.targetImport10kSec : null;
  const verdict = (ok: boolean | null) => (ok === null ? 'not run' : ok ? 'met' : 'MISSED');
  out(`  targets      extraction ${verdict(extractOk)}; 10,000-note import ${verdict(importOk)} (< ${defaults.targetImport10kSec} s)`);

  printResult({
    bench: BENCH,
    extractNotesPerSec: extraction ? round(extraction.notesPerSec, 1) : null,
    import1kSec: i1k ? round(i1k.seconds) : null,
    import10kSec: i10k ? round(i10k.seconds) : null,
    relationshipsPerSec: round(largest.relationshipsPerSec, 1),
    import1kNotesPerSec: i1k ? round(i1k.notesPerSec, 1) : null,
    import10kNotesPerSec: i10k ? round(i10k.notesPerSec, 1) : null,
    nodes: largest.nodes,
    relationships: largest.relationships,
    relationshipsCreated: largest.relationshipsCreated,
    rejected: largest.rejected,
    sizes: imports.map((r) => ({ notes: r.notes, sec: round(r.seconds), notesPerSec: round(r.notesPerSec, 1), relationshipsPerSec: round(r.relationshipsPerSec, 1), nodes: r.nodes, relationships: r.relationships, rejected: r.rejected, nodeCpuSec: round(r.nodeCpuSec, 1), neo4jCpuSec: r.neo4jCpuSec === null ? null : round(r.neo4jCpuSec, 1) })),
    extractNotesPerCpuSec: extraction ? round(extraction.notesPerCpuSec, 1) : null,
    extractPasses: extraction ? extraction.passes.map((p) => round(p, 1)) : [],
    seed,
    quick,
    targetsMet: { extraction: extractOk, import10k: importOk },
  });
}

runBenchmark(BENCH, main);
