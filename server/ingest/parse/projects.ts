// Project mentions with tracks (Yrkesresan "funktionsstöd" → Funktionshinder) and the
// municipalities stated to take part ("Stenungsund, Alingsås, Göteborg och Mölndal deltar",
// Mini-Maria "samverkansområden (1: Ale och Lilla Edet, 2: ...)", "Alla kommuner med").
import { foldKey } from './fold';
import type { Line } from './normalize-text';
import { sentenceAt, splitSentences } from './sentences';
import type { Token } from './tokenize';
import type { ProjectMention } from './types';
import type { Vocabulary } from './vocabulary';
import type { ItemSpan } from './agenda-items';

const PARTICIPATES = /\b(deltar|deltagit|deltagande kommuner|medverkar|medverkat|ar med|med$|ingar|ansluter|anslutit|anslutna|samverkansomraden?|pilotkommuner|involverade|har gatt med|ar anslutna)\b/;
const ALL = /\balla (gr-?)?kommuner(na)?\b/;

export interface ProjectScanInput {
  lines: Line[];
  tokens: (i: number) => Token[];
  from: number;
  to: number;
  items: ItemSpan[];
  vocab: Vocabulary;
}

/** Lines of the paragraph/bullet that begins at line i (up to 4 lines). */
function paragraph(lines: Line[], i: number, to: number): number[] {
  const out = [i];
  for (let k = i + 1; k < to && out.length < 4; k++) {
    const l = lines[k] as Line;
    if (l.blank || l.bullet || l.heading || l.bold) break;
    out.push(k);
  }
  return out;
}

/** Projects named in lines[from, to), with tracks and participating municipalities. */
export function scanProjects(input: ProjectScanInput): ProjectMention[] {
  const { lines, tokens, from, to, vocab } = input;
  const byName = new Map<string, ProjectMention>();
  const lastSeen: { name: string; line: number }[] = [];
  for (let i = from; i < to; i++) {
    const l = lines[i] as Line;
    if (l.blank) continue;
    const toks = tokens(i);
    for (const m of vocab.project.findAll(toks)) {
      const name = m.value.name;
      const surface = l.text.slice(m.start, m.end);
      let p = byName.get(name);
      if (!p) {
        p = { name, surface: [], track: null, tracks: [], municipalities: [], evidence: sentenceAt(l.text, m.start, m.end), line: l.n, lines: [] };
        byName.set(name, p);
      }
      if (!p.surface.includes(surface)) p.surface.push(surface);
      if (!p.lines?.includes(l.n)) p.lines?.push(l.n);
      lastSeen.push({ name, line: i });
      const trackMatcher = vocab.tracks.get(name);
      if (trackMatcher) {
        // Tracks are named right after the project, in the same bullet or paragraph.
        const span = paragraph(lines, i, to);
        for (const k of span) {
          const tt = k === i ? toks.filter((t) => t.start >= m.end) : tokens(k);
          for (const t of trackMatcher.findAll(tt)) if (!p.tracks?.includes(t.value)) p.tracks?.push(t.value);
        }
        p.track = p.tracks?.[0] ?? null;
      }
    }
    participation(input, i, byName, lastSeen);
  }
  return [...byName.values()];
}

function participation(input: ProjectScanInput, i: number, byName: Map<string, ProjectMention>, lastSeen: { name: string; line: number }[]): void {
  const { lines, vocab, items } = input;
  const l = lines[i] as Line;
  const folded = l.key;
  if (!PARTICIPATES.test(folded) && !ALL.test(folded)) return;
  for (const s of splitSentences(l.text)) {
    const fs = foldKey(s.text).replace(/[.!?]+$/, '');
    if (!PARTICIPATES.test(fs) && !ALL.test(fs)) continue;
    const toks = input.tokens(i).filter((t) => t.start >= s.start && t.end <= s.start + s.text.length);
    const munis = [...new Set(vocab.municipality.findAll(toks).map((m) => m.value.name))];
    const all = ALL.test(fs) && /\b(med|deltar|medverkar|ingar)\b/.test(fs);
    if (munis.length === 0 && !all) continue;
    // The project: named in the sentence, else the latest one in the same item, else the item title's.
    const inSentence = vocab.project.findAll(toks)[0]?.value.name;
    const item = [...items].reverse().find((it) => it.start <= i && i < it.end && it.kind !== 'sub-bullet') ?? null;
    const sub = items.find((it) => it.kind === 'sub-bullet' && it.start <= i && i < it.end);
    const scope = sub ?? item;
    const recent = [...lastSeen].reverse().find((x) => !scope || x.line >= scope.start)?.name;
    const name = inSentence ?? recent;
    const p = name ? byName.get(name) : undefined;
    if (!p) continue;
    const groups = [...s.text.matchAll(/\b\d+\s*:\s*([^,()]+(?:,(?!\s*\d+\s*:)[^,()]+)*)/g)]
      .map((g) => vocab.municipality.findAll(toks.filter((t) => t.start >= s.start + (g.index ?? 0) && t.end <= s.start + (g.index ?? 0) + g[0].length)).map((m) => m.value.name))
      .filter((g) => g.length > 0);
    const list = all ? vocab.grMunicipalities : munis;
    for (const m of list) if (!p.municipalities.includes(m)) p.municipalities.push(m);
    p.municipalityEvidence = p.municipalityEvidence ? `${p.municipalityEvidence} … ${s.text}` : s.text;
    if (all) p.allMunicipalities = true;
    if (groups.length > 1) p.municipalityGroups = groups;
  }
}
