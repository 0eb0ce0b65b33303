// The contract every attendance layout fulfils, plus helpers they share.
import { affiliationSurface } from '../orgs.js';
import type { Person } from '../population.js';
import type { Rng } from '../prng.js';
import type { Meeting, Section } from '../types.js';

/** How agenda item headings are written. */
export type ItemStyle = 'md-numbered' | 'bold-numbered' | 'plain-numbered' | 'bold-bullet' | 'bold-line';

export interface Layout {
  name: string;
  /** True when the attendance list prints the section labels, so truth groups are filled. */
  headings: boolean;
  /** True when headings and emphasis are written in markdown. */
  markdown: boolean;
  itemStyles: readonly ItemStyle[];
  /** The attendance block, as lines. */
  attendance(rng: Rng, meeting: Meeting): string[];
}

/** "Anna Svensson, Lerum", with the affiliation sometimes written as a variant. */
export function nameComma(rng: Rng, person: Person): string {
  return `${person.name}, ${affiliationSurface(rng, person.affiliation)}`;
}

/** Whether a GR employee may be listed without affiliation (the heading says it). */
export function affiliationImplied(section: Section, person: Person): boolean {
  return section.label === 'Göteborgsregionen' && person.affiliation === 'GR';
}

/** Splits people into runs that share one affiliation, keeping first-seen order. */
export function byAffiliation(people: readonly Person[]): Person[][] {
  const groups = new Map<string, Person[]>();
  for (const p of people) {
    const list = groups.get(p.affiliation) ?? [];
    list.push(p);
    groups.set(p.affiliation, list);
  }
  return [...groups.values()];
}

/** Lines separated by blank lines, or kept together with markdown hard breaks ("  "). */
export function spaced(rng: Rng, lines: readonly string[]): string[] {
  const roll = rng.float();
  if (roll < 0.4) return lines.flatMap((l) => [l, '']);
  if (roll < 0.7) return lines.map((l) => `${l}  `);
  return [...lines, ''];
}
