// Everyone from one place on one line: "Anna Svensson, Bo Ek, Lerum".
import { affiliationSurface } from '../orgs.js';
import { byAffiliation, type Layout } from './layout.js';

export const sharedAffiliation: Layout = {
  name: 'shared-affiliation',
  headings: true,
  markdown: true,
  itemStyles: ['bold-numbered', 'plain-numbered'],
  attendance(rng, meeting) {
    const out = [rng.pick(['Närvarolista', '**Deltagare**', 'Deltagande kommuner och organisationer']), ''];
    for (const section of meeting.sections) {
      out.push(`**${section.label}:**`);
      for (const run of byAffiliation(section.people)) {
        out.push(`${run.map((p) => p.name).join(', ')}, ${affiliationSurface(rng, run[0]?.affiliation ?? '')}`);
      }
      out.push('');
    }
    return out;
  },
};
