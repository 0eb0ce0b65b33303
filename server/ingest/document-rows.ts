// Turns one document's extraction into the rows the import statements write. Pure: people are
// resolved through the PersonResolver, everything else by id from the vocabulary. Every fact
// row carries its provenance (docId, year, lines, excerpt). The cypher/ingest/create-*.cypher
// statements name every property they write (a map SET would put an Eager into each plan), so a
// new property must be added there as well.
import { createHash } from 'node:crypto';
import type { Extraction } from './parse/types.js';
import { tokenize } from './parse/tokenize.js';
import type { Vocabulary } from './parse/vocabulary.js';
import * as ids from './graph-ids.js';
import { MentionFinder } from './mention-evidence.js';
import type { PersonResolver } from './person-resolver.js';

export type Props = Record<string, unknown>;
export interface Row extends Props {}

export interface DocumentRows {
  docId: string;
  meetingId: string;
  document: Props;
  meeting: Props;
  networks: Row[];
  items: Row[];
  attendance: Row[];
  noteTakers: Row[];
  representsMunicipality: Row[];
  representsOrganization: Row[];
  representedAt: Row[];
  presenters: Row[];
  itemAboutProject: Row[];
  itemAboutTheme: Row[];
  itemMentionsPerson: Row[];
  itemMentionsMunicipality: Row[];
  itemMentionsOrganization: Row[];
  meetingAboutProject: Row[];
  meetingAboutTheme: Row[];
  participation: Row[];
  projectThemes: Row[];
  candidates: Row[];
  /** People this document refers to (after resolution). */
  personIds: string[];
}

export interface RowsInput {
  filename: string;
  text: string;
  /** contentHash(text), worked out once when the note was read. */
  hash: string;
  extraction: Extraction;
  vocabulary: Vocabulary;
  resolver: PersonResolver;
}

export const contentHash = (text: string): string => createHash('sha256').update(text).digest('hex');

/** All rows of one document. */
export function documentRows({ filename, text, hash, extraction: x, vocabulary, resolver }: RowsInput): DocumentRows {
  const lines = text.split('\n');
  const docId = ids.documentId(filename);
  const meetingId = ids.meetingId(filename);
  const line = (n: number | null | undefined): string => (n ? (lines[n - 1] ?? '').trim() : '');
  // `year` lets queries filter facts by time without walking to the document's meeting.
  const year = x.meeting.date ? Number(x.meeting.date.slice(0, 4)) : null;
  const fact = (at: number | null | undefined, excerpt?: string | null, end?: number): Props => ({
    docId,
    year,
    lineStart: at ?? null,
    lineEnd: end ?? at ?? null,
    excerpt: (excerpt ?? line(at)).slice(0, 600),
  });
  const municipalityIds = new Map(vocabulary.data.municipalities.map((m) => [m.name, ids.municipalityId(m.kommunkod)]));
  const organisationNames = new Set(vocabulary.data.organisations.map((o) => o.name));
  const forms = writtenForms(vocabulary);
  const projectSurfaces = new Map(x.projects.map((p) => [p.name, p.surface]));
  const mentions = new MentionFinder(lines);
  // The first line naming the network (its name or aliases, else a group heading of it), the
  // title when none does (a network inferred from what the note discusses).
  const networkEvidence = (name: string): Props => {
    const entry = vocabulary.data.networks.find((n) => n.name === name);
    const found = mentions.find(1, lines.length, [name, ...(entry?.aliases ?? [])]) ?? (entry ? mentions.find(1, lines.length, entry.groupLabels) : null);
    return found ? { lineStart: found.line, lineEnd: found.line, excerpt: found.excerpt } : { lineStart: null, lineEnd: null, excerpt: x.meeting.title ?? '' };
  };

  const personIds = new Set<string>();
  const resolve = (name: string, surface: string | undefined, affiliation: string | null | undefined, context?: string[]): string => {
    const { id } = resolver.resolve({ name, surface: surface ?? name, affiliation: affiliation ?? null, ...(context?.length && { context }) });
    personIds.add(id);
    return id;
  };
  const affiliationRow = (personId: string, affiliation: string | null, kind: string | null, props: Props) => {
    if (!affiliation) return;
    if (kind === 'municipality' && municipalityIds.has(affiliation)) {
      rows.representsMunicipality.push({ personId, targetId: municipalityIds.get(affiliation), props });
    } else if (organisationNames.has(affiliation)) {
      rows.representsOrganization.push({ personId, targetId: ids.organizationId(affiliation), props });
    }
  };

  const rows: DocumentRows = {
    docId,
    meetingId,
    document: { id: docId, name: filename, filename, text, contentHash: hash, lineCount: lines.length, importedAt: new Date().toISOString() },
    meeting: {
      id: meetingId,
      name: meetingName(x),
      title: x.meeting.title,
      date: x.meeting.date,
      year,
      dateInferred: x.meeting.dateInferred,
      datePrecision: x.meeting.datePrecision,
      dateEvidence: x.meeting.dateEvidence,
      location: x.meeting.location,
      docId,
    },
    networks: x.meeting.networks.map((name) => ({ id: ids.networkId(name), name, searchText: ids.searchText([name]), inferred: x.meeting.networksInferred, ...networkEvidence(name) })),
    items: [],
    attendance: [],
    noteTakers: [],
    representsMunicipality: [],
    representsOrganization: [],
    representedAt: [],
    presenters: [],
    itemAboutProject: [],
    itemAboutTheme: [],
    itemMentionsPerson: [],
    itemMentionsMunicipality: [],
    itemMentionsOrganization: [],
    meetingAboutProject: [],
    meetingAboutTheme: [],
    participation: [],
    projectThemes: [],
    candidates: [],
    personIds: [],
  };

  // People: attendees first, so that their affiliations are the evidence later mentions match against.
  const byName = new Map<string, string>();
  // Two attendees may share a name (from different places): a mention with an affiliation
  // goes to the one of that affiliation.
  const byNameAndPlace = new Map<string, string>();
  const placeKey = (name: string, affiliation: string) => `${name}\u0000${affiliation}`;
  for (const a of x.attendees) {
    const personId = resolve(a.name, a.surface, a.affiliation);
    if (!byName.has(a.name)) byName.set(a.name, personId);
    if (a.affiliation) byNameAndPlace.set(placeKey(a.name, a.affiliation), personId);
    const props = { ...fact(a.line), name: a.name, surface: a.surface, groups: a.groups, role: a.role, affiliation: a.affiliation };
    rows.attendance.push({ meetingId, personId, props });
    affiliationRow(personId, a.affiliation, a.affiliationKind, { ...fact(a.line), surface: a.affiliationSurface ?? a.affiliation, unit: a.unit ?? null });
  }
  // Which municipalities had someone at the meeting: one fact per municipality, citing the
  // first attendance line that names it, so the canvas can show who was at the table.
  const present = new Map<string, Row>();
  for (const a of x.attendees) {
    const municipalityId = a.affiliationKind === 'municipality' && a.affiliation ? municipalityIds.get(a.affiliation) : undefined;
    if (!municipalityId) continue;
    const seen = present.get(municipalityId);
    if (seen) (seen.props as Props).people = ((seen.props as Props).people as number) + 1;
    else present.set(municipalityId, { municipalityId, meetingId, props: { ...fact(a.line), people: 1 } });
  }
  rows.representedAt = [...present.values()];
  const personFor = (name: string, surface?: string, affiliation?: string | null, context?: string[]): string =>
    (affiliation ? byNameAndPlace.get(placeKey(name, affiliation)) : undefined) ?? byName.get(name) ?? remember(byName, name, resolve(name, surface, affiliation, context));
  // The places and bodies a sentence names, for a mention that states no affiliation of its own.
  const namedIn = (sentence: string): string[] => {
    const tokens = tokenize(sentence);
    return [...vocabulary.municipality.findAll(tokens), ...vocabulary.organisation.findAll(tokens)].map((m) => m.value.name);
  };
  for (const m of x.peopleMentioned) {
    const personId = personFor(m.name, m.surface, m.affiliation, m.affiliation ? undefined : namedIn(m.excerpt));
    if (m.surface) resolver.addSurface(personId, m.surface);
    if (m.affiliation && !x.attendees.some((a) => a.name === m.name)) affiliationRow(personId, m.affiliation, m.affiliationKind ?? null, { ...fact(m.line, m.excerpt), surface: m.affiliation });
  }
  // The note-taker line itself ("Antecknat av …"), not the first line that names the person.
  const personForms = (name: string) => [name, ...[...x.attendees, ...x.peopleMentioned].filter((p) => p.name === name && p.surface).map((p) => p.surface!)];
  for (const name of x.noteTakers) {
    const at = x.peopleMentioned.find((m) => m.name === name && m.role === 'note-taker')?.line ?? findLine(lines, name);
    // "Antecknat av" / "Nicholas Singleton": the name may stand on a line below the label.
    const written = at ? mentions.find(at, at + 3, personForms(name)) : null;
    const span = written && at && written.line > at ? fact(at, lines.slice(at - 1, written.line).join(' '), written.line) : fact(at, written?.excerpt);
    rows.noteTakers.push({ meetingId, personId: personFor(name), props: { ...span, name, surface: written?.surface ?? name } });
  }

  // A part's item is the latest top-level item before it with the number (or title) it names.
  const parentOrder = (order: number, parent: string): number => {
    for (let k = order - 1; k >= 0; k--) {
      const it = x.agendaItems[k] as (typeof x.agendaItems)[number];
      if (!it.parent && (it.number ?? it.title) === parent) return k;
    }
    return -1;
  };
  x.agendaItems.forEach((item, order) => {
    const itemId = ids.agendaItemId(filename, order);
    const evidence = fact(item.line, item.excerpt, item.endLine);
    const up = item.parent ? parentOrder(order, item.parent) : -1;
    const parentId = up >= 0 ? ids.agendaItemId(filename, up) : null;
    rows.items.push({ meetingId, props: { id: itemId, name: item.title, title: item.title, number: item.number, order, kind: item.kind ?? null, excerpt: item.excerpt, lineStart: item.line, lineEnd: item.endLine, docId, year, date: x.meeting.date, parentId } });
    const label = item.number ?? item.title;
    // The mention's affiliation picks between attendees of one name ("Anna Larsson från BUP").
    const mentionedAs = (name: string) => x.peopleMentioned.find((m) => m.name === name && m.agendaItem === label)?.affiliation;
    // Each link's provenance is the sentence of the item that names the entity, when it can be found.
    // ... and the name as that sentence writes it.
    const personEvidence = (name: string): Props => {
      const m = x.peopleMentioned.find((p) => p.name === name && p.agendaItem === label);
      if (m) return { ...fact(m.line, m.excerpt), surface: m.surface ?? mentions.find(m.line, m.line, personForms(name))?.surface ?? name };
      const found = mentions.find(item.line, item.endLine, personForms(name));
      return found ? { ...fact(found.line, found.excerpt), surface: found.surface } : { ...evidence, surface: name };
    };
    const named = (kind: keyof WrittenForms, name: string): Props => {
      const seen = kind === 'projects' ? (projectSurfaces.get(name) ?? []) : [];
      const surfaces = [name, ...seen, ...(forms[kind].get(name) ?? [])];
      // A sentence of the item's body says more than its heading ("3. Yrkesresan") does.
      const found = mentions.find(item.line + 1, item.endLine, surfaces) ?? mentions.find(item.line, item.line, surfaces);
      return found ? { ...fact(found.line, found.excerpt), surface: found.surface } : evidence;
    };
    for (const name of item.presenters) rows.presenters.push({ personId: personFor(name, undefined, mentionedAs(name)), itemId, props: { ...personEvidence(name), name } });
    for (const name of item.people) if (!item.presenters.includes(name)) rows.itemMentionsPerson.push({ itemId, targetId: personFor(name, undefined, mentionedAs(name)), props: { ...personEvidence(name), name } });
    for (const name of item.projects) rows.itemAboutProject.push({ itemId, targetId: ids.projectId(name), props: { ...named('projects', name), tracks: tracksOf(x, name) } });
    for (const name of item.themes) rows.itemAboutTheme.push({ itemId, targetId: ids.themeId(name), props: named('themes', name) });
    for (const name of item.municipalities) if (municipalityIds.has(name)) rows.itemMentionsMunicipality.push({ itemId, targetId: municipalityIds.get(name), props: named('municipalities', name) });
    for (const name of item.organisations ?? []) if (organisationNames.has(name)) rows.itemMentionsOrganization.push({ itemId, targetId: ids.organizationId(name), props: named('organisations', name) });
    for (const project of item.projects) for (const theme of item.themes) rows.projectThemes.push({ projectId: ids.projectId(project), themeId: ids.themeId(theme), props: evidence });
  });

  // Projects and themes named outside every agenda item still belong to the meeting.
  const inItems = (line: number): boolean => x.agendaItems.some((i) => line >= i.line && line <= i.endLine);
  for (const p of x.projects) {
    if (!(p.lines ?? [p.line]).some(inItems)) rows.meetingAboutProject.push({ meetingId, targetId: ids.projectId(p.name), props: { ...fact(p.line, p.evidence), tracks: p.tracks ?? [] } });
    for (const municipality of p.municipalities) {
      const municipalityId = municipalityIds.get(municipality);
      const group = p.municipalityGroups?.findIndex((g) => g.includes(municipality)) ?? -1;
      if (municipalityId) {
        // The sentence that says so, on its own lines (not the project's first mention).
        const at = p.participation?.find((s) => s.municipality === municipality);
        const where = at ? fact(at.line, at.evidence, at.endLine) : fact(p.line, p.municipalityEvidence ?? p.evidence);
        rows.participation.push({ municipalityId, projectId: ids.projectId(p.name), props: { ...where, year, date: x.meeting.date, group: group >= 0 ? group + 1 : null } });
      }
    }
  }
  for (const t of x.themes) if (!(t.lines ?? [t.line]).some(inItems)) rows.meetingAboutTheme.push({ meetingId, targetId: ids.themeId(t.name), props: fact(t.line, t.evidence) });
  rows.candidates = x.candidates.map((c) => ({ id: ids.candidateId(c.name), name: c.name, kind: c.kind, props: fact(c.line, c.evidence) }));
  rows.personIds = [...personIds];
  return rows;
}

/** The vocabulary's other written forms of each entity (aliases, variants, trigger words), by name. */
interface WrittenForms {
  projects: Map<string, string[]>;
  themes: Map<string, string[]>;
  municipalities: Map<string, string[]>;
  organisations: Map<string, string[]>;
}

// Worked out once per vocabulary, not once per document.
const formsByVocabulary = new WeakMap<Vocabulary, WrittenForms>();

function writtenForms(vocabulary: Vocabulary): WrittenForms {
  const known = formsByVocabulary.get(vocabulary);
  if (known) return known;
  const { data } = vocabulary;
  const withFullName = (e: { aliases: string[]; fullName?: string | undefined }) => [...e.aliases, ...(e.fullName ? [e.fullName] : [])];
  const forms: WrittenForms = {
    projects: new Map(data.projects.map((p) => [p.name, withFullName(p)])),
    themes: new Map(data.themes.map((t) => [t.name, t.triggers])),
    municipalities: new Map(data.municipalities.map((m) => [m.name, m.variants])),
    organisations: new Map(data.organisations.map((o) => [o.name, withFullName(o)])),
  };
  formsByVocabulary.set(vocabulary, forms);
  return forms;
}

function meetingName(x: Extraction): string {
  const networks = x.meeting.networks.join(' + ') || 'Möte';
  return x.meeting.date ? `${networks} ${x.meeting.date}` : networks;
}

function tracksOf(x: Extraction, project: string): string[] {
  const p = x.projects.find((candidate) => candidate.name === project);
  return p?.tracks ?? (p?.track ? [p.track] : []);
}

function findLine(lines: string[], name: string): number | null {
  const index = lines.findIndex((l) => l.includes(name));
  return index >= 0 ? index + 1 : null;
}

function remember(map: Map<string, string>, key: string, value: string): string {
  map.set(key, value);
  return value;
}
