// Shapes shared by the generator's modules.
import type { Ymd } from './dates.js';
import type { Network } from './orgs.js';
import type { Person } from './population.js';

/** One generated note and what a perfect parser should extract from it. */
export interface SyntheticNote {
  filename: string;
  text: string;
  truth: {
    /** The meeting date, "YYYY-MM-DD", even when the note states it only indirectly. */
    date: string;
    /** Canonical network names; two for joint meetings. */
    networks: string[];
    /** group is the canonical group heading the person is listed under, "" when the layout has none. */
    attendees: { name: string; affiliation: string; group: string }[];
    /** Canonical project names that agenda items were written about. */
    projects: string[];
    /** Canonical theme names that agenda items were written about. */
    themes: string[];
  };
}

/** A labelled block of the attendance list ("IFO", "Göteborgsregionen", "Övriga"). */
export interface Section {
  label: string;
  people: Person[];
}

export interface AgendaItem {
  title: string;
  paragraphs: string[];
  /** Rendered as a bullet list after the paragraphs. */
  bullets: string[];
  presenters: Person[];
  /** What the item is about, for filler remarks ("… efterfrågar mer stöd kring {topic}"). */
  topic?: string;
  /** Unused sentences about the item's subject, taken first when a note needs more text. */
  spare?: string[];
  /** A line introducing the bullets ("Frågor att ställa inför förändring:"). */
  bulletIntro?: string;
}

/** Everything about one meeting before it is written out in some layout. */
export interface Meeting {
  date: Ymd;
  networks: Network[];
  sections: Section[];
  items: AgendaItem[];
  noteTakers: Person[];
  projects: string[];
  themes: string[];
  /** False when the note states its date only in the body. */
  datedHeading: boolean;
  /** False when no title names the network (it is then named in the body). */
  titled: boolean;
  place: string | null;
}
