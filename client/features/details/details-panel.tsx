// What the notes say about the selected node or link: its properties, its links grouped by
// kind, and the sentences that state them, each with a way into the whole document.
import type { DocumentSpan } from '../../shared/graphql/api-types.js';
import { useT, type MessageKey } from '../../shared/i18n/i18n.js';
import type { Selection } from '../../shared/selection.js';
import { entityStyle } from '../../shared/ui/entity-style.js';
import { EvidenceItem } from './evidence-item.js';
import { LinkGroups } from './link-groups.js';
import { MeetingAgenda } from './meeting-agenda.js';
import { PropertyList } from './property-list.js';

export interface DetailsPanelProps {
  selection: Selection | null;
  onOpenDocument: (span: DocumentSpan) => void;
}

export function DetailsPanel({ selection, onOpenDocument }: DetailsPanelProps) {
  const t = useT();
  return (
    <aside className="details" aria-labelledby="details-title">
      <h2 id="details-title">{t('details')}</h2>
      {!selection && <p className="status status-idle">{t('detailsIdle')}</p>}
      {selection?.kind === 'node' && (
        <>
          <h3 className="entity-title">
            <span style={{ color: entityStyle(selection.node.type).color }} aria-hidden="true">
              {entityStyle(selection.node.type).icon}{' '}
            </span>
            {selection.node.label} <small>({t(`type.${selection.node.type}` as MessageKey)})</small>
          </h3>
          <PropertyList properties={selection.node.properties} years={selection.node.years} />
          {selection.node.type === 'Meeting' && <MeetingAgenda meetingId={selection.node.id} terms={selection.links.map((l) => l.other.label)} onOpenDocument={onOpenDocument} />}
          <LinkGroups node={selection.node} links={selection.links} onOpenDocument={onOpenDocument} />
        </>
      )}
      {selection?.kind === 'edge' && (
        <>
          <h3 className="entity-title">
            {selection.source.label} → <em>{t(`rel.${selection.edge.type}` as MessageKey) ?? selection.edge.type}</em> → {selection.target.label}
          </h3>
          <PropertyList properties={{ count: selection.edge.count }} years={selection.edge.years} />
          <h4>{t('evidence')}</h4>
          <EvidenceItem excerpt={selection.edge.excerpt} docId={selection.edge.docId} terms={[selection.source.label, selection.target.label]} onOpenDocument={onOpenDocument} />
        </>
      )}
    </aside>
  );
}
