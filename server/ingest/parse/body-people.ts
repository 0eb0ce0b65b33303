// People named in the body, per agenda item, with presenters: names before a presenting verb
// ("berättar", "informerar", "ger en rapport"), names after a dash-listed topic
// ("GVI – en strategi ..., Anna Pellegrini och Petra Björnsdotter") and "Name, GR punkt 3".
import type { Line } from './normalize-text';
import { foldKey, foldText } from './fold';
import { resolveAffiliation } from './affiliation';
import { findNames, mentionsInSentence, PRESENTS, type MentionContext } from './people-mentions';
import { splitSentences } from './sentences';
import type { PersonMention } from './types';

/** Names listed after the last comma of a bullet/title: "Stödcentrum Heder, Christine Lidström". */
function dashListed(text: string, ctx: MentionContext): string[] {
  const cut = text.lastIndexOf(',');
  if (cut < 0) return [];
  const tail = text.slice(cut + 1);
  const hits = findNames(tail, ctx);
  if (hits.length === 0) return [];
  const rest = hits.reduceRight((s, h) => s.slice(0, h.start) + s.slice(h.end), tail);
  return /^[\s,]*((och|samt|&)[\s,]*)*$/.test(rest) ? hits.map((h) => h.name) : [];
}

// Where an item's title names who presents it: "Yrkesresan (Per Ek, GR)", "Yrkesresan – Per Ek",
// "Yrkesresan /Per Ek", "Yrkesresan. Föredragande: Per Ek". Tried in this order: a parenthesis at
// the end wins over a dash before it ("Barnahus – återkoppling (Per Ek, GR)").
const TITLE_TAILS = [/\(([^()]+)\)\s*$/, /\s[–—-]\s+([^–—-]+)$/, /\s\/\s*([^/]+)$/, /[.,:]?\s*\b(?:föredragande|presentatör|presenteras av|presented by|presenter)\s*:?\s+(.+)$/i];
// A line of its own under the heading: "Föredragande: Per Ek, GR", "Presentatörer: A och B".
const PRESENTER_LABEL = /^(?:föredragande|föredragare|presentatörer?|presenteras av|presented by|presenters?)\s*:\s*(.+)$/i;

/** Names in `tail` when it holds nothing else but their affiliations, separators and "och". */
function namesOnly(tail: string, ctx: MentionContext): string[] {
  const hits = findNames(tail, ctx);
  if (hits.length === 0) return [];
  const rest = hits.reduceRight((s, h) => s.slice(0, h.start) + s.slice(h.end), tail);
  const others = rest.split(/,|\boch\b|\bsamt\b|&/).map((x) => x.trim()).filter(Boolean);
  return others.every((x) => resolveAffiliation(x, ctx.vocab) !== null) ? hits.map((h) => h.name) : [];
}

/**
 * The presenters an item's title line names at its end, and where that part starts: the title
 * proper is the text before it ("Yrkesresan (Per Ek, GR)" is the item "Yrkesresan").
 */
export function titlePresenters(text: string, ctx: MentionContext): { names: string[]; index: number } | null {
  for (const re of TITLE_TAILS) {
    const m = re.exec(text);
    if (!m) continue;
    const names = namesOnly(m[1] as string, ctx);
    if (names.length) return { names, index: m.index };
  }
  return null;
}

/** The people a "Föredragande: …" line below an item's heading names. */
function labelListed(text: string, ctx: MentionContext): string[] {
  const c = text.charCodeAt(0) | 32;
  if (c !== 102 && c !== 112) return []; // 'f', 'p'
  const m = PRESENTER_LABEL.exec(text);
  return m ? namesOnly(m[1] as string, ctx) : [];
}

// "Karin Fält från GU deltog. Hon presenterade FYS.": a pronoun opening the next sentence.
const ONE_PRONOUN = /^(?:Hon|Han|Hen) /;
const MANY_PRONOUN = /^De /;

/**
 * The people a sentence without names presents through a pronoun: the one person of the
 * sentence before ("Hon", "Han", "Hen") or all of them ("De"), when a presenting verb follows.
 */
function pronounPresenters(sentence: string, before: string[]): string[] {
  const c = sentence.charCodeAt(0);
  if ((c !== 72 && c !== 68) || before.length === 0) return []; // 'H', 'D'
  const fits = before.length === 1 ? ONE_PRONOUN.test(sentence) : MANY_PRONOUN.test(sentence);
  return fits && PRESENTS.test(foldText(sentence)) ? before : [];
}

/** Mentions in lines[start, end); `item` labels them with the agenda item. */
export function peopleInSpan(lines: Line[], start: number, end: number, item: string | null, ctx: MentionContext): PersonMention[] {
  const byName = new Map<string, PersonMention>();
  let before: string[] = [];
  for (let i = start; i < end; i++) {
    const l = lines[i] as Line;
    if (l.blank) continue;
    const listed = l.bullet || i === start ? dashListed(l.text, ctx) : [];
    if (i === start) listed.push(...(titlePresenters(l.text, ctx)?.names ?? []));
    else listed.push(...labelListed(l.text, ctx));
    for (const s of ctx.words?.sentences(i) ?? splitSentences(l.text)) {
      const found = mentionsInSentence(s.text, ctx);
      if (found.length === 0) {
        for (const name of pronounPresenters(s.text, before)) {
          const prev = byName.get(name);
          if (prev && prev.role !== 'presenter') Object.assign(prev, { role: 'presenter', line: l.n, excerpt: s.text });
        }
      }
      before = [...new Set(found.map((m) => m.name))];
      for (const m of found) {
        const presenter = m.presenter || listed.includes(m.name);
        const prev = byName.get(m.name);
        if (prev) {
          if (presenter && prev.role !== 'presenter') Object.assign(prev, { role: 'presenter', line: l.n, excerpt: s.text });
          prev.affiliation ??= m.affiliation;
          if (m.guest) prev.guest = true;
          prev.title ??= m.title;
          continue;
        }
        byName.set(m.name, {
          name: m.name, surface: m.surface, affiliation: m.affiliation, affiliationKind: m.affiliationKind,
          role: presenter ? 'presenter' : 'mentioned', line: l.n, excerpt: s.text, agendaItem: item,
          ...(m.title && { title: m.title }), ...(m.guest && { guest: true }),
        });
      }
    }
  }
  return [...byName.values()];
}

/** True when a folded line is only a list of names (used to skip attendance-like lines). */
export function isNameList(text: string, ctx: MentionContext): boolean {
  const hits = findNames(text, ctx);
  const rest = hits.reduceRight((s, h) => s.slice(0, h.start) + s.slice(h.end), text);
  return hits.length > 0 && foldKey(rest).replace(/[\s,;.]|och/g, '') === '';
}
