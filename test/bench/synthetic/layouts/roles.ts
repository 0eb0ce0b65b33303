// Job titles between name and affiliation: "- Anna Svensson, enhetschef, Lerum" (like corpus 004's lists).
import { affiliationSurface } from '../orgs.js';
import type { Layout } from './layout.js';

export const roles: Layout = {
  name: 'roles',
  headings: true,
  markdown: true,
  itemStyles: ['md-numbered'],
  attendance(rng, meeting) {
    const out = ['## NÄRVARANDE', ''];
    const bullet = rng.chance(0.6) ? '- ' : '';
    for (const section of meeting.sections) {
      out.push(`### ${section.label}`, '');
      for (const p of section.people) out.push(`${bullet}${p.name}, ${p.role}, ${affiliationSurface(rng, p.affiliation)}`);
      out.push('');
    }
    return out;
  },
};
