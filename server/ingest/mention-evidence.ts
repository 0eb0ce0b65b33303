// The sentence in which an agenda item names an entity, as the provenance of the item's link to
// it: "Alingsås och Lerum deltar i Mocking Bird." rather than the item's opening lines, which
// may never name it. Found by the entity's written forms (the surfaces the extraction saw, the
// vocabulary's names and variants); a form the extraction matched only through OCR tolerance is
// not found here, and the caller keeps the item's own evidence.
import { foldKey } from './parse/fold.js';
import { sentenceAt } from './parse/sentences.js';

export interface MentionEvidence {
  /** 1-based line number in the document. */
  line: number;
  excerpt: string;
  /** The entity as the line writes it ("Irene Blomqvist" for Iréne Blomqvist). */
  surface: string;
}

interface Form {
  /** The folded first word, for a cheap test before the regex. */
  head: string;
  /** The form on a folded line: whole words, a vocabulary stem ("hedersrelat*") with any ending. */
  pattern: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A written form as a pattern over folded text; null for one too short to tell anything apart. */
function compile(surface: string): Form | null {
  const words = surface.trim().split(/\s+/).map((w) => ({ stem: w.endsWith('*'), key: foldKey(w.replace(/\*+$/, '')) }));
  const head = words[0]?.key ?? '';
  // One letter would match inside any abbreviation.
  if (words.length === 1 && head.length < 2) return null;
  const body = words.map((w) => escape(w.key) + (w.stem ? '[\\p{L}\\p{N}]*' : '')).join('\\s+');
  // A genitive -s is allowed after a whole last word ("Kungälvs").
  const tail = words[words.length - 1]!.stem ? '' : 's?(?![\\p{L}\\p{N}])';
  return { head, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${body}${tail}`, 'u') };
}

// Compiled forms, shared by every document: an import looks up the same vocabulary names
// thousands of times. Cleared when full, since notes add surfaces of their own.
const compiled = new Map<string, Form | null>();
const MAX_COMPILED = 20_000;

function formOf(surface: string): Form | null {
  let form = compiled.get(surface);
  if (form === undefined) {
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    form = compile(surface);
    compiled.set(surface, form);
  }
  return form;
}

/** Finds mentions in one document's lines; folds each line once, however many entities are looked for. */
export class MentionFinder {
  private readonly folded: (string | undefined)[] = [];

  constructor(private readonly lines: readonly string[]) {}

  /**
   * The first line of `from`..`to` (1-based, inclusive) that writes one of `surfaces` as whole
   * words, and the sentence of that line it is in; null when none does.
   */
  find(from: number, to: number, surfaces: readonly string[]): MentionEvidence | null {
    const forms: Form[] = [];
    for (const surface of surfaces) {
      const form = formOf(surface);
      if (form && !forms.includes(form)) forms.push(form);
    }
    if (forms.length === 0) return null;
    for (let n = Math.max(1, from); n <= Math.min(to, this.lines.length); n++) {
      const text = this.lines[n - 1]!;
      const folded = (this.folded[n - 1] ??= foldKey(text));
      // Lower-casing changed the length (a rare letter such as İ): offsets would not carry over.
      if (folded.length !== text.length) continue;
      let best: RegExpExecArray | null = null;
      for (const form of forms) {
        if (!folded.includes(form.head)) continue;
        const m = form.pattern.exec(folded);
        if (m && (best === null || m.index < best.index)) best = m;
      }
      if (best) return { line: n, excerpt: sentenceAt(text, best.index, best.index + best[0].length).trim(), surface: text.slice(best.index, best.index + best[0].length) };
    }
    return null;
  }
}
