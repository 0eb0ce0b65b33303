// Theme mentions with the first sentence that shows each theme.
import type { Line } from './normalize-text';
import { sentenceAt } from './sentences';
import type { Token } from './tokenize';
import type { ThemeMention } from './types';
import type { Vocabulary } from './vocabulary';

/** Themes triggered in lines[from, to). */
export function scanThemes(lines: Line[], tokens: (i: number) => Token[], from: number, to: number, vocab: Vocabulary): ThemeMention[] {
  const byName = new Map<string, ThemeMention>();
  for (let i = from; i < to; i++) {
    const l = lines[i] as Line;
    if (l.blank) continue;
    for (const m of vocab.theme.findAll(tokens(i))) {
      const t = byName.get(m.value.name);
      if (t) { if (!t.lines?.includes(l.n)) t.lines?.push(l.n); continue; }
      byName.set(m.value.name, { name: m.value.name, evidence: sentenceAt(l.text, m.start, m.end), line: l.n, lines: [l.n] });
    }
  }
  return [...byName.values()];
}
