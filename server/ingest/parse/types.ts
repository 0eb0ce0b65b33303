// The JSON-serialisable result of parsing one meeting note. The importer and the entity
// resolver build on these shapes: add optional fields, never rename or remove.

/** How exact a meeting date is: "2023-03-24" is day, "2019-04" is month, "2019" is year. */
export type DatePrecision = 'day' | 'month' | 'year';

/** Whether an affiliation resolved to a municipality (kommun) or another organisation. */
export type AffiliationKind = 'municipality' | 'organisation';

/** Why a person is named in the running text. */
export type MentionRole = 'presenter' | 'note-taker' | 'mentioned';

export interface MeetingInfo {
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY" (matching datePrecision), null when nothing usable was found. */
  date: string | null;
  /** True when the date was deduced from references in the body rather than stated in the heading. */
  dateInferred: boolean;
  datePrecision: DatePrecision | null;
  /** The line or sentence the date came from (for an inferred date: the strongest clue). */
  dateEvidence: string | null;
  /** 1-based line of dateEvidence. */
  dateLine?: number | null;
  /** Canonical network names, e.g. "IFO-chefsnätverket". */
  networks: string[];
  /** True when no network is named in the title/headings and it was guessed from content. */
  networksInferred: boolean;
  location: string | null;
  title: string | null;
}

export interface Attendee {
  /** Canonical display name with Swedish letters restored. */
  name: string;
  /** The name exactly as written in the note. */
  surface: string;
  /** Canonical municipality or organisation name. */
  affiliation: string | null;
  affiliationKind: AffiliationKind | null;
  /** The affiliation as written, e.g. "Goteborgs Stad", "Social Resurs Göteborg". */
  affiliationSurface?: string | null;
  /** A unit below the affiliation, e.g. "Social Resurs" or "nätverket för verksamhetsutvecklare". */
  unit?: string | null;
  /** First group heading the person was listed under ("IFO", "Funktionsstöd", "Övriga", ...). */
  group: string | null;
  /** Every group heading the person was listed under, in order. */
  groups: string[];
  /** Job title or function, e.g. "enhetschef", "ordförande". */
  role: string | null;
  /** Agenda item numbers this person presents, from "Name, GR punkt 3" or "punkt 4–5". */
  presentsItems?: string[];
  /** How the person took part, as noted next to the name: "via Teams", "från kl 10", "ej punkt 3". */
  attendance?: string;
  /** 1-based line of the first listing. */
  line: number;
  /** Every line the person was listed on. */
  lines?: number[];
}

export interface PersonMention {
  name: string;
  surface?: string;
  affiliation: string | null;
  affiliationKind?: AffiliationKind | null;
  role: MentionRole;
  /** Job title when stated next to the name ("forskare", "lektor vid ..."). */
  title?: string | null;
  line: number;
  excerpt: string;
  /** Number (or title when unnumbered) of the agenda item the mention is in. */
  agendaItem?: string | null;
  /** Introduced as taking part ("Under punkt 4 deltog Anna Berg från SKR"): also an attendee. */
  guest?: boolean;
}

export interface ProjectMention {
  /** Canonical project name from the vocabulary. */
  name: string;
  /** Every distinct surface form that matched. */
  surface: string[];
  /** First track named (e.g. Yrkesresan "Funktionshinder"), null when none. */
  track: string | null;
  /** Every track named. */
  tracks?: string[];
  /** Canonical municipalities stated to take part. */
  municipalities: string[];
  /** Sentence that states the participation (when municipalities is non-empty). */
  municipalityEvidence?: string | null;
  /** Where each municipality is first said to take part: the sentence and its lines (1-based). */
  participation?: { municipality: string; line: number; endLine: number; evidence: string }[];
  /** Grouped participation, e.g. Mini-Maria samverkansområden [["Ale","Lilla Edet"], ...]. */
  municipalityGroups?: string[][];
  /** True when the text says every municipality takes part ("Alla kommuner med"). */
  allMunicipalities?: boolean;
  /** Sentence of the first mention. */
  evidence: string;
  line: number;
  lines?: number[];
}

export interface ThemeMention {
  name: string;
  evidence: string;
  line: number;
  lines?: number[];
}

export interface Candidate {
  name: string;
  /** "network": a network name the vocabulary lacks ("Äldreomsorgsnätverket"). */
  kind: 'project' | 'organisation' | 'network';
  evidence: string;
  line?: number;
}

export interface AgendaItem {
  /** "3", "4.2" ... or null for unnumbered items (bold lines, programme bullets). */
  number: string | null;
  title: string;
  /** 1-based line of the heading. */
  line: number;
  /** 1-based last line of the body. */
  endLine: number;
  /** Start of the body text (heading excluded), whitespace collapsed. */
  excerpt: string;
  projects: string[];
  themes: string[];
  presenters: string[];
  people: string[];
  municipalities: string[];
  organisations?: string[];
  /** Heading kind that produced the item. */
  kind?: 'numbered' | 'bold' | 'bullet' | 'heading' | 'sub-bullet';
  /** Number/title of the parent item for sub-items (e.g. bullets under "Korta punkter"). */
  parent?: string | null;
}

export interface Extraction {
  document: string;
  meeting: MeetingInfo;
  attendees: Attendee[];
  peopleMentioned: PersonMention[];
  noteTakers: string[];
  /** Canonical municipalities named anywhere (attendance and body). */
  municipalities: string[];
  /** Canonical organisations named anywhere. */
  organisations: string[];
  projects: ProjectMention[];
  themes: ThemeMention[];
  candidates: Candidate[];
  agendaItems: AgendaItem[];
  warnings: string[];
}
