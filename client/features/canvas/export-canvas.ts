// Exports what the user sees: a PNG of the whole canvas, and the visible nodes and edges as
// JSON or CSV for a spreadsheet.
import type { Core } from 'cytoscape';
import { labelAll } from './label-detail.js';

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stamp = () => new Date().toISOString().slice(0, 10);

export function exportPng(cy: Core): void {
  // The whole graph at twice its size shows labels a large graph only gets where zoomed in.
  labelAll(cy);
  const blob = cy.png({ full: true, output: 'blob', bg: '#ffffff', scale: 2, maxWidth: 8000, maxHeight: 8000 });
  download(blob, `gr-natverk-${stamp()}.png`);
}

function visible(cy: Core) {
  const elements = cy.elements(':visible');
  const nodes = elements.nodes().map((n) => ({ id: n.id(), type: n.data('type') as string, label: n.data('label') as string, years: (n.data('years') as number[]) ?? [] }));
  const edges = elements.edges().map((e) => ({
    id: e.id(), source: e.source().id(), target: e.target().id(), type: e.data('type') as string,
    years: (e.data('years') as number[]) ?? [], excerpt: (e.data('excerpt') as string | null) ?? '', docId: (e.data('docId') as string | null) ?? '',
  }));
  return { nodes, edges };
}

export function exportJson(cy: Core): void {
  download(new Blob([JSON.stringify(visible(cy), null, 2)], { type: 'application/json' }), `gr-natverk-${stamp()}.json`);
}

const cell = (value: unknown) => `"${String(value).replace(/"/g, '""')}"`;

/** One row per visible edge with both ends named: what a spreadsheet user wants. */
export function exportCsv(cy: Core): void {
  const { nodes, edges } = visible(cy);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const header = ['source_id', 'source_type', 'source', 'relation', 'target_id', 'target_type', 'target', 'years', 'excerpt', 'doc_id'];
  const rows = edges.map((e) => {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    return [e.source, s?.type, s?.label, e.type, e.target, t?.type, t?.label, e.years.join(' '), e.excerpt, e.docId].map(cell).join(',');
  });
  const lone = nodes.filter((n) => !edges.some((e) => e.source === n.id || e.target === n.id));
  for (const n of lone) rows.push([n.id, n.type, n.label, '', '', '', '', n.years.join(' '), '', ''].map(cell).join(','));
  // The BOM makes Excel read å, ä, ö as UTF-8.
  download(new Blob(['\ufeff' + [header.join(','), ...rows].join('\r\n')], { type: 'text/csv;charset=utf-8' }), `gr-natverk-${stamp()}.csv`);
}
