import { describe, expect, it } from 'vitest';
import { contentHash, documentRows } from '../../../server/ingest/document-rows';
import { affiliationRoots } from '../../../server/ingest/people-store';
import { PersonResolver } from '../../../server/ingest/person-resolver';
import { extractDocument } from '../../../server/ingest/parse/index';
import { vocabulary } from './corpus-helpers';

describe('documentRows', () => {
  it('links a presenter to the attendee of the same name and affiliation', () => {
    const text = ['Barnchefsnätverket 2025-01-17', '', 'Deltagare', 'Kungälv: Anna Larsson', 'VGR: Anna Larsson (BUP)', '',
      '**Konsultstöd**', 'Anna Larsson från BUP berättar om konsultstödet. Anna Larsson (Kungälv) frågar om väntetider.'].join('\n');
    const extraction = extractDocument(text, { filename: 'n.md', vocabulary });
    const rows = documentRows({ filename: 'n.md', text, hash: contentHash(text), extraction, vocabulary, resolver: new PersonResolver([], affiliationRoots(vocabulary)) });
    const [kungalv, bup] = rows.attendance.map((r) => r.personId as string);
    expect(kungalv).not.toBe(bup);
    expect(rows.presenters.map((r) => r.personId)).toEqual([bup]);
  });
});
