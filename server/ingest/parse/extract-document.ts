// One meeting note in, one Extraction out. Pure: no I/O, no clock, no randomness, so the
// same text always gives the same JSON and every step can be tested without a database.
import { BARE_PREFIXED, PREFIXED, programmeAt, splitAgendaItems, type ItemSpan } from './agenda-items';
import { parseAttendance, parseTrailingAttendance } from './attendance';
import { peopleInSpan, titlePresenters } from './body-people';
import { findCandidates } from './candidates';
import { foldKey } from './fold';
import { findLocation, findTitle } from './meeting-header';
import { bodyMeetingDay, EMAIL_HEADER, headerDayWithYearInferred, inferDate, statedDate } from './meeting-date';
import { networkCandidates } from './network-names';
import { findNetworks } from './networks';
import { addGuests } from './guest-intro';
import { normalizeText, type Line } from './normalize-text';
import type { PhraseMatch, PhraseMatcher } from './phrase-matcher';
import { LineWords } from './line-words';
import { tokenize, type Token } from './tokenize';
import { findNoteTakers } from './note-takers';
import { isPersonList } from './person-line';
import { isKnownFirstName } from './person-name';
import { createMentionContext, type MentionContext } from './people-mentions';
import { scanProjects } from './projects';
import { createNameRestorer } from './restore-name';
import { scanThemes } from './themes';
import type { AgendaItem, Extraction, PersonMention } from './types';
import { setLooseMatching, type MunicipalityEntry, type Vocabulary } from './vocabulary';

const SUBJECT = /^(?:ämne|amne|subject)\s*:/i;
const SCHOOL = /^\s+(?:universitet|högskola|tekniska högskola|universitetssjukhus)\b/;

export interface ExtractOptions {
  filename: string;
  vocabulary: Vocabulary;
  /** Names written with proper diacritics elsewhere in the corpus, used to restore OCR'd names. */
  knownNames?: string[];
}

const FORWARD_TITLE = /kommande|nasta|framover|kalender|datum|planerade|save the date/;
const FIRST_AGENDA = /^(dagens tema|dagordning)\b|^\d{1,2}[.)]\s/;
/** Whether a line's folded key begins the agenda: "Dagordning", "1. …", "§ 1 …", "Punkt 1. …", "§ 1" alone. */
const startsAgenda = (key: string) => FIRST_AGENDA.test(key) || PREFIXED.test(key) || BARE_PREFIXED.test(key);

// An é/è that OCR made of ö/ä ("Géteborg", "Térnqvist", "socialtjénst"). Swedish writes é on
// purpose at a word's end ("idé", "entré") and before a final n ("Helén", "Rydén", "Hultén"):
// two such names must not turn a clean note into an OCR'd one, whose é's become ö's.
const OCR_MARK = /[éè](?![nN]?(?:[^A-Za-zÀ-ÿ]|$)|e)|\uFFFD/g;

/** OCR'd notes show é/è for ö/ä and stray bullet signs. */
function looksOcrd(text: string, lines: Line[]): boolean {
  const marks = (text.match(OCR_MARK) ?? []).length + 5 * lines.filter((l) => l.bullet === '¢' || l.bullet === '»' || l.bullet?.startsWith('v')).length;
  return text.length > 0 && marks / text.length > 0.0015;
}

const unique = (xs: string[]) => [...new Set(xs)];

const EXCERPT_CHARS = 300;

/** The body lines of an item (its heading lines left out) joined by spaces, cut at EXCERPT_CHARS. */
// Only as many lines are joined as the cut keeps: an item may run over many lines.
function excerptOf(lines: Line[], range: number[], headingLines: number): string {
  let text = '';
  for (let k = headingLines; k < range.length && text.length < EXCERPT_CHARS; k++) text += (k > headingLines ? ' ' : '') + (lines[range[k] as number] as Line).text;
  return text.slice(0, EXCERPT_CHARS);
}

/** Organisation names of a vocabulary, built once per vocabulary rather than per note. */
const orgNamesOf = new WeakMap<Vocabulary, Set<string>>();
function organisationNames(vocab: Vocabulary): Set<string> {
  let names = orgNamesOf.get(vocab);
  if (!names) orgNamesOf.set(vocab, (names = new Set(vocab.data.organisations.map((o) => o.name))));
  return names;
}

/** Folded first words of the municipalities' forms of two or more words ("lilla" of "Lilla Edet"), per vocabulary. */
const pairStartsOf = new WeakMap<Vocabulary, Set<string>>();
function pairStarts(vocab: Vocabulary): Set<string> {
  let set = pairStartsOf.get(vocab);
  if (!set) {
    set = new Set();
    for (const m of vocab.data.municipalities) for (const f of [m.name, ...m.variants, ...(m.districts ?? [])]) {
      const words = tokenize(f);
      if (words.length >= 2) set.add((words[0] as Token).folded);
    }
    pairStartsOf.set(vocab, set);
  }
  return set;
}

/** Names a matcher finds in the lines `range`, each once, in order of first mention. */
function namesFound<V extends { name: string }>(matcher: PhraseMatcher<V>, range: number[], words: LineWords): string[] {
  const names = new Set<string>();
  for (const i of range) for (const m of matcher.findAll(words.tokens(i))) names.add(m.value.name);
  return [...names];
}

/** Extracts meeting, people, projects, themes and agenda items from one note. */
export function extractDocument(text: string, options: ExtractOptions): Extraction {
  const lines = normalizeText(text);
  const ocr = looksOcrd(text, lines);
  setLooseMatching(options.vocabulary, ocr);
  try {
    return extract(text, lines, ocr, options);
  } finally {
    setLooseMatching(options.vocabulary, false);
  }
}

function extract(text: string, lines: Line[], ocr: boolean, options: ExtractOptions): Extraction {
  const vocab = options.vocabulary;
  const warnings: string[] = [];
  const restore = createNameRestorer(vocab, options.knownNames, ocr);
  const words = new LineWords(lines);
  const tokens = (i: number) => words.tokens(i);

  // "1. Anna Berg, Ale" under "Närvarande:" numbers people, not items.
  const agendaAt = (l: Line) => !l.blank && (l.heading > 0 || l.bold || l.text.length < 80) && startsAgenda(l.key) && !isPersonList(l.text, vocab);
  let limit = lines.findIndex(agendaAt);
  // "Dagordning" over the day's programme, then the attendance list, then the items written out:
  // the programme is no item, and the agenda starts after it.
  const programme = limit >= 0 ? programmeAt(lines, limit) : null;
  if (programme) {
    const next = lines.findIndex((l, i) => i >= programme.end && agendaAt(l));
    limit = next < 0 ? lines.length : next;
  }
  if (limit < 0) limit = lines.length;
  const lead = parseAttendance(lines, limit, vocab, restore);
  // No list above the agenda: it may stand at the end of the note, after the last item.
  const trailing = lead.start < 0 && limit < lines.length ? parseTrailingAttendance(lines, limit, vocab, restore) : null;
  const att = trailing ? { ...trailing, attendees: [...lead.attendees.filter((a) => !trailing.attendees.some((b) => b.name === a.name)), ...trailing.attendees] } : lead;
  const firstContent = lines.findIndex((l) => !l.blank);
  const bodyFrom = lead.start >= 0 ? lead.end : firstContent + 1;
  const attendeeNames = [...lead.attendees, ...(trailing?.attendees ?? [])].map((a) => a.name);
  const bodyNotes = findNoteTakers(lines, bodyFrom, vocab, restore, lines.length, attendeeNames);
  // "Antecknare: X" may also stand in the header, above the attendance list, or in it
  // ("Sekreterare: X" below the names); only a note-taker line after the list ends the body.
  const notes = bodyNotes.index >= 0 ? bodyNotes : findNoteTakers(lines, 0, vocab, restore, lead.start >= 0 ? lead.end : bodyFrom, attendeeNames);
  // A list at the end ends the body as a note-taker line does, unless agenda items follow that
  // line: then it stood in the header ("Antecknare: X" above "1) Inledning").
  const notesEndBody = bodyNotes.index >= 0 && !itemsFollow(lines, bodyNotes.index + 1);
  const bodyTo = Math.min(notesEndBody ? bodyNotes.index : lines.length, trailing ? trailing.start : lines.length);
  const spans = splitAgendaItems(lines, bodyFrom, bodyTo, programme && bodyFrom >= programme.end ? programme.titles : undefined);
  const headerEnd = lead.start >= 0 ? lead.start : spans[0]?.start ?? bodyFrom;

  // Whether line i lies in a "kommande"-style item: the last top-level span containing it decides.
  const forwardAt: boolean[] = new Array(lines.length).fill(FORWARD_TITLE.test(''));
  for (const s of spans) {
    if (s.parent) continue;
    const f = FORWARD_TITLE.test(foldKey(s.title));
    for (let i = Math.max(0, s.start); i < Math.min(s.end, lines.length); i++) forwardAt[i] = f;
  }
  const forward = (i: number) => forwardAt[i] ?? false;
  const date = statedDate(lines, headerEnd, options.filename) ?? headerDayWithYearInferred(lines, headerEnd, forward) ?? bodyMeetingDay(lines, headerEnd, forward) ?? inferDate(lines, 0, forward);
  if (!date) warnings.push('no meeting date found');
  else if (date.dateInferred) warnings.push(`meeting date inferred (${date.datePrecision}) from the text`);

  // A forwarded note's mail header ("Från:", "Till:" with every address) names no network; its
  // "Ämne:" line is the title.
  const titleLines = lines.slice(0, headerEnd).map((l, i) => (l.blank || (EMAIL_HEADER.test(l.text) && !SUBJECT.test(l.text)) ? -1 : i)).filter((i) => i >= 0).slice(0, 4);
  const headingLines = [...titleLines, ...spans.filter((s) => s.kind === 'heading' || s.kind === 'bold').map((s) => s.start)];
  const nets = findNetworks({ lines, tokens, headingLines, titleLines, groupNetworks: att.groupNetworks, bodyFrom, vocab });
  if (nets.inferred && nets.networks.length) warnings.push(`network inferred from content: ${nets.networks.join(', ')}`);

  const attendees = att.attendees;
  if (att.start < 0) warnings.push('no attendance section found');
  else unreadAttendance(lines, att, vocab, warnings);
  for (const a of attendees) if (!a.affiliation) warnings.push(`no affiliation for attendee ${a.name} (line ${a.line})`);
  if (text.includes('\uFFFD')) warnings.push('text contains U+FFFD replacement characters');

  const ctx: MentionContext = createMentionContext(vocab, restore, attendees, words);
  const mentioned: PersonMention[] = [];
  const label = (s: ItemSpan) => s.number ?? s.title;
  const topSpans = spans.filter((s) => !s.parent);
  const firstItem = topSpans[0]?.start ?? bodyTo;
  if (firstItem > bodyFrom) mentioned.push(...peopleInSpan(lines, bodyFrom, firstItem, null, ctx));
  for (const s of topSpans) mentioned.push(...peopleInSpan(lines, s.start, s.end, label(s), ctx));
  // "Name, GR punkt 3" in the attendance list makes that person a presenter of item 3.
  for (const a of attendees) {
    for (const n of a.presentsItems ?? []) {
      const s = topSpans.find((x) => x.number === n);
      if (!s) continue;
      const m = mentioned.find((x) => x.name === a.name && x.agendaItem === n);
      if (m) m.role = 'presenter';
      else mentioned.push({ name: a.name, surface: a.surface, affiliation: a.affiliation, affiliationKind: a.affiliationKind, role: 'presenter', line: a.line, excerpt: (lines[a.line - 1] as Line).text, agendaItem: n });
    }
  }
  addGuests(attendees, mentioned);
  // A note-taker line above the items lies in the body and was read as text too: the names on
  // it are the note-takers, not people mentioned.
  const notesLine = notes.index >= 0 ? (lines[notes.index] as Line).n : -1;
  for (let k = mentioned.length - 1; k >= 0; k--) {
    const m = mentioned[k] as PersonMention;
    if (m.line === notesLine && m.role === 'mentioned' && notes.names.includes(m.name)) mentioned.splice(k, 1);
  }
  for (const [k, n] of notes.names.entries()) {
    mentioned.push({ name: n, surface: notes.surfaces[k], affiliation: attendees.find((a) => a.name === n)?.affiliation ?? null, role: 'note-taker', line: (lines[notes.index] as Line).n, excerpt: (lines[notes.index] as Line).text, agendaItem: null });
  }

  const projects = scanProjects({ lines, words, from: bodyFrom, to: bodyTo, items: spans, vocab });
  const themes = scanThemes(lines, tokens, bodyFrom, bodyTo, vocab);

  // "Johanna Lund berättar": a place word inside a listed person's name is no mention of the place.
  const personNames = unique([...attendees, ...mentioned].flatMap((p) => [p.name, p.surface ?? p.name])).filter((n) => n.includes(' '));
  const insideName = (text: string, start: number, end: number) => personNames.some((n) => {
    for (let k = text.indexOf(n); k >= 0 && k <= start; k = text.indexOf(n, k + 1)) if (end <= k + n.length) return true;
    return false;
  });
  // Asked for each line of an item and again for the whole body: worked out once per line.
  const places: (PhraseMatch<MunicipalityEntry>[] | undefined)[] = [];
  // A place inside a person's name ("Anna Lerum") or an organisation's ("Stockholms universitet")
  // is not the place; the organisation a municipality runs ("Social Resurs Göteborg") still names it.
  const insideOrganisation = (i: number, m: PhraseMatch<MunicipalityEntry>) =>
    vocab.organisation.findAll(tokens(i)).some((o) => !o.value.municipality && o.start < m.end && m.start < o.end);
  // The line's last word and the next line's first, as one token list: a name broken over the
  // line end ("Lilla" / "Edet", "Göteborgs" / "universitet"). Worked out once per line.
  const pairs: (Token[] | null | undefined)[] = [];
  const pairAt = (i: number): Token[] | null => {
    if (pairs[i] !== undefined) return pairs[i] as Token[] | null;
    const a = tokens(i);
    const next = lines[i + 1];
    const b = a.length > 0 && next && !next.blank ? tokens(i + 1) : [];
    return (pairs[i] = b.length ? tokenize(`${(a[a.length - 1] as Token).raw} ${(b[0] as Token).raw}`) : null);
  };
  const spansPair = (m: { firstToken: number; endToken: number }) => m.firstToken === 0 && m.endToken === 2;
  const orgAcross = (i: number) => vocab.organisation.findAll(pairAt(i) ?? []).some((o) => !o.value.municipality && spansPair(o));
  // "Linköpings universitet", "Malmö högskola": a seat of learning the vocabulary lacks is no place either.
  const schoolAfter = (i: number, m: PhraseMatch<MunicipalityEntry>) => SCHOOL.test((lines[i] as Line).text.slice(m.end, m.end + 24));
  const placesAt = (i: number) => (places[i] ??= vocab.municipality.findAll(tokens(i)).filter((m) => !insideName((lines[i] as Line).text, m.start, m.end) && !insideOrganisation(i, m)
    && !schoolAfter(i, m) && !(m.endToken === tokens(i).length && orgAcross(i))));

  // "Ale, Lilla" / "Edet, Kungälv och …": a two-word place broken over a line end. Only a word
  // that starts such a place ("lilla", "ostra") is looked at.
  const placeAcross = (i: number): string | null => {
    const a = tokens(i);
    if (a.length === 0 || !pairStarts(vocab).has((a[a.length - 1] as Token).folded)) return null;
    const m = vocab.municipality.findAll(pairAt(i) ?? [])[0];
    return m && spansPair(m) ? m.value.name : null;
  };
  const placesOf = (range: number[]) => {
    const names = range.flatMap((i) => placesAt(i).map((m) => m.value.name));
    for (let k = 0; k + 1 < range.length; k++) {
      const across = range[k + 1] === (range[k] as number) + 1 ? placeAcross(range[k] as number) : null;
      if (across) names.push(across);
    }
    return unique(names);
  };

  /** Line indexes of the sub-items of span s. */
  const subItemLines = (s: ItemSpan): Set<number> => {
    const out = new Set<number>();
    for (const c of spans) if (c !== s && c.parent !== null && c.parent === label(s) && c.start >= s.start && c.end <= s.end) for (let i = c.start; i < c.end; i++) out.add(i);
    return out;
  };
  // "Yrkesresan (Per Ek, GR)" is the item "Yrkesresan": the same item keeps one title across
  // meetings whoever presents it. The presenters are read from the heading line as written.
  const titleOf = (s: ItemSpan): string => {
    const cut = titlePresenters(s.title, ctx)?.index ?? 0;
    return cut > 0 ? s.title.slice(0, cut).replace(/[\s.,:;–—-]+$/, '') || s.title : s.title;
  };
  const agendaItems: AgendaItem[] = spans.map((s) => {
    const range: number[] = [];
    for (let i = s.start; i < s.end; i++) if (!(lines[i] as Line).blank) range.push(i);
    // What a sub-item ("5.2 Yrkesresan") names is that sub-item's, not also its parent's
    // ("5. Korta punkter"): else the project is discussed twice and relates to every theme of
    // the sibling sub-items, and the sub-item's presenter presents the parent too.
    const inSubItem = subItemLines(s);
    const own = inSubItem.size ? range.filter((i) => !inSubItem.has(i)) : range;
    const spanPeople = s.parent ? peopleInSpan(lines, s.start, s.end, label(s), ctx) : mentioned.filter((m) => m.agendaItem === label(s) && m.role !== 'note-taker');
    // Mentions carry 1-based line numbers; line indexes are 0-based.
    const people = inSubItem.size ? spanPeople.filter((m) => !inSubItem.has(m.line - 1)) : spanPeople;
    const presenters = unique([...people.filter((m) => m.role === 'presenter').map((m) => m.name),
      ...attendees.filter((a) => s.number && a.presentsItems?.includes(s.number)).map((a) => a.name)]);
    const last = range[range.length - 1] ?? s.start;
    return {
      number: s.number, title: titleOf(s), line: (lines[s.start] as Line).n, endLine: (lines[last] as Line).n,
      excerpt: excerptOf(lines, range, s.titleLine === undefined ? 1 : 2),
      projects: namesFound(vocab.project, own, words),
      themes: namesFound(vocab.theme, own, words),
      presenters,
      people: unique(people.map((m) => m.name)),
      municipalities: placesOf(own),
      organisations: namesFound(vocab.organisation, own, words),
      kind: s.kind, parent: s.parent,
    };
  });

  const bodyMunis: string[] = [];
  const bodyOrgs: string[] = [];
  for (let i = bodyFrom; i < lines.length; i++) {
    if ((lines[i] as Line).blank) continue;
    for (const m of placesAt(i)) bodyMunis.push(m.value.name);
    const across = placeAcross(i);
    if (across) bodyMunis.push(across);
    for (const m of vocab.organisation.findAll(tokens(i))) bodyOrgs.push(m.value.name);
  }
  const known = (kind: string) => [...attendees, ...mentioned].filter((p) => p.affiliationKind === kind && p.affiliation).map((p) => p.affiliation as string);
  const people = new Set([...attendees.map((a) => foldKey(a.name)), ...mentioned.map((m) => foldKey(m.name))]);
  // A network the vocabulary lacks is a candidate wherever it is named, the title included.
  const networkNames = [...nets.unlisted];
  for (const c of networkCandidates(lines, tokens, bodyFrom, bodyTo, vocab)) if (!networkNames.some((x) => x.name === c.name)) networkNames.push(c);
  const netKeys = new Set(networkNames.map((c) => foldKey(c.name)));
  const candidates = [...networkNames, ...findCandidates({ lines, tokens, from: bodyFrom, to: bodyTo, vocab, people }).filter((c) => !netKeys.has(foldKey(c.name)))];
  const orgNames = organisationNames(vocab);
  const namesProject = (text: string) => {
    const toks = tokenize(text);
    return vocab.project.findAll(toks).some((m) => m.firstToken === 0 && m.endToken === toks.length);
  };
  // "Tom Ashworth – The Fostering Network": an organisation the vocabulary lacks, named as an
  // attendee's affiliation, is a candidate as well.
  const candidateKeys = new Set(candidates.map((c) => foldKey(c.name)));
  for (const a of attendees) {
    if (a.affiliationKind !== 'organisation' || !a.affiliation || orgNames.has(a.affiliation) || a.affiliation.startsWith('FoU ')) continue;
    // "Christine Lidström, Stödcentrum Heder": a project of the vocabulary, where she works.
    if (namesProject(a.affiliation)) continue;
    const key = foldKey(a.affiliation);
    if (candidateKeys.has(key)) continue;
    candidateKeys.add(key);
    candidates.push({ name: a.affiliation, kind: 'organisation', evidence: (lines[a.line - 1] as Line).text, line: a.line });
  }

  return {
    document: options.filename,
    meeting: {
      date: date?.date ?? null, dateInferred: date?.dateInferred ?? false, datePrecision: date?.datePrecision ?? null,
      dateEvidence: date?.dateEvidence ?? null, dateLine: date?.dateLine ?? null,
      networks: nets.networks, networksInferred: nets.inferred,
      location: findLocation(lines, headerEnd), title: findTitle(lines, headerEnd),
    },
    attendees,
    peopleMentioned: mentioned,
    noteTakers: notes.names,
    municipalities: unique([...known('municipality'), ...bodyMunis]),
    organisations: unique([...known('organisation'), ...bodyOrgs].filter((o) => orgNames.has(o) || o.startsWith('FoU '))),
    projects, themes, candidates, agendaItems, warnings,
  };
}

/**
 * Lines of the attendance section that look like entries (a separator or parenthesis in them)
 * but gave nobody: a layout the reader does not know, said rather than silently dropped.
 */
function unreadAttendance(lines: Line[], att: { start: number; end: number; read: Set<number>; attendees: { lines?: number[]; line: number }[] }, vocab: Vocabulary, warnings: string[]): void {
  const unread: number[] = [];
  for (let i = att.start + 1; i < att.end; i++) {
    const l = lines[i] as Line;
    if (l.blank || l.heading || att.read.has(l.n) || !/[,;()–]/.test(l.text)) continue;
    // It begins with a first name: an entry, not a heading or a line of an item.
    if (isKnownFirstName(l.text.split(/[\s,]/, 1)[0] as string, vocab)) unread.push(l.n);
  }
  if (att.attendees.length === 0) warnings.push(`attendance section at line ${(lines[att.start] as Line).n} gave no attendees`);
  if (unread.length) warnings.push(`attendance lines not read: ${unread.join(', ')}`);
}

/** True when at least two numbered or heading agenda items start at or after line `from`. */
function itemsFollow(lines: Line[], from: number): boolean {
  return splitAgendaItems(lines, from, lines.length).filter((s) => s.kind === 'numbered' || s.kind === 'heading').length >= 2;
}
