// Every attendee on one line: "Deltagare: A, Lerum; B, Ale; …".
import { nameComma, type Layout } from './layout.js';

export const oneLine: Layout = {
  name: 'one-line',
  headings: false,
  markdown: false,
  itemStyles: ['plain-numbered', 'bold-line'],
  attendance(rng, meeting) {
    const people = meeting.sections.flatMap((s) => s.people);
    return [`Deltagare: ${people.map((p) => nameComma(rng, p)).join('; ')}.`, ''];
  },
};
