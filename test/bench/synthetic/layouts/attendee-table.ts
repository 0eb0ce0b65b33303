// A markdown table of attendees: "| Namn | Kommun |".
import { affiliationSurface } from '../orgs.js';
import type { Layout } from './layout.js';

export const attendeeTable: Layout = {
  name: 'attendee-table',
  headings: false,
  markdown: true,
  itemStyles: ['md-numbered', 'bold-numbered'],
  attendance(rng, meeting) {
    const out = [rng.pick(['## Deltagare', '### Närvarande', '**Närvarande**']), '', '| Namn | Kommun |', '|---|---|'];
    for (const section of meeting.sections) {
      for (const person of section.people) out.push(`| ${person.name} | ${affiliationSurface(rng, person.affiliation)} |`);
    }
    out.push('');
    return out;
  },
};
