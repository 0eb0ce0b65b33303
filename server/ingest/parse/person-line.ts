// Parses one attendance entry into people. Handles "Name, Municipality", several names sharing
// one affiliation ("A, B, C, GR/FoU i Väst"), alternating runs ("A, Lerum, B, Ale"),
// parenthesised affiliations ("Anna Svensson (Lerum)"), roles ("enhetschef", "ordförande")
// and presenter markers ("Name, GR punkt 4–5").
import { resolveAffiliation, type ResolvedAffiliation } from './affiliation';
import { isAbsenceNote, isAttendanceNote } from './attendance-note';
import { isKnownFirstName, isNameWithPlaceSurname, looksLikeNameWithPlaceSurname, looksLikePersonName } from './person-name';
import { initialsOf } from './short-names';
import type { Vocabulary } from './vocabulary';

export interface ParsedPerson {
  surface: string;
  affiliation: ResolvedAffiliation | null;
  role: string | null;
  unit: string | null;
  presentsItems: string[];
  /** How the person took part: "via Teams", "från kl 10", "ej punkt 3". */
  attendance?: string;
  /** Listed but not there: "Marie Rehn, Kungsbacka (förhinder)". */
  absent?: boolean;
}

// The English titles at the end (head … secretary) are written in capitals in English notes: "Head of Service".
const ROLE = /(chef|ledare|ordförande|ordf\.|sekreterare|sekr\.|forskare|analytiker|samordnare|strateg|koordinator|lektor|professor|handläggare|utvecklare|utredare|värd(?:inna)?\b|direktör|konsult|controller|specialist|expert|rådgivare|assistent|doktorand|representant|ansvarig|socionom|psykolog|jurist|projektledare|adjungerad|ersättare|gäst|föreläsare|moderator|head|manager|director|officer|lead|chair|coordinator|adviser|advisor|analyst|researcher|lecturer|worker|consultant|assistant|secretary)/i;
// "GR punkt 4–5", "Göteborgs Stad (punkt 4)", "SKR, § 4".
const ITEMS = String.raw`(?:\b(?:punkt(?:erna)?|p\.)|§)\s*(\d+(?:\s*(?:[-–,]|och)\s*\d+)*)`;
const PUNKT = new RegExp(String.raw`[,\s]*\(?${ITEMS}\s*\)?\s*$`, 'i');
// The same inside parentheses anywhere in an entry: "Socialstyrelsen (punkt 3)", "Anna Berg (§ 3)".
const ITEM_NOTE = new RegExp(String.raw`\s*\(${ITEMS}\)`, 'i');
// "(ej punkt 3)", "utom § 2": items the person missed, not items they present.
const NOT_ITEMS = /\b(?:ej|inte|utom|except|not)\s*\(?\s*$/i;

/** Item numbers named in "punkt 4–5" / "punkt 2, 3 och 6". */
function expandItems(spec: string): string[] {
  const out: string[] = [];
  for (const m of spec.matchAll(/(\d+)(?:\s*[-–]\s*(\d+))?/g)) {
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    for (let i = a; i <= Math.min(b, a + 20); i++) out.push(String(i));
  }
  return out;
}

/** Splits on commas/semicolons outside parentheses and on spaced dashes. */
function splitParts(text: string): string[] {
  // Parts are sliced out between the separators: building them a character at a time made a
  // chain of one-letter strings for every entry of every list.
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++; // (
    else if (c === 41) depth = Math.max(0, depth - 1); // )
    else if (depth === 0 && (c === 44 || c === 59)) { parts.push(text.slice(from, i)); from = i + 1; } // , ;
  }
  parts.push(text.slice(from));
  return parts.flatMap((p) => p.split(/\s+[–—-]\s+/)).map((p) => p.trim()).filter(Boolean);
}

// Words of a unit's name, written in lowercase after a name: "koncernkontoret", "lokalpolisområde …".
const UNIT_WORD = /(område|enhet|förvaltning|kontor|avdelning|sektion|stadsdel|mottagning|boende)/i;

/** Most words a lowercase role takes ("biträdande enhetschef för barn och unga"); more is a clause. */
const ROLE_WORDS = 6;

function isRole(part: string): boolean {
  const words = part.split(/\s+/);
  // "…, informerar om arbetet mot våld i nära relationer": a sentence after a name is no role.
  if (/^\p{Ll}/u.test(part)) return words.length <= ROLE_WORDS;
  // A capitalised role names itself first or last: "Enhetschef", "Head of Service", "Mockingbird programme lead".
  if (words.length <= 4) return ROLE.test(words[0] as string) || ROLE.test(words[words.length - 1] as string);
  // English titles name their field after "of": "Head of Individual and Family Care".
  return words.length <= ROLE_WORDS + 2 && ENGLISH_TITLE.test(part);
}

const HONORIFIC = /^(dr\.?|prof\.?|professor|docent|fil\.?\s?dr\.?|med\.?\s?dr\.?)\s+(?=\p{Lu})/iu;
const ENGLISH_TITLE = /^(?:head|director|manager|chair|coordinator|lead|deputy head|assistant director) (?:of|for)\s/i;

// A job title's last word, written before the name: "Socialchef", "Stadsdelsdirektör", "verksamhetsutvecklare".
const TITLE_END = /(chef|ledare|direktör|utvecklare|utredare|samordnare|handläggare|strateg|controller|ordförande|sekreterare|forskare|analytiker|koordinator|specialist|konsult|rådgivare|ansvarig|föreståndare)$/i;

// Words before a title: "biträdande enhetschef", "tf. socialchef", "vice ordförande".
const TITLE_MODIFIER = /^(?:biträdande|bitr\.?|tf\.?|t\.f\.?|tillförordnad|vice|ställföreträdande|stf\.?|senior|tillträdande|avgående|interim)$/i;

/**
 * "Socialchef Kristina Wall", "biträdande enhetschef Anna Berg": a title (up to three words,
 * modifiers before its last) and then a name, as title and name; null for any other part.
 */
function titleFirst(part: string, vocab: Vocabulary): { title: string; name: string } | null {
  const words = part.split(/\s+/);
  for (let j = 0; j < Math.min(3, words.length - 2); j++) {
    const w = words[j] as string;
    if (!TITLE_END.test(w) || (j === 0 && isKnownFirstName(w, vocab))) {
      // Only a modifier goes before the title word: not "Nätverk för verksamhetsutvecklare Märta Ek".
      if (TITLE_MODIFIER.test(w)) continue;
      return null;
    }
    const name = words.slice(j + 1).join(' ');
    if (looksLikePersonName(name, vocab) || looksLikeNameWithPlaceSurname(name, vocab)) return { title: words.slice(0, j + 1).join(' '), name };
    return null;
  }
  return null;
}

// "x", "X", "✓", "ja": a presence column's mark after the name, no role.
const PRESENCE_MARK = /^(?:x|ja|✓|✔|☑)$/i;

/**
 * A lowercase note that is a role ("ordförande", "biträdande enhetschef"), not a unit whose
 * name merely contains a role word ("nätverket för verksamhetsutvecklare").
 */
function namesRole(text: string): boolean {
  const words = text.trim().split(/\s+/);
  // "IFO chef" (from "IFO-chef", the tokens of a resolved affiliation): an acronym and a role word.
  if (words.length === 2 && ACRONYM.test(words[0] as string) && /^\p{Ll}/u.test(words[1] as string)) return ROLE.test(words[1] as string);
  return /^\p{Ll}/u.test(text) && ROLE.test(words.length <= 2 ? text : words[0] as string);
}

/** "IFO", "HR", "FoU": a short word with at least two capitals. */
const ACRONYM = /^(?=(?:.*\p{Lu}){2})\p{L}{2,5}$/u;

/** The role as the note wrote it ("IFO-chef"), where the affiliation's tokens gave "IFO chef". */
function writtenRole(role: string, text: string | null): string {
  if (!text || !role.includes(' ')) return role;
  const words = role.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(words.join('[-\\s]+')).exec(text)?.[0] ?? role;
}

/**
 * An affiliation in the entry's note or after it, past the names that share it:
 * "Stina Lund, Ola Nord, GR" gives Stina Lund the GR after Ola Nord.
 */
function affiliationFollows(noteAff: ResolvedAffiliation | null, rest: string[], vocab: Vocabulary): boolean {
  if (noteAff !== null) return true;
  // Past a role between them: "Andreas Lund, förvaltningschef, Kungsbacka".
  const next = rest.find((x) => !looksLikePersonName(x.replace(PAREN_NOTE, '').trim(), vocab) && !(/^\p{Ll}/u.test(x) && isRole(x)));
  return next !== undefined && resolveAffiliation(next, vocab) !== null;
}

const CONJUNCTION = /\s+(?:och|samt|and|&)\s+/;
const LEADING_CONJUNCTION = /^(?:och|samt|and|&)\s+/;
const PAREN_NOTE = /\s*\([^)]*\)/g;

/**
 * "Karita Björk och Lars Wennerström (Göteborgs Stad)", "A (Tjörn) samt B (Öckerö)", "och B":
 * names joined by a conjunction are separate entries, and a note after the last name is shared
 * by the names before it that have none. Split only when every piece is a person's name, so
 * "Vård och omsorg" or "Ale och Lilla Edet" stay whole.
 */
function splitConjoinedNames(part: string, vocab: Vocabulary): string[] {
  const lead = LEADING_CONJUNCTION.exec(part);
  const text = lead ? part.slice(lead[0].length) : part;
  // Most entries have no conjunction: one cheap test before any splitting.
  if (!lead && !text.includes(' och ') && !text.includes(' samt ') && !text.includes(' and ') && !text.includes(' & ')) return [part];
  const pieces = text.split(CONJUNCTION);
  // "Stina Lund och Ola Nord": a surname that is a place is let through here; the entry then
  // needs an affiliation after it (see parse).
  const named = (x: string) => looksLikePersonName(x, vocab) || looksLikeNameWithPlaceSurname(x, vocab);
  if (!pieces.every((x) => named(x.replace(PAREN_NOTE, '').trim()))) return [part];
  const last = pieces[pieces.length - 1] as string;
  const shared = /\([^)]*\)\s*$/.exec(last)?.[0];
  return pieces.map((x, i) => (shared && i < pieces.length - 1 && !x.includes('(') ? `${x} ${shared.trim()}` : x));
}

/** People on one attendance entry, or null when the entry is not a list of people. */
export function parsePersonLine(text: string, vocab: Vocabulary): ParsedPerson[] | null {
  const hit = parsedPeople(text, vocab);
  // Callers mutate the people (fallback affiliations), so hand out copies.
  return hit ? hit.map((p) => ({ ...p })) : null;
}

/** parsePersonLine(text, vocab) !== null, without copying the people. */
export function isPersonList(text: string, vocab: Vocabulary): boolean {
  return parsedPeople(text, vocab) !== null;
}

function parsedPeople(text: string, vocab: Vocabulary): readonly ParsedPerson[] | null {
  let cache = memo.get(vocab);
  if (!cache) memo.set(vocab, (cache = new Map()));
  // One lookup: a parse is an array or null, never undefined.
  let hit = cache.get(text);
  if (hit === undefined) {
    if (cache.size > 20_000) cache.clear();
    hit = parse(text, vocab);
    cache.set(text, hit);
  }
  return hit;
}

const memo = new WeakMap<Vocabulary, Map<string, ParsedPerson[] | null>>();

const LEADING_AFFILIATION = /^([^,;()–—-]+?)\s+[–—-]\s+/;

/**
 * "Ale – Anna Berg, Per Ek": an affiliation and a dash before the names are theirs; `length`
 * is the characters of affiliation and dash. Null when the entry does not start so.
 */
export function leadingAffiliation(text: string, vocab: Vocabulary): { affiliation: ResolvedAffiliation; length: number } | null {
  const dash = LEADING_AFFILIATION.exec(text);
  if (!dash) return null;
  // "Eva Lund – Länsstyrelsen": a name whose surname is a place, then its affiliation.
  const lead = dash[1] as string;
  if (looksLikePersonName(lead, vocab) || looksLikeNameWithPlaceSurname(lead, vocab)) return null;
  const affiliation = resolveAffiliation(lead, vocab);
  return affiliation ? { affiliation, length: dash[0].length } : null;
}

// "Ale (Anna Berg)", "Anna Berg/Ale": a person and a place or organisation in another order or
// with another separator than "Anna Berg (Ale)". (Spaced dashes separate parts: splitParts.)
const PLACE_FIRST = /^([^()]+?)\s*\(([^()]+)\)$|^([^/\s][^/]*?)\s*\/\s*([^/]+)$/;

/** An entry of another shape rewritten as "Name (Affiliation)" entries; `[entry]` as it is otherwise. */
function placeFirst(entry: string, vocab: Vocabulary): string[] {
  if (!(entry.includes('(') || entry.includes('/'))) return [entry];
  const m = PLACE_FIRST.exec(entry);
  if (!m) return [entry];
  const [a, b] = [(m[1] ?? m[3]) as string, (m[2] ?? m[4]) as string].map((x) => x.trim()) as [string, string];
  if (m[1] !== undefined) {
    // "Ale (Anna Berg)", "Göteborg (Jörgen Larzon, Britta Timan)": the place first, then its people.
    // A lowercase piece is the role of the name before it: "Partille (Eva Pålman, värd)".
    const pieces = b.split(/\s*,\s*|\s+(?:och|samt|and)\s+/);
    const placeOnly = !looksLikePersonName(a, vocab) && resolveAffiliation(a, vocab) !== null;
    const fits = looksLikePersonName(pieces[0] as string, vocab) && pieces.every((n) => looksLikePersonName(n, vocab) || /^\p{Ll}/u.test(n));
    return placeOnly && fits ? pieces.map((n) => (/^\p{Ll}/u.test(n) ? n : `${n} (${a})`)) : [entry];
  }
  // "Anna Berg/Ale": the person first, with a slash.
  return looksLikePersonName(a, vocab) && !looksLikePersonName(b, vocab) && resolveAffiliation(b, vocab) ? [`${a} (${b})`] : [entry];
}

// "1. Anna Berg, Ale": a numbered attendance list.
const ENUMERATOR = /^\d{1,2}[.)]\s+/;

// "Blomqvist, Iréne (Ale)", "Larzon, Jörgen, Göteborg": a surname first, then the first name.
const SURNAME_FIRST = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?),\s+(\p{Lu}[\p{L}-]+)(?=\s*(?:\(|,|$))(.*)$/u;

/** The entry with its name turned round when it is written surname first; `text` otherwise. */
function firstNameFirst(text: string, vocab: Vocabulary): string {
  // One or two words before the first comma, or no such entry: most are "Anna Berg, Ale".
  const comma = text.indexOf(',');
  if (comma < 2 || comma > 40 || text.slice(0, comma).split(' ').length > 2) return text;
  const m = SURNAME_FIRST.exec(text);
  if (!m) return text;
  const [, surname, first, rest] = m as unknown as [string, string, string, string];
  if (!isKnownFirstName(first, vocab) || isKnownFirstName(surname.split(/\s/)[0] as string, vocab) || resolveAffiliation(surname, vocab)) return text;
  return `${first} ${surname}${rest}`;
}

// Contact details after a name: "– jorgen.larzon@…", "– tel. 031-365 00 00", "0300-83 40 00".
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /(?:\b(?:tel|telefon|mobil|mob|phone)\.?:?\s*)?(?:\+46\s?|\b0)\d{1,4}(?:[-\s]\d{2,4}){1,4}\b/gi;

/** The entry without e-mail addresses and phone numbers, and the dashes and commas they leave. */
function withoutContacts(text: string): string {
  if (!text.includes('@') && !/\d{2}/.test(text)) return text;
  const out = text.replace(EMAIL, '').replace(PHONE, '');
  return out === text ? text : out.replace(/(\s*[,;–—-]\s*)+$/, '').replace(/\s*[–—-]\s*,/g, ',').trim();
}

interface NoteParts {
  /** The note without the pieces read off it; null when nothing is left. */
  note: string | null;
  attendance: string | null;
  absent: boolean;
  items: string[];
  /** Set with role when the note is an affiliation and a role: "(Ale, IFO-chef)". */
  affiliation: ResolvedAffiliation | null;
  role: string | null;
}

/**
 * A parenthesised note of several pieces, "(Ale, från kl 10)", "(FoU i Väst, punkt 3)",
 * "(Ale, IFO-chef)": how the person took part, absence and presented items are read off, and
 * an affiliation beside a role is split from it, so neither ends up as the other's unit.
 */
function splitNote(note: string, vocab: Vocabulary): NoteParts {
  const out: NoteParts = { note: null, attendance: null, absent: false, items: [], affiliation: null, role: null };
  const kept: string[] = [];
  for (const piece of note.split(',').map((x) => x.trim()).filter(Boolean)) {
    const items = ITEM_NOTE.exec(`(${piece})`);
    if (isAbsenceNote(piece)) out.absent = true;
    else if (!out.attendance && isAttendanceNote(piece)) out.attendance = piece;
    else if (items?.index === 0 && items[0].length === piece.length + 2) out.items.push(...expandItems(items[1] as string));
    else kept.push(piece);
  }
  out.note = kept.length ? kept.join(', ') : null;
  if (kept.length >= 2) {
    const affs = kept.map((x) => resolveAffiliation(x, vocab));
    const at = affs.findIndex((a) => a !== null && a.unit === null);
    const roles = kept.filter((_, k) => k !== at);
    if (at >= 0 && roles.every((x) => isRole(x) && ROLE.test(x))) {
      out.affiliation = affs[at] as ResolvedAffiliation;
      out.role = roles.join(', ');
    }
  }
  return out;
}

// "Cecilia Axelsson och Nicholas Singleton från GR": the affiliation after "från" is theirs.
const FROM_TAIL = /^(.*\S)\s+(?:från|fran|from)\s+([^()]+)$/;

/** The entry split into its names and the affiliation after "från"; `[entry]` otherwise. */
function fromSuffix(entry: string, vocab: Vocabulary): string[] {
  if (!(entry.includes(' från ') || entry.includes(' fran ') || entry.includes(' from '))) return [entry];
  const m = FROM_TAIL.exec(entry);
  const aff = m ? resolveAffiliation(m[2] as string, vocab) : null;
  return m && aff && aff.unit === null ? [m[1] as string, m[2] as string] : [entry];
}

function parse(text: string, vocab: Vocabulary): ParsedPerson[] | null {
  const bare = withoutContacts(text.trim());
  if (bare !== text.trim()) return bare ? parse(bare, vocab) : null;
  const turned = firstNameFirst(text.trim(), vocab);
  if (turned !== text.trim()) return parse(turned, vocab);
  // Only before a first name: "3. Forskning" with a name on the next line is an item heading.
  const numbered = ENUMERATOR.exec(text.trim());
  if (numbered) {
    const rest = text.trim().slice(numbered[0].length);
    if (isKnownFirstName(rest.split(/[\s,]/, 1)[0] as string, vocab)) return parse(rest, vocab);
  }
  let body = text.trim().replace(/[.;]+$/, '');
  let presentsItems: string[] = [];
  // A parenthesised "(punkt 4)" in a list of several entries is that entry's (ITEM_NOTE below).
  const punkt = body.endsWith(')') && /[,;]/.test(body) ? null : PUNKT.exec(body);
  if (punkt && NOT_ITEMS.test(body.slice(0, punkt.index))) {
    // Left in the body: the parenthesised note is read below as an attendance note.
  } else if (punkt) {
    presentsItems = expandItems(punkt[1] as string);
    body = body.slice(0, punkt.index);
  }
  const people: ParsedPerson[] = [];
  let pending: ParsedPerson[] = [];
  const lead = leadingAffiliation(body, vocab);
  const leading = lead?.affiliation ?? null;
  if (lead) body = body.slice(lead.length);
  const parts = splitParts(body).flatMap((part) => placeFirst(part, vocab).flatMap((entry) => fromSuffix(entry, vocab)).flatMap((entry) => splitConjoinedNames(entry, vocab)));
  for (const [k, entry] of parts.entries()) {
    let rawPart = entry;
    // "Socialstyrelsen (punkt 3)" inside a list: that entry's people present item 3.
    const itemNote = people.length && rawPart.includes('(') ? ITEM_NOTE.exec(rawPart) : null;
    if (itemNote) {
      const items = expandItems(itemNote[1] as string);
      for (const x of pending.length ? pending : people.slice(-1)) x.presentsItems = [...new Set([...x.presentsItems, ...items])];
      rawPart = (rawPart.slice(0, itemNote.index) + rawPart.slice(itemNote.index + itemNote[0].length)).trim();
      if (!rawPart) continue;
    }
    // "Anna Svensson (Lerum)" or "Per Akerman, Tjorn (nätverket för verksamhetsutvecklare)".
    const paren = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/.exec(rawPart);
    let part = paren ? `${paren[1]} ${paren[3]}`.trim() : rawPart;
    let note = paren ? (paren[2] as string).trim() : null;
    // "Taija Holmberg  Ale  verksamhetschef  x": the presence column says she was there.
    if (!note && part.length <= 2 && people.length && PRESENCE_MARK.test(part)) continue;
    // "Emma Virtanen, Mölndal (EV)": the person's initials, as the body will call them, are no unit.
    const initials = note && /^\p{Lu}{2,4}$/u.test(note) ? note : null;
    if (initials && [paren![1] as string, ...people.map((p) => p.surface)].some((n) => initialsOf(n).includes(initials))) note = null;
    // "(via Teams)", "(från kl 10)": how the person took part, kept apart from unit and role.
    let attendance = note && isAttendanceNote(note) ? note : null;
    if (attendance) note = null;
    // "(förhinder)", "(anmält förhinder)": listed, but not there.
    let absent = note !== null && isAbsenceNote(note);
    if (absent) note = null;
    const split = note?.includes(',') ? splitNote(note, vocab) : null;
    if (split) {
      note = split.note;
      attendance ??= split.attendance;
      absent ||= split.absent;
    }
    const last = people[people.length - 1];
    if (!part && (attendance || absent) && last) {
      if (attendance) last.attendance = attendance;
      if (absent) for (const x of pending.length ? pending : [last]) x.absent = true;
      continue;
    }
    const noteAff = split?.affiliation ?? (note ? resolveAffiliation(note, vocab) : null);
    // "Socialchef Kristina Wall, Ale": a title before the name is her role.
    let title: string | null = null;
    // "Dr Alan Fraser", "Prof. Maria Nilsson": the honorific is no part of the name.
    const honorific = part.length > 4 && HONORIFIC.exec(part);
    if (honorific) { title = honorific[1] as string; part = part.slice(honorific[0].length); }
    // Asked even of a name-shaped part: "Förvaltningschef Marie Rehn" is three capitalised words.
    if (!title && part.includes(' ')) {
      const t = titleFirst(part, vocab);
      if (t) { title = t.title; part = t.name; }
    }
    // "Johanna Lund, Kungälv": a place word is a surname when the affiliation follows, or when
    // nothing but first names stands before it ("Johanna Lund" alone; "Anna Berg Lerum" is a place).
    if (part && (looksLikePersonName(part, vocab) || (looksLikeNameWithPlaceSurname(part, vocab) && (affiliationFollows(noteAff ?? leading, parts.slice(k + 1), vocab) || isNameWithPlaceSurname(part, vocab))))) {
      // "A, nätverksledare, B, FoU-chef vid FoU i Väst": a name with its own role is its own
      // entry; an affiliation after a later name is not shared with it.
      pending = pending.filter((x) => x.role === null);
      // "Eva Sund (GR, processledare)": a role beside the affiliation is hers, not a unit of it.
      const noteRole = split?.role ?? (noteAff?.unit && namesRole(noteAff.unit) ? writtenRole(noteAff.unit, note) : null);
      const affiliation = noteRole && noteAff?.unit ? { ...noteAff, unit: null } : noteAff ?? leading;
      const p: ParsedPerson = { surface: part, affiliation, role: noteRole ?? title, unit: null, presentsItems: split?.items.length ? [...presentsItems, ...split.items] : presentsItems };
      const noteItems = note && !noteAff ? ITEM_NOTE.exec(`(${note})`) : null;
      if (noteItems) p.presentsItems = expandItems(noteItems[1] as string);
      else if (note && !noteAff) { if (isRole(note) && ROLE.test(note)) p.role = p.role ? `${p.role}, ${note}` : note; else p.unit = note; }
      people.push(p);
      if (attendance) p.attendance = attendance;
      if (absent) p.absent = true;
      if (!p.affiliation) pending.push(p);
      continue;
    }
    const found = part ? resolveAffiliation(part, vocab) : null;
    if (found) {
      const targets = pending.length ? pending : people.slice(-1);
      if (targets.length === 0) return null;
      // "Ale (ordförande)", "processledare GR": a role next to the affiliation is the person's
      // role, not a unit. With several names sharing the affiliation it is left as written.
      const leftoverRole = found.unit && namesRole(found.unit) ? writtenRole(found.unit, part) : null;
      const noteRole = note && namesRole(note) ? note : null;
      const role = targets.length === 1 ? noteRole ?? leftoverRole : null;
      const aff = role && role === leftoverRole ? { ...found, unit: null } : found;
      if (attendance) for (const p of targets) p.attendance = attendance;
      if (absent) for (const p of targets) p.absent = true;
      for (const p of targets) {
        if (role) p.role ??= role;
        // "Göteborg: … Oskar Lindahl (SDF Hisingen)": the same municipality again is no unit.
        if (p.affiliation) { if (p.affiliation.name !== aff.name) p.unit ??= aff.surface; continue; }
        p.affiliation = aff;
        if (note && note !== role) p.unit = note;
      }
      pending = [];
      continue;
    }
    const prev = people[people.length - 1];
    if (!prev) return null;
    if (/^\p{Ll}/u.test(part) && isAttendanceNote(part)) {
      prev.attendance = part;
      continue;
    }
    // "Hans Kjellberg, Stenungsund – ej närvarande": the list names him, but he was not there.
    if (isAbsenceNote(part)) {
      for (const x of pending.length ? pending : [prev]) x.absent = true;
      continue;
    }
    if (attendance) prev.attendance = attendance;
    // "koncernkontoret", "lokalpolisområde Storgöteborg": a lowercase part naming a unit, no role.
    if (/^\p{Ll}/u.test(part) && part.split(/\s+/).length <= 3 && !ROLE.test(part) && UNIT_WORD.test(part) && !prev.unit) {
      prev.unit = part;
      continue;
    }
    if (isRole(part)) {
      prev.role = prev.role ? `${prev.role}, ${part}` : part;
      if (noteAff && !prev.affiliation) prev.affiliation = noteAff;
      // "processledare (ordförande för dagen)": a second role in parentheses.
      else if (note && !noteAff && isRole(note)) prev.role = `${prev.role}, ${note}`;
      continue;
    }
    // A capitalised part we cannot place: keep it as an unknown organisation of the pending names.
    // A first name alone is none: a wrapped line ends in the next entry's first name ("…, Henrik").
    if (/^\p{Lu}/u.test(part) && part.split(/\s+/).length <= 6 && pending.length && !(!part.includes(' ') && isKnownFirstName(part, vocab))) {
      const unknown: ResolvedAffiliation = { name: part, kind: 'organisation', surface: part, unit: null, known: false };
      for (const p of pending) p.affiliation = unknown;
      pending = [];
      continue;
    }
    // "Anna Berg, Ale, enhetschef, Barn och familj": after the affiliation (and a role), a
    // capitalised part is the unit within it. One word alone is a unit only after a role: at the
    // end of a wrapped line it is the first name of the next entry ("…, Camilla" / "Hedlund, Tjörn").
    const words = part.split(/\s+/).length;
    if (/^\p{Lu}/u.test(part) && words <= 6 && (words > 1 || prev.role) && prev.affiliation && !prev.unit && !prev.affiliation.unit && !isKnownFirstName(part.split(/\s+/)[0] as string, vocab)) {
      prev.unit = part;
      continue;
    }
    return null;
  }
  return people.length ? people : null;
}
