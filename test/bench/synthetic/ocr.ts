// Damage of the kind OCR of scanned PDFs leaves in the corpus (see corpus 000): broken
// diacritics (Géteborg, Ockerd, Kungalv), stray bullet signs (¢ » v'), lost markdown,
// hard line wraps and the odd U+FFFD.
import type { Rng } from './prng.js';

const SWAPS: Record<string, readonly string[]> = {
  ö: ['o', 'o', 'o', 'o', 'é', 'é', 'd'],
  ä: ['a', 'a', 'a', 'a', 'é', 'd'],
  å: ['a', 'a', 'a', 'a', 'a', 'd'],
  Ö: ['O', 'O', 'O'],
  Ä: ['A'],
  Å: ['A'],
};
const BULLETS = ['¢ ', '» ', "v' ", 'v" ', 'o ', 'e ', '- '];

export const defaults = {
  /** Share of diacritics that come out wrong. */
  swapRate: 0.85,
  /** Longest line before a hard wrap, as in a PDF's text layer. */
  wrapAt: 72,
};

function stripMarkdown(line: string): string | null {
  if (/^\|[-| ]+\|$/.test(line)) return null;
  let out = line.replace(/^#+ /, '').replaceAll('***', '').replaceAll('**', '').replace(/ {2}$/, '');
  if (out.startsWith('|')) out = out.replace(/^\| /, '').replace(/ \|$/, '').replaceAll(' | ', ', ');
  return out;
}

function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    const cut = rest.lastIndexOf(' ', width);
    if (cut <= 0) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  out.push(rest);
  return out;
}

/** Returns the text as a poor OCR pass would have produced it. */
export function ocrDamage(rng: Rng, text: string): string {
  const wraps = rng.chance(0.7);
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const stripped = stripMarkdown(raw);
    if (stripped === null) continue;
    const bulleted = stripped.replace(/^- /, () => rng.pick(BULLETS));
    let damaged = '';
    for (const ch of bulleted) {
      const swaps = SWAPS[ch];
      damaged += swaps && rng.chance(defaults.swapRate) ? rng.pick(swaps) : ch;
    }
    lines.push(...(wraps ? wrap(damaged, defaults.wrapAt) : [damaged]));
  }
  let out = lines.join('\n');
  if (rng.chance(0.5)) {
    const at = out.search(/[–”’]/);
    if (at >= 0) out = `${out.slice(0, at)}\uFFFD${out.slice(at + 1)}`;
    else {
      const dot = out.indexOf('. ', Math.floor(out.length / 2));
      if (dot >= 0) out = `${out.slice(0, dot)}\uFFFD${out.slice(dot + 1)}`;
    }
  }
  return out;
}
