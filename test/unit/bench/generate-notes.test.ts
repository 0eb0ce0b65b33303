import { describe, it, expect } from 'vitest';
import { defaults, generateNotes, iterateNotes, type SyntheticNote } from '../../bench/synthetic/generate-notes.js';

const notes = generateNotes({ count: 200 });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** A pattern that still matches a name after OCR broke its diacritics (Törnqvist → Tornqvist, Térnqvist). */
function damagedName(name: string): RegExp {
  const classes: Record<string, string> = { ö: '[öoéd]', ä: '[äaéd]', å: '[åad]', Ö: '[ÖO]', Ä: '[ÄA]', Å: '[ÅA]' };
  const body = [...name].map((ch) => classes[ch] ?? (ch === ' ' ? '\\s+' : escape(ch))).join('');
  return new RegExp(body);
}

const names = (note: SyntheticNote) => note.truth.attendees.map((a) => a.name);
const hasLine = (note: SyntheticNote, re: RegExp) => note.text.split('\n').some((l) => re.test(l));

/** Which attendance layouts a note shows, judged from its text and its truth. */
const LAYOUT_TESTS: Record<string, (note: SyntheticNote) => boolean> = {
  'markdown headings': (n) =>
    n.truth.attendees.some((a) => a.group !== '' && hasLine(n, new RegExp(`^#{3,4} (\\*\\*)?${escape(a.group)}:?(\\*\\*)?$`))) &&
    names(n).some((name) => hasLine(n, new RegExp(`^${escape(name)}, [^,]+$`))),
  'bold numbered items': (n) => /^\*\*Närvarande:\*\*$/m.test(n.text) && /^\*\*1\. .+\*\*$/m.test(n.text),
  'plain group headings': (n) => n.truth.attendees.some((a) => a.group !== '' && hasLine(n, new RegExp(`^${escape(a.group)}:$`))),
  'attendee table': (n) => /^\| Namn \| Kommun \|$/m.test(n.text) && names(n).some((name) => n.text.includes(`| ${name} |`)),
  'one-line run': (n) => /^Deltagare: [^\n]+; [^\n]+$/m.test(n.text),
  'parenthesised affiliations': (n) => names(n).some((name) => n.text.includes(`${name} (`)),
  'roles between name and place': (n) => names(n).some((name) => hasLine(n, new RegExp(`^(- )?${escape(name)}, [a-zåäö-]+, \\S`))),
  'names sharing a municipality': (n) =>
    n.text.split('\n').some((line) => {
      const parts = line.split(', ');
      const people = parts.slice(0, -1);
      const last = parts[parts.length - 1] ?? '';
      const place = n.truth.attendees.find((a) => a.name === people[0])?.affiliation;
      return people.length >= 2 && people.every((p) => names(n).includes(p)) && place !== undefined &&
        !['GR', 'FoU i Väst', 'VGR', 'Göteborgs universitet'].includes(place) && last.length > 0;
    }),
};

describe('generateNotes', () => {
  it('returns the same text for the same seed and different text for another seed', () => {
    const again = generateNotes({ count: 200 });
    expect(again.map((n) => n.text)).toEqual(notes.map((n) => n.text));
    const other = generateNotes({ count: 20, seed: 7 });
    const overlap = other.filter((n, i) => n.text === notes[i]?.text);
    expect(overlap).toHaveLength(0);
  });

  it('streams the same notes as the array variant, and note i does not depend on count', () => {
    const streamed = [...iterateNotes({ count: 30, seed: defaults.seed })];
    expect(streamed.map((n) => n.text)).toEqual(notes.slice(0, 30).map((n) => n.text));
    expect(new Set(notes.map((n) => n.filename)).size).toBe(notes.length);
  });

  it('writes every attendance layout within 200 notes', () => {
    for (const [layout, shows] of Object.entries(LAYOUT_TESTS)) {
      const hits = notes.filter(shows).length;
      expect(hits, layout).toBeGreaterThanOrEqual(8);
    }
  });

  it('leaves some notes without a dated heading but with date clues in the body', () => {
    const head = (n: SyntheticNote) => n.text.slice(0, n.text.search(/N.{1,2}rvarande|Deltagare|Närvarolista|NÄRVARANDE/));
    const undated = notes.filter((n) => !head(n).includes(n.truth.date.slice(0, 4)));
    expect(undated.length).toBeGreaterThan(10);
    expect(undated.length).toBeLessThan(60);
    for (const note of undated) {
      expect(note.text, note.filename).toMatch(/N.{1,2}sta n.{1,2}tverksm.{1,2}te \d{1,2} [a-z]+/);
      expect(note.text, note.filename).toContain(note.truth.date.slice(0, 4));
    }
  });

  it('lets people recur across meetings, with a core of regulars', () => {
    const counts = new Map<string, number>();
    for (const note of notes) for (const name of names(note)) counts.set(name, (counts.get(name) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThanOrEqual(20);
    const recurring = sorted.filter((c) => c >= 2).length;
    expect(recurring / sorted.length).toBeGreaterThan(0.6);
    expect(counts.size).toBeGreaterThan(250);
  });

  it('names every truth attendee in the text, verbatim unless the note is OCR-damaged', () => {
    let damaged = 0;
    for (const note of notes) {
      const missing = names(note).filter((name) => !note.text.includes(name));
      if (missing.length > 0) damaged++;
      for (const name of missing) expect(note.text, `${note.filename}: ${name}`).toMatch(damagedName(name));
    }
    expect(damaged / notes.length).toBeGreaterThan(0.03);
    expect(damaged / notes.length).toBeLessThan(0.2);
  });

  it('mentions every truth project and theme, and keeps truth fields in their canonical form', () => {
    const canonical = new Set(['Ale', 'Alingsås', 'Göteborg', 'Härryda', 'Kungsbacka', 'Kungälv', 'Lerum', 'Lilla Edet',
      'Mölndal', 'Partille', 'Stenungsund', 'Tjörn', 'Öckerö', 'GR', 'FoU i Väst', 'VGR', 'Göteborgs universitet']);
    for (const note of notes) {
      expect(note.truth.date).toMatch(/^20(1[5-9]|2[0-6])-\d\d-\d\d$/);
      expect(note.truth.networks.length).toBeGreaterThanOrEqual(1);
      expect(note.truth.attendees.length).toBeGreaterThanOrEqual(6);
      expect(note.truth.attendees.length).toBeLessThanOrEqual(25);
      for (const a of note.truth.attendees) expect(canonical.has(a.affiliation), a.affiliation).toBe(true);
      if (note.text.includes('\uFFFD') || !names(note).every((n) => note.text.includes(n))) continue;
      const lower = note.text.toLowerCase();
      for (const p of note.truth.projects) expect(lower, `${note.filename}: ${p}`).toContain(p.toLowerCase());
      for (const t of note.truth.themes) expect(lower, `${note.filename}: ${t}`).toContain(t.toLowerCase());
    }
  });

  it('keeps notes between 2 and 8 KB', () => {
    for (const note of notes) {
      expect(bytes(note.text)).toBeGreaterThanOrEqual(2_000);
      expect(bytes(note.text)).toBeLessThanOrEqual(8_000);
    }
  });
});
