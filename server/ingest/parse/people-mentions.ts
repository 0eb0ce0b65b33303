// People named in the running text, and which of them present. A name is two or three
// capitalised words starting with a known first name (vocabulary or an attendee's), or any
// name a guest verb introduces ("deltog Zeynep Kaya"); a lone first name counts when exactly
// one attendee, or one person named earlier in the body, has it ("Nicholas informerar ...").
import { foldKey, foldText, ocrTolerant } from './fold';
import { resolveAffiliation } from './affiliation';
import { guestIntro, joinsGuest, mayIntroduceGuest } from './guest-intro';
import { nameRuns } from './letter-scan';
import type { LineWords } from './line-words';
import { isKnownFirstName, looksLikePersonName } from './person-name';
import type { NameRestorer } from './restore-name';
import { initialAt, initialIndex, ShortNames } from './short-names';
import { tokenize } from './tokenize';
import type { Attendee, AffiliationKind } from './types';
import type { Vocabulary } from './vocabulary';

export interface NameHit {
  name: string;
  surface: string;
  start: number;
  end: number;
  /** Introduced as taking part: "Under punkt 4 deltog Anna Berg från SKR". */
  guest?: boolean;
  /** The job title between the verb and the name ("deltog professor Karin Fält"). */
  title?: string;
}

export interface SentenceMention {
  name: string;
  surface: string;
  affiliation: string | null;
  affiliationKind: AffiliationKind | null;
  presenter: boolean;
  sentence: string;
  guest?: boolean;
  title?: string;
}

// Tested on foldText, so OCR-damaged verbs ("ber\uFFFDttar") match too; English notes' verbs as well.
export const PRESENTS = ocrTolerant(/\b(berattar|berattade|informerar|informerade|presenterar|presenterade|redovisar|redovisade|ger (en|nagra|bilder|sin)|gav (en|nagra|bilder|sin)|inleder|inledde|introducerar|introducerade|aterkopplar|aterkopplade|redogor|redogjorde|forelaser|forelaste|visar|visade|gar igenom|gick igenom|reder ut|lyfter fram|halsade|halsar|fortsatter dagen|rapporterar|rapporterade|delar med sig|delade med sig|leder|modererar|beskriver|beskrev|presented|presents|reported|reports|informed|informs|introduced|introduces|described|describes|welcomed|welcomes|gave (a|an|some|her|his|their)|gives (a|an)|went through|goes through|led|leads|moderated|updated)\b/);

export interface MentionContext {
  vocab: Vocabulary;
  restore: NameRestorer;
  attendees: Attendee[];
  /** Folded first name → full name, for first names held by exactly one attendee. */
  firstNameIndex: Map<string, string>;
  /** "Lena A" and lone first names of people named in full earlier in the note. */
  shortNames?: ShortNames;
  /** Folded attendee name → its attendance spelling (first attendee wins). */
  listed?: Map<string, string>;
  /** The note's lines, folded, tokenised and split into sentences once. */
  words?: LineWords;
  /** Mentions per sentence text: sub-items re-read their parent's lines. */
  sentenceMemo?: Map<string, SentenceMention[]>;
  /** Initials of the attendees that belong to one of them ("EV" → Emma Virtanen), built when first asked. */
  initials?: Map<string, string>;
}

/** A mention context for one note, with its lookup tables built once. */
export function createMentionContext(vocab: Vocabulary, restore: NameRestorer, attendees: Attendee[], words?: LineWords): MentionContext {
  const listed = new Map<string, string>();
  for (const a of attendees) {
    // The list's own spelling too: the text repeats its OCR damage ("J6rgen Larzon").
    for (const form of a.surface && a.surface !== a.name ? [a.name, a.surface] : [a.name]) {
      const key = foldKey(form);
      if (!listed.has(key)) listed.set(key, a.name);
    }
  }
  const names = attendees.map((a) => a.name);
  const firstNameIndex = buildFirstNameIndex(names);
  return { vocab, restore, attendees, firstNameIndex, shortNames: new ShortNames(names, firstNameIndex), listed, words, sentenceMemo: new Map() };
}

/** First names held by exactly one listed person. */
export function buildFirstNameIndex(names: string[]): Map<string, string> {
  const counts = new Map<string, string[]>();
  for (const n of names) {
    const f = foldKey(n.split(' ')[0] ?? '');
    counts.set(f, [...(counts.get(f) ?? []), n]);
  }
  const out = new Map<string, string>();
  for (const [f, list] of counts) if (new Set(list).size === 1) out.set(f, list[0] as string);
  return out;
}

/** The attendance spelling of a name ("Iréne" for the body's "Irene"), undefined when no attendee has it. */
function listedSpelling(name: string, ctx: MentionContext): string | undefined {
  const key = foldKey(name);
  if (ctx.listed) return ctx.listed.get(key);
  return ctx.attendees.find((a) => foldKey(a.name) === key)?.name;
}

/**
 * Adds a hit, marked a guest when a guest verb introduces it (`intro`: '' or the job title
 * before the name); returns it then, so a name joined to it is read as a guest too.
 */
function push(hits: NameHit[], hit: NameHit, intro: string | null, sentence: string): NameHit | undefined {
  hits.push(hit);
  if (intro === null) return undefined;
  hit.guest = true;
  if (intro) hit.title = sentence.slice(0, hit.start).trimEnd().slice(-intro.length);
  return hit;
}

/** Person names in one sentence. */
// Titles written capitalised before a name (at a sentence's start, or as a title).
// Folded; any "-chef", "-ledare", "-samordnare" … ("Utvecklingsledare Eva Lund", "Kommissarie Anders Lundqvist").
const LEADING_TITLE = /^(professor|docent|dr|doktor|lektor|forskare|utredare|kommissarie|inspektor|rektor|jurist|psykolog|konsult|expert|radgivare|analytiker|ordforanden?|sekreteraren?|[a-z]*(chef|chefen|ledare|ledaren|utvecklare|samordnare|strateg|handlaggare|sekreterare|specialist|inspektor))$/;

export function findNames(sentence: string, ctx: MentionContext): NameHit[] {
  const hits: NameHit[] = [];
  let folded: string | null | undefined;
  let lastGuest: NameHit | undefined;
  // Runs of 1–3 capitalised words (letter-scan.ts: NAME_RUN).
  for (const m of nameRuns(sentence)) {
    let words = m.text.split(/\s+/);
    let start = m.index;
    // "Professor Lars Svensson", "Docent Eva Lund" at a sentence's start: the title is no name.
    if (words.length >= 3 && LEADING_TITLE.test(foldKey((words[0] as string).replace(/\.$/, '')))) {
      start += m.text.indexOf(words[1] as string, (words[0] as string).length);
      words = words.slice(1);
    }
    // Drop trailing words that are places or organisations ("Anna Melke Göteborg").
    while (words.length > 2 && !looksLikePersonName(words.join(' '), ctx.vocab)) words = words.slice(0, -1);
    const first = words[0] as string;
    const full = words.join(' ');
    let intro: string | null = null;
    if (words.length >= 2) {
      folded ??= mayIntroduceGuest(sentence) ? foldText(sentence) : null;
      // "deltog Jonas Ahl och Lena Borg från IVO": a name joined to a guest is a guest too.
      if (folded !== null) intro = lastGuest && joinsGuest(sentence.slice(lastGuest.end, start)) ? '' : guestIntro(folded, start);
    }
    // A listed name the shape test rejects ("Johanna Lund": Lund is a place) is still that person.
    const listed = words.length >= 2 ? ctx.listed?.get(foldKey(full)) : undefined;
    if (listed) { lastGuest = push(hits, { name: listed, surface: full, start, end: start + full.length }, intro, sentence); continue; }
    const shaped = words.length >= 2 && looksLikePersonName(full, ctx.vocab);
    if (shaped) {
      // A guest verb vouches for a name whose first name no list knows ("medverkade Zeynep Kaya").
      const known = intro !== null || isKnownFirstName(first, ctx.vocab) || ctx.firstNameIndex.has(foldKey(first));
      if (!known) continue;
      const restored = ctx.restore(full);
      const listedAs = listedSpelling(restored, ctx);
      const name = listedAs ?? restored;
      if (!listedAs) ctx.shortNames?.remember(first, name);
      lastGuest = push(hits, { name, surface: full, start, end: start + full.length }, intro, sentence);
      continue;
    }
    // "Lena A": the initial picks one of several Lenas, and must fit when only one is listed.
    const initial = ctx.shortNames ? initialAt(sentence, start + first.length) : null;
    if (initial) {
      const name = ctx.shortNames?.byInitial(first, initial[1] as string);
      if (name) hits.push({ name, surface: first + initial, start, end: start + first.length + initial.length });
      continue;
    }
    const single = ctx.shortNames ? ctx.shortNames.lone(first) : ctx.firstNameIndex.get(foldKey(first));
    if (single) hits.push({ name: single, surface: first, start, end: start + first.length });
  }
  return hits;
}

/** Initials in the sentence that belong to exactly one attendee, as name hits. */
function attendeeInitials(ctx: MentionContext, sentence: string): NameHit[] {
  const out: NameHit[] = [];
  for (const m of sentence.matchAll(CAPITAL_WORD)) {
    // "GR", "SKR", "IFO" are the vocabulary's: most notes write no other capital words.
    if (ctx.vocab.knownWords.has(m[0].toLowerCase())) continue;
    // Built once per note, when first needed: initials → the one attendee with them.
    ctx.initials ??= initialIndex(ctx.attendees.map((a) => a.name));
    const name = ctx.initials.get(m[0]);
    if (name) out.push({ name, surface: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}


// A word of 2–4 capitals; letters around it end it (no /u: initials are plain letters).
const CAPITAL_WORD = /(?<![A-Za-zÅÄÖåäö])[A-ZÅÄÖ]{2,4}(?![A-Za-zÅÄÖåäö])/g;

// Two capitals in a row, without a /u regex: most sentences have none.
const TWO_CAPITALS = /[A-ZÅÄÖ]{2}/;

/** Names, presenter flags and affiliations in one sentence. */
export function mentionsInSentence(sentence: string, ctx: MentionContext): SentenceMention[] {
  const hit = ctx.sentenceMemo?.get(sentence);
  if (hit) return hit;
  const out = mentionsOf(sentence, ctx);
  ctx.sentenceMemo?.set(sentence, out);
  return out;
}

function mentionsOf(sentence: string, ctx: MentionContext): SentenceMention[] {
  const hits = findNames(sentence, ctx);
  // "EV informerade om …": initials that belong to one attendee, before a presenting verb.
  const initials = TWO_CAPITALS.test(sentence) ? attendeeInitials(ctx, sentence) : [];
  if (hits.length === 0 && initials.length === 0) return [];
  const folded = foldText(sentence);
  const verb = PRESENTS.exec(folded);
  const verbAt = verb ? verb.index : -1;
  if (initials.length && verbAt >= 0) {
    for (const m of initials) if (m.start < verbAt && !hits.some((h) => h.name === m.name)) hits.push(m);
    hits.sort((a, b) => a.start - b.start);
  }
  if (hits.length === 0) return [];
  const out: SentenceMention[] = [];
  for (const [k, h] of hits.entries()) {
    const presenter = verbAt > h.end && !/[.!?]/.test(sentence.slice(h.end, verbAt)) && !/\b(med|till|for|av|om)\s*$/.test(folded.slice(0, h.start));
    // Affiliation stated after the name group: ", VästKom," / "från FoU i Väst" / "vid Stockholms universitet".
    // It stops at a name outside the group: in "A bjuder in B, FoU i Väst" FoU i Väst is B's.
    const groupEnd = groupEndAfter(sentence, hits, k);
    const tail = sentence.slice(h.end, Math.min(groupEnd, verbAt > h.end ? verbAt : Math.min(sentence.length, h.end + 80)));
    const aff = affiliationInTail(tail, ctx.vocab);
    const listed = ctx.attendees.find((a) => a.name === h.name);
    out.push({
      name: h.name, surface: h.surface, presenter, sentence,
      affiliation: aff?.name ?? listed?.affiliation ?? null,
      affiliationKind: aff?.kind ?? listed?.affiliationKind ?? null,
      ...(h.guest && { guest: true }), ...(h.title && { title: h.title }),
    });
  }
  return out;
}

// What may stand between two names of one group: "Anna Berg och Per Ek, Lerum", "A, B & C",
// "Anna Melke, forskare och Cornelia Björk, analytiker från FoU i Väst" (a role after a comma).
const GROUP_JOIN = /^\s*(?:,\s*(?:\p{Ll}[\p{Ll}-]*\s+){0,2})?(?:och|samt|and|&)?[\s,]*$/u;

/** Where the group of names that hits[k] is part of ends: the start of the first name after it outside the group. */
function groupEndAfter(sentence: string, hits: { start: number; end: number }[], k: number): number {
  for (let j = k + 1; j < hits.length; j++) {
    if (!GROUP_JOIN.test(sentence.slice((hits[j - 1] as { end: number }).end, (hits[j] as { start: number }).start))) return (hits[j] as { start: number }).start;
  }
  return sentence.length;
}

// "från FoU i Väst", "vid Stockholms universitet": an affiliation after a preposition.
const AFTER_PREPOSITION = /\b(fran|vid|pa|i|hos)\s+$/;
// Also in parentheses right after the name: "Maria Nilsson (SKR) presenterade".
const BEFORE_AFF = new RegExp(`(^[\\s,(]*$|,\\s*([a-z*]+\\s+){0,3}$|${AFTER_PREPOSITION.source})`);

// A lowercase word other than one joining names: "shared", "berättade", "från".
const CLAUSE_WORD = /(?<!\p{L})(?!(?:och|samt|and)(?!\p{L}))\p{Ll}{2,}/u;

/** The first place or organisation in `tail` introduced by a comma or "från"/"vid"/"på". */
function affiliationInTail(tail: string, vocab: Vocabulary) {
  if (!/\p{Lu}/u.test(tail)) return null;
  const tokens = tokenize(tail);
  const found = [...vocab.organisation.findAll(tokens), ...vocab.municipality.findAll(tokens)].sort((x, y) => x.start - y.start);
  for (const f of found) {
    const before = tail.slice(0, f.start);
    const key = foldKey(before);
    if (!BEFORE_AFF.test(key)) continue;
    // "X shared experiences from Barnahus Göteborg, and Kungälv …": a place after a comma far
    // behind the name, past words of another clause, is not the name's affiliation.
    const comma = before.lastIndexOf(',');
    if (comma > 0 && !AFTER_PREPOSITION.test(key) && CLAUSE_WORD.test(before.slice(0, comma))) continue;
    return resolveAffiliation(tail.slice(f.start, f.end), vocab);
  }
  return null;
}
