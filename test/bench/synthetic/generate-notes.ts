// Deterministic synthetic meeting notes of the GR-network genre, for benchmarks.
// Each note is built from its own random stream (seed mixed with its index), so note i is
// the same whatever `count` is and the streaming and array variants agree byte for byte.
import { isoDate } from './dates.js';
import { LAYOUTS } from './layouts/index.js';
import type { Layout } from './layouts/layout.js';
import { buildMeeting, indexPopulation, type PopulationIndex } from './meeting.js';
import { ocrDamage } from './ocr.js';
import { DISCUSSION } from './phrases.js';
import { buildPopulation } from './population.js';
import { mixSeed, Rng } from './prng.js';
import { renderNote } from './render-note.js';
import type { Meeting, SyntheticNote } from './types.js';

export type { SyntheticNote } from './types.js';

export interface GenerateOptions {
  /** How many notes. */
  count: number;
  /** Same seed, same notes; defaults.seed when omitted. */
  seed?: number;
}

export const defaults = {
  /** Fixed so that benchmark runs are comparable without passing a seed. */
  seed: 20_150_101,
  /** Share of notes that look OCR'd from a scanned PDF (the corpus has 1 in 5). */
  ocrShare: 0.1,
  /** Size bounds of a note in UTF-8 bytes, like the real ones (2.6–7.7 KB). */
  minBytes: 2_000,
  maxBytes: 8_000,
};

function truthOf(meeting: Meeting, layout: Layout): SyntheticNote['truth'] {
  return {
    date: isoDate(meeting.date),
    networks: [...meeting.networks],
    attendees: meeting.sections.flatMap((s) =>
      s.people.map((p) => ({ name: p.name, affiliation: p.affiliation, group: layout.headings ? s.label : '' })),
    ),
    projects: [...meeting.projects],
    themes: [...meeting.themes],
  };
}

/** Keeps a note inside the size bounds by trimming or repeating filler paragraphs. */
function fitSize(meeting: Meeting, render: () => string): string {
  let text = render();
  for (let guard = 0; guard < 40; guard++) {
    const bytes = Buffer.byteLength(text);
    const items = meeting.items.filter((i) => i.paragraphs.length > 1);
    if (bytes > defaults.maxBytes && items.length > 0) {
      const longest = items.reduce((a, b) => (a.paragraphs.length >= b.paragraphs.length ? a : b));
      longest.paragraphs.pop();
    } else if (bytes < defaults.minBytes) {
      const item = meeting.items[guard % meeting.items.length];
      item?.paragraphs.push(DISCUSSION[(guard * 7) % DISCUSSION.length] ?? '');
    } else break;
    text = render();
  }
  return text;
}

function makeNote(seed: number, index: number, pop: PopulationIndex): SyntheticNote {
  const rng = new Rng(mixSeed(seed, index));
  const meeting = buildMeeting(rng, pop);
  const layout = rng.pick(LAYOUTS);
  const ocr = rng.chance(defaults.ocrShare);
  const renderSeed = rng.int(0, 0xffffffff);
  const filename = `${String(index).padStart(5, '0')}_${rng.hex16()}.txt`;
  // Every render of the same meeting uses the same stream, so size fitting is deterministic too.
  const render = () => {
    const r = new Rng(renderSeed);
    const text = renderNote(r, meeting, layout);
    return ocr ? ocrDamage(r, text) : text;
  };
  return { filename, text: fitSize(meeting, render), truth: truthOf(meeting, layout) };
}

/** Yields `count` notes one at a time, so 10,000 need not be held in memory. */
export function* iterateNotes(options: GenerateOptions): Generator<SyntheticNote> {
  const seed = (options.seed ?? defaults.seed) >>> 0;
  const pop = indexPopulation(buildPopulation(seed));
  for (let i = 0; i < options.count; i++) yield makeNote(seed, i, pop);
}

/** Generates `count` notes; the same seed always gives byte-identical notes. */
export function generateNotes(options: GenerateOptions): SyntheticNote[] {
  return [...iterateNotes(options)];
}
