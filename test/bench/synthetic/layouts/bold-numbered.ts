// "**Närvarande:**", unlabelled blocks, "Name, GR punkt 3" for presenters and "**1. Title**" items (like corpus 002).
import type { Person } from '../population.js';
import { nameComma, type Layout } from './layout.js';

export const boldNumbered: Layout = {
  name: 'bold-numbered',
  headings: false,
  markdown: true,
  itemStyles: ['bold-numbered'],
  attendance(rng, meeting) {
    const presents = new Map<Person, number[]>();
    meeting.items.forEach((item, i) => item.presenters.forEach((p) => presents.set(p, [...(presents.get(p) ?? []), i + 1])));
    const out = ['**Närvarande:**', ''];
    for (const section of meeting.sections) {
      for (const person of section.people) {
        const items = presents.get(person);
        const suffix = items ? ` punkt ${items.length > 1 ? `${items[0]}–${items[items.length - 1]}` : items[0]}` : '';
        out.push(`${nameComma(rng, person)}${suffix}  `);
      }
      out.push('');
    }
    return out;
  },
};
