// The shapes of server/graphql/schema.graphql that the client reads.
export const ENTITY_TYPES = ['Project', 'Theme', 'Municipality', 'Organization', 'Network', 'Meeting', 'Person', 'AgendaItem', 'Document'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface EntityRef {
  id: string;
  type: EntityType;
  name: string;
}

export interface SearchHit extends EntityRef {
  score: number;
  aliases: string[];
}

export interface CanvasNode {
  id: string;
  type: EntityType;
  label: string;
  properties: Record<string, unknown>;
  years: number[];
}

export interface CanvasEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  years: number[];
  excerpt: string | null;
  docId: string | null;
  count: number;
}

export interface Neighborhood {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  truncated: boolean;
}

export interface MeetingSummary {
  id: string;
  title: string | null;
  date: string | null;
  year: number | null;
  dateInferred: boolean | null;
}

export interface HistoryEntry {
  meetingId: string;
  meetingTitle: string | null;
  date: string | null;
  year: number | null;
  dateInferred: boolean | null;
  networks: string[];
  itemId: string | null;
  itemTitle: string | null;
  excerpt: string | null;
  docId: string | null;
  lineStart: number | null;
  lineEnd: number | null;
}

export interface Evidence {
  docId: string | null;
  meetingId: string | null;
  date: string | null;
  year: number | null;
  lineStart: number | null;
  lineEnd: number | null;
  excerpt: string | null;
}

/** Where a document should open and which lines to mark. */
export interface DocumentSpan {
  docId: string;
  lineStart?: number | null;
  lineEnd?: number | null;
  /** Used to find the lines when the span is unknown. */
  excerpt?: string | null;
}
