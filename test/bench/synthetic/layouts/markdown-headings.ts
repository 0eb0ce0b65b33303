// "### Närvarande:" with a markdown heading per group and "Name, Municipality" lines (like corpus 001).
import { affiliationImplied, nameComma, spaced, type Layout } from './layout.js';

export const markdownHeadings: Layout = {
  name: 'markdown-headings',
  headings: true,
  markdown: true,
  itemStyles: ['md-numbered', 'bold-bullet'],
  attendance(rng, meeting) {
    const out = [rng.pick(['### Närvarande:', '## NÄRVARANDE', '## Närvarande']), ''];
    const level = rng.pick(['###', '####']);
    const bold = rng.chance(0.5);
    for (const section of meeting.sections) {
      out.push(bold ? `${level} **${section.label}:**` : `${level} ${section.label}`, '');
      out.push(...spaced(rng, section.people.map((p) => (affiliationImplied(section, p) && rng.chance(0.7) ? p.name : nameComma(rng, p)))));
    }
    return out;
  },
};
