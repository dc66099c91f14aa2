/**
 * The side panel: the legend, every party drawn (buttons, so the graph is operable by keyboard),
 * and the chosen party's details: exposure per jurisdiction, and each of its edges with its share,
 * dates and source (the evidence).
 */
import { href } from '../../app/router.js';
import { Link } from '../../components/Link.js';
import {
  edgeLabel,
  exposureLines,
  type GraphModel,
  type ModelNode,
  STATUS_COLOUR,
  STATUS_LABEL,
  type Status,
  sourceText,
  statusOf,
} from './model.js';

function Swatch({ status }: { status: Status }) {
  return (
    <span className="swatch" aria-hidden="true" style={{ background: STATUS_COLOUR[status] }} />
  );
}

export function SidePanel(props: {
  model: GraphModel;
  selected: string | null;
  highlight: ReadonlySet<string>;
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
  onPath: (to: string) => void;
}) {
  const { model } = props;
  const node = props.selected ? model.nodes.get(props.selected) : undefined;
  const parties = [...model.nodes.values()].sort(
    (a, b) => Number(!!a.more) - Number(!!b.more) || a.name.localeCompare(b.name),
  );
  return (
    <aside className="network-panel" aria-label="Parties and details">
      <section aria-labelledby="h-legend">
        <h2 id="h-legend">Legend</h2>
        <ul className="legend">
          {(['listed', 'exposed', 'possibly', 'other', 'more'] as Status[]).map((s) => (
            <li key={s}>
              <Swatch status={s} /> {STATUS_LABEL[s]}
            </li>
          ))}
        </ul>
      </section>
      {node && <Details node={node} {...props} />}
      <section aria-labelledby="h-parties">
        <h2 id="h-parties">Parties ({parties.length})</h2>
        <ul className="parties">
          {parties.map((n) => {
            const status = statusOf(n);
            return (
              <li key={n.id} data-status={status}>
                <button
                  type="button"
                  aria-pressed={n.id === props.selected}
                  onClick={() => props.onSelect(n.id)}
                >
                  <Swatch status={status} /> {n.name}
                  {status !== 'other' && status !== 'more' && (
                    <span className="status-text"> ({STATUS_LABEL[status].toLowerCase()})</span>
                  )}
                  {props.highlight.has(n.id) && <span className="status-text"> (on path)</span>}
                </button>
              </li>
            );
          })}
        </ul>
      </section>
    </aside>
  );
}

function Details({
  node,
  model,
  onExpand,
  onPath,
}: {
  node: ModelNode;
  model: GraphModel;
  onExpand: (id: string) => void;
  onPath: (to: string) => void;
}) {
  const status = statusOf(node);
  const edges = [...model.edges.values()].filter(
    (e) => !e.summary && (e.source === node.id || e.target === node.id),
  );
  const name = (id: string) => model.nodes.get(id)?.name ?? id;
  return (
    <section aria-labelledby="h-selected" className="network-details">
      <h2 id="h-selected">{node.name}</h2>
      <p>
        <Swatch status={status} /> {STATUS_LABEL[status]} · {node.schema} · <code>{node.id}</code>
      </p>
      {exposureLines(node).length > 0 && (
        <ul className="exposure" aria-label="Exposure by jurisdiction">
          {exposureLines(node).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <p className="actions">
        <button type="button" onClick={() => onExpand(node.id)}>
          {node.more ? 'Show them' : 'Expand neighbours'}
        </button>
        {!node.more && node.id !== model.centre && (
          <button type="button" onClick={() => onPath(node.id)}>
            Shortest path from centre
          </button>
        )}
        {!node.more && node.id !== model.centre && (
          <Link href={href(`/network/${encodeURIComponent(node.id)}`)}>Centre here</Link>
        )}
        {node.entityId && (
          <Link href={href(`/entities/${encodeURIComponent(node.entityId)}`)}>Entity page</Link>
        )}
      </p>
      {edges.length > 0 && (
        <ul className="edges" aria-label="Edges and their sources">
          {edges.map((e) => (
            <li key={e.id}>
              {name(e.source)} → {name(e.target)}: {e.type}
              {e.type === 'ownership' ? ` ${edgeLabel(e)}` : ''}
              {e.startDate || e.endDate ? ` (${e.startDate ?? '…'} to ${e.endDate ?? 'now'})` : ''}
              {e.cycle ? ' (closes a cycle)' : ''}
              <br />
              <span className="muted">Source: {sourceText(e)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
