// What the canvas hands the app when something is selected; the details panel reads it.
// Plain data, so features exchange it through the app shell without importing each other.
import type { CanvasEdge, CanvasNode, EntityType } from './graphql/api-types.js';

export interface NodeRef {
  id: string;
  label: string;
  type: EntityType;
}

export interface LinkInfo {
  edge: CanvasEdge;
  direction: 'out' | 'in';
  other: NodeRef;
}

export type Selection =
  | { kind: 'node'; node: CanvasNode; links: LinkInfo[] }
  | { kind: 'edge'; edge: CanvasEdge; source: NodeRef; target: NodeRef };

/** A request from the app to the canvas; `nonce` makes a repeated request count again. */
export type CanvasCommand =
  | {
      nonce: number; kind: 'expand'; ids: string[]; depth?: number; types?: EntityType[];
      /** Then one step further from the `from` nodes reached, to `types` only (see app.tsx). */
      follow?: { from: EntityType; types: EntityType[] };
    }
  | { nonce: number; kind: 'show'; nodes: CanvasNode[]; edges: CanvasEdge[]; highlight: boolean };

/** What the canvas tells the app after every change: enough for the URL and the timeline. */
export interface GraphSummary {
  nodeIds: string[];
  years: number[];
}
