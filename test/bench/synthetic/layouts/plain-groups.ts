// Plain text: "Närvarande:", then "IFO:", "Funktionsstöd:", "Övriga:" and shared-affiliation runs for staff (like corpus 000).
import { byAffiliation, nameComma, type Layout } from './layout.js';
import { affiliationSurface } from '../orgs.js';

export const plainGroups: Layout = {
  name: 'plain-groups',
  headings: true,
  markdown: false,
  itemStyles: ['plain-numbered', 'bold-bullet'],
  attendance(rng, meeting) {
    const out = ['Närvarande:', ''];
    for (const section of meeting.sections) {
      out.push(`${section.label}:`, '');
      const municipal = section.people.every((p) => !['GR', 'FoU', 'VGR', 'GU'].includes(p.kind));
      if (municipal) {
        for (const person of section.people) out.push(nameComma(rng, person));
      } else {
        for (const run of byAffiliation(section.people)) {
          out.push(`${run.map((p) => p.name).join(', ')}, ${affiliationSurface(rng, run[0]?.affiliation ?? 'GR')}`);
        }
      }
      out.push('');
    }
    return out;
  },
};
