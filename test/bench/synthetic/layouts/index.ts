// All attendance layouts; notes pick one uniformly.
import { attendeeTable } from './attendee-table.js';
import { boldNumbered } from './bold-numbered.js';
import type { Layout } from './layout.js';
import { markdownHeadings } from './markdown-headings.js';
import { oneLine } from './one-line.js';
import { parenthesised } from './parenthesised.js';
import { plainGroups } from './plain-groups.js';
import { roles } from './roles.js';
import { sharedAffiliation } from './shared-affiliation.js';

export const LAYOUTS: readonly Layout[] = [
  markdownHeadings, boldNumbered, plainGroups, attendeeTable, oneLine, parenthesised, roles, sharedAffiliation,
];
