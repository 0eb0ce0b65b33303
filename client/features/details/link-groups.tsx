// The selected node's links, grouped by kind ("deltog i", "handlar om", …), each with the
// sentence that states it.
import type { CanvasNode, DocumentSpan } from '../../shared/graphql/api-types.js';
import { useT, type MessageKey } from '../../shared/i18n/i18n.js';
import type { LinkInfo } from '../../shared/selection.js';
import { entityStyle } from '../../shared/ui/entity-style.js';
import { EvidenceItem } from './evidence-item.js';

const SHOWN_PER_GROUP = 25;

export function LinkGroups({ node, links, onOpenDocument }: { node: CanvasNode; links: LinkInfo[]; onOpenDocument: (span: DocumentSpan) => void }) {
  const t = useT();
  const groups = new Map<string, LinkInfo[]>();
  for (const link of links) {
    const key = `${link.edge.type}:${link.direction}`;
    groups.set(key, [...(groups.get(key) ?? []), link]);
  }
  if (links.length === 0) return null;
  return (
    <section className="links">
      <h4>{t('links')}</h4>
      {[...groups.entries()].map(([key, group]) => {
        const type = key.split(':')[0] ?? '';
        return (
          <details key={key} open={groups.size <= 4}>
            <summary>
              {t(`rel.${type}` as MessageKey) ?? type} ({group.length})
            </summary>
            <ul>
              {group.slice(0, SHOWN_PER_GROUP).map((link) => (
                <li key={link.edge.id}>
                  <span style={{ color: entityStyle(link.other.type).color }} aria-hidden="true">
                    {entityStyle(link.other.type).icon}{' '}
                  </span>
                  <strong>{link.other.label}</strong>
                  {link.edge.years.length > 0 && <span className="muted"> · {link.edge.years.join(', ')}</span>}
                  {link.edge.excerpt && (
                    <EvidenceItem excerpt={link.edge.excerpt} docId={link.edge.docId} terms={[node.label, link.other.label]} onOpenDocument={onOpenDocument} />
                  )}
                </li>
              ))}
            </ul>
            {group.length > SHOWN_PER_GROUP && <p className="muted">+{group.length - SHOWN_PER_GROUP}</p>}
          </details>
        );
      })}
    </section>
  );
}
