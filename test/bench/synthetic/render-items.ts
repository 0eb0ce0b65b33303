// Writes agenda items in one of the heading styles seen in the corpus.
import type { ItemStyle } from './layouts/layout.js';
import type { Rng } from './prng.js';
import type { AgendaItem } from './types.js';

function heading(rng: Rng, style: ItemStyle, n: number, title: string): string {
  switch (style) {
    case 'md-numbered': return rng.chance(0.8) ? `### ${n}. ${title}` : `## **${n}. ${title}**`;
    case 'bold-numbered': return rng.chance(0.85) ? `**${n}. ${title}**` : `### ${n}. ${title}`;
    case 'plain-numbered': return `${n}. ${title}`;
    case 'bold-bullet': return rng.chance(0.5) ? `- ***${title}***` : `- **${title}**`;
    case 'bold-line': return `**${title}**`;
  }
}

/** The agenda as lines; plain layouts get no markdown emphasis. */
export function renderItems(rng: Rng, items: readonly AgendaItem[], style: ItemStyle, markdown: boolean): string[] {
  const out: string[] = [];
  items.forEach((item, i) => {
    let line = heading(rng, style, i + 1, item.title);
    if (!markdown) line = line.replace(/^#+ /, '').replaceAll('***', '').replaceAll('**', '');
    out.push(line, '');
    for (const paragraph of item.paragraphs) out.push(paragraph, '');
    if (item.bullets.length > 0) {
      if (item.bulletIntro) out.push(item.bulletIntro, '');
      for (const bullet of item.bullets) out.push(`- ${bullet}`);
      out.push('');
    }
  });
  return out;
}
