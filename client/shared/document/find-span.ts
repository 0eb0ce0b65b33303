// Which lines to mark: the stored span when there is one, else the lines holding the excerpt
// (the canvas edges carry an excerpt but no line numbers).
import type { DocumentSpan } from '../graphql/api-types.js';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** 1-based [start, end]; [0, -1] when nothing matches. */
export function findSpan(lines: string[], span: DocumentSpan): [number, number] {
  if (span.lineStart) return [span.lineStart, span.lineEnd ?? span.lineStart];
  if (!span.excerpt) return [0, -1];
  // Long excerpts span lines; their opening words are enough to find where they start.
  const head = squash(span.excerpt).slice(0, 40);
  for (let i = 0; i < lines.length; i++) {
    let joined = '';
    for (let j = i; j < Math.min(lines.length, i + 6); j++) {
      joined = squash(`${joined} ${lines[j]}`);
      if (joined.includes(head)) return [i + 1, j + 1];
      if (joined.length > head.length * 3) break;
    }
  }
  return [0, -1];
}
