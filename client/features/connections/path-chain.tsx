// One path as a row of coloured chips joined by the link's name and its evidence on hover.
import { Fragment } from 'react';
import type { CanvasEdge, CanvasNode } from '../../shared/graphql/api-types.js';
import { useT, type MessageKey } from '../../shared/i18n/i18n.js';
import { entityStyle } from '../../shared/ui/entity-style.js';

export function PathChain({ nodes, edges }: { nodes: CanvasNode[]; edges: CanvasEdge[] }) {
  const t = useT();
  const between = (x: string, y: string) => edges.find((e) => (e.source === x && e.target === y) || (e.source === y && e.target === x));
  return (
    <p className="path-chain">
      {nodes.map((node, i) => {
        const next = nodes[i + 1];
        const edge = next ? between(node.id, next.id) : undefined;
        return (
          <Fragment key={node.id}>
            <span className="chip" style={{ borderColor: entityStyle(node.type).color }}>
              <span style={{ color: entityStyle(node.type).color }} aria-hidden="true">{entityStyle(node.type).icon} </span>
              {node.label}
            </span>
            {next && (
              <span className="chain-link" title={edge?.excerpt ?? ''}>
                {' '}— {edge ? t(`rel.${edge.type}` as MessageKey) ?? edge.type : '…'} —{' '}
              </span>
            )}
          </Fragment>
        );
      })}
    </p>
  );
}
