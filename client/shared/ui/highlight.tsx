// Marks the words a fact is about inside its excerpt, so the reader finds the reason fast.
// Matching ignores case and diacritics because the notes are often OCR-damaged.
import { Fragment, type ReactNode } from 'react';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Returns `text` with every occurrence of any term wrapped in <mark>. */
export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  // Long terms also match by their stem, so inflected forms (Yrkesresa, Mini-Marior) are marked too.
  const wanted = terms.map(fold).filter((t) => t.length >= 3).flatMap((t) => (t.length >= 6 ? [t, t.slice(0, -2)] : [t]));
  if (wanted.length === 0) return <>{text}</>;
  // Fold char by char so indexes in the folded text match the original.
  const folded = Array.from(text, (c) => fold(c).slice(0, 1) || c).join('');
  const ranges: [number, number][] = [];
  for (const term of wanted) {
    for (let i = folded.indexOf(term); i >= 0; i = folded.indexOf(term, i + term.length)) ranges.push([i, i + term.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    parts.push(<Fragment key={`t${start}`}>{text.slice(at, start)}</Fragment>, <mark key={`m${start}`}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(<Fragment key="rest">{text.slice(at)}</Fragment>);
  return <>{parts}</>;
}
