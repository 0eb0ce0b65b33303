// Affiliations in parentheses: "Anna Svensson (Lerum)", one a line or several in a run.
import { affiliationSurface } from '../orgs.js';
import type { Layout } from './layout.js';

export const parenthesised: Layout = {
  name: 'parenthesised',
  headings: true,
  markdown: true,
  itemStyles: ['bold-line', 'md-numbered'],
  attendance(rng, meeting) {
    const out = [rng.pick(['**Närvarande**', 'Närvarande', '**Deltagare**']), ''];
    const run = rng.chance(0.4);
    for (const section of meeting.sections) {
      out.push(`**${section.label}**`);
      const entries = section.people.map((p) => `${p.name} (${affiliationSurface(rng, p.affiliation)})`);
      if (run) out.push(`${entries.join(', ')}`);
      else out.push(...entries);
      out.push('');
    }
    return out;
  },
};
