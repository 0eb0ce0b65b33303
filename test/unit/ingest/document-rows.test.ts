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

describe('documentRows provenance of agenda-item links', () => {
  const rowsOf = (text: string) => {
    const extraction = extractDocument(text, { filename: 'n.md', vocabulary });
    return documentRows({ filename: 'n.md', text, hash: contentHash(text), extraction, vocabulary, resolver: new PersonResolver([], affiliationRoots(vocabulary)) });
  };

  it('cites the sentence that names the project, municipality or theme, not the item opening', () => {
    const text = ['IFO-chefsnätverket 2024-03-08', '', 'Deltagare', 'Kungälv: Peter Almgren', '',
      '## 3. Placerade barn', 'Diskussion om läget i regionen. Inga beslut.',
      'Kungsbacka arbetar redan med SkolFam och berättar om erfarenheterna.',
      'Gruppen tog också upp hedersrelaterat våld.'].join('\n');
    const rows = rowsOf(text);
    expect(rows.itemAboutProject.map((r) => r.props)).toEqual([expect.objectContaining({ lineStart: 8, lineEnd: 8, excerpt: 'Kungsbacka arbetar redan med SkolFam och berättar om erfarenheterna.' })]);
    expect(rows.itemMentionsMunicipality.map((r) => (r.props as { excerpt: string }).excerpt)).toEqual(['Kungsbacka arbetar redan med SkolFam och berättar om erfarenheterna.']);
    expect(rows.itemAboutTheme.map((r) => (r.props as { lineStart: number }).lineStart)).toContain(9);
  });

  it("cites the line that names the meeting's network, not the title", () => {
    const text = ['Minnesanteckningar 2024-03-08', '', 'Deltagare', 'Kungälv: Peter Almgren', '',
      '## 1. Inledning', 'Nätverket hälsade nya medlemmar välkomna.', 'IFO-chefsnätverket beslutade att ses i maj.'].join('\n');
    const rows = rowsOf(text);
    expect(rows.networks).toEqual([expect.objectContaining({ name: 'IFO-chefsnätverket', lineStart: 8, lineEnd: 8, excerpt: 'IFO-chefsnätverket beslutade att ses i maj.' })]);
  });

  it('records each municipality at the meeting once, citing its first attendance line', () => {
    const text = ['IFO-chefsnätverket 2024-03-08', '', 'Deltagare', 'Kungälv: Peter Almgren, Anna Berg', 'Lerum: Bo Ek', 'GR: Cecilia Axelsson', '',
      '## 1. Inledning', 'Kort runda.'].join('\n');
    const rows = rowsOf(text);
    const present = rows.representedAt.map((r) => [r.municipalityId, (r.props as { people: number }).people, (r.props as { lineStart: number }).lineStart]);
    // GR is an organisation: it is not a municipality at the table.
    expect(present).toEqual([['municipality:1482', 2, 4], ['municipality:1441', 1, 5]]);
  });

  it("cites a sentence of the item's body over its heading when both name the project", () => {
    const text = ['IFO-chefsnätverket 2024-03-08', '', 'Deltagare', 'Kungälv: Peter Almgren', '', '## 3. SkolFam', 'Läget i regionen.', 'Kungsbacka arbetar redan med SkolFam.'].join('\n');
    expect(rowsOf(text).itemAboutProject.map((r) => (r.props as { excerpt: string }).excerpt)).toEqual(['Kungsbacka arbetar redan med SkolFam.']);
  });
});

