// The import summary as a person reads it at the end of `npm run ingest`.
import type { ImportReport } from '../ingest/import-documents.js';

/** A few lines: documents, people, merges, possible duplicates, candidates and warnings. */
export function formatReport(report: ImportReport): string {
  const lines = [
    `documents: ${report.imported} imported, ${report.replaced} replaced, ${report.unchanged} unchanged, ${report.rejected} rejected (${(report.durationMs / 1000).toFixed(1)} s)`,
    `people: ${report.newPeople} new, ${report.mergedMentions.length} names merged into existing people; relationships created: ${report.relationshipsCreated}`,
  ];
  for (const m of report.mergedMentions) lines.push(`  merged "${m.name}" into ${m.into} (${m.by}, ${m.document})`);
  if (report.possibleDuplicates.length > 0) lines.push(`possible duplicates (kept apart): ${report.possibleDuplicates.length}`);
  for (const d of report.possibleDuplicates) lines.push(`  ${d.a} ~ ${d.b} score ${d.score}: ${d.reasons.join('; ')}`);
  if (report.candidates.length > 0) lines.push(`names not in the vocabulary (candidates to review): ${[...new Set(report.candidates.map((c) => `${c.name} (${c.kind})`))].join(', ')}`);
  const warnings = report.documents.flatMap((d) => d.warnings.map((w) => `  ${d.filename}: ${w}`));
  if (warnings.length > 0) lines.push(`warnings: ${warnings.length}`, ...warnings);
  for (const d of report.documents.filter((doc) => doc.status === 'rejected')) lines.push(`rejected: ${d.message}`);
  return lines.join('\n');
}
