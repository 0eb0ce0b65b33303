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
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD_CHAR.test(c);

interface Form {
  key: string;
  /** A vocabulary stem ("hedersrelat*"): any ending. */
  stem: boolean;
}

function formsOf(surfaces: readonly string[]): Form[] {
  const seen = new Set<string>();
  const out: Form[] = [];
  for (const surface of surfaces) {
    // A vocabulary stem ends the form where it stands ("beprövad* erfarenhet" is found by "beprövad").
    const star = surface.indexOf('*');
    const stem = star >= 0;
    const key = foldKey((stem ? surface.slice(0, star) : surface).trim());
    // One letter would match inside any abbreviation.
    if (key.length < 2 || seen.has(key)) continue;
    seen.add(key);
    out.push({ key, stem });
  }
  return out;
}

/** Whether `form` stands as a word at `at` of `folded` (a genitive -s allowed: "Kungälvs"). */
function standsAlone(folded: string, at: number, form: Form): boolean {
  if (isWordChar(folded[at - 1])) return false;
  if (form.stem) return true;
  const end = at + form.key.length;
  return !isWordChar(folded[end]) || (folded[end] === 's' && !isWordChar(folded[end + 1]));
}

/** The earliest offset in `folded` where one of `forms` stands as a word, with its length. */
function firstIn(folded: string, forms: readonly Form[]): { at: number; length: number } | null {
  let best: { at: number; length: number } | null = null;
  for (const form of forms) {
    for (let at = folded.indexOf(form.key); at >= 0 && (best === null || at < best.at); at = folded.indexOf(form.key, at + 1)) {
      if (standsAlone(folded, at, form)) {
        best = { at, length: form.key.length };
        break;
      }
    }
  }
  return best;
}

/** Finds mentions in one document's lines; folds each line once, however many entities are looked for. */
export class MentionFinder {
  private readonly folded: (string | undefined)[] = [];

  constructor(private readonly lines: readonly string[]) {}

  /**
   * The first line of `from`..`to` (1-based, inclusive) that writes one of `surfaces` as a word,
   * and the sentence of that line it is in; null when none does.
   */
  find(from: number, to: number, surfaces: readonly string[]): MentionEvidence | null {
    const forms = formsOf(surfaces);
    if (forms.length === 0) return null;
    for (let n = Math.max(1, from); n <= Math.min(to, this.lines.length); n++) {
      const text = this.lines[n - 1]!;
      const folded = (this.folded[n - 1] ??= foldKey(text));
      // Lower-casing changed the length (a rare letter such as İ): offsets would not carry over.
      if (folded.length !== text.length) continue;
      const hit = firstIn(folded, forms);
      if (hit) return { line: n, excerpt: sentenceAt(text, hit.at, hit.at + hit.length).trim() };
    }
    return null;
  }
}
