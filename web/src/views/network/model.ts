/**
 * The network view's graph, as plain data built from the API's answers: what the canvas, the side
 * panel and the SVG export all draw from. Pure (no DOM, no sigma), so that merging, capping, the
 * time filter and the layouts are tested under node. A neighbourhood capped by the server becomes
 * one "and N more" node per relation type, so that a large one is summarised, never dumped.
 */
import {
  JURISDICTIONS,
  type NeighboursJson,
  type NetworkEdgeJson,
  type NetworkNodeJson,
  type OwnerTreeJson,
  type PathJson,
} from './types.js';

export interface ModelNode extends NetworkNodeJson {
  /** A stand-in for the neighbours not shown: how many, of which relation, around which node. */
  more?: { of: string; type: string; count: number };
}

export interface ModelEdge extends NetworkEdgeJson {
  /** An edge to an "and N more" node, drawn dashed and with no source of its own. */
  summary?: boolean;
  /** In the ownership tree: a holding back into the chain already drawn. */
  cycle?: boolean;
}

export interface GraphModel {
  centre: string;
  nodes: ReadonlyMap<string, ModelNode>;
  edges: ReadonlyMap<string, ModelEdge>;
}

export type Status = 'listed' | 'exposed' | 'possibly' | 'other' | 'more';

export function emptyModel(centre: string): GraphModel {
  return { centre, nodes: new Map(), edges: new Map() };
}

const moreId = (of: string, type: string) => `more:${of}:${type}`;

/** The model with a neighbourhood added: new nodes and edges, and one summary node per capped type. */
export function mergeNeighbours(model: GraphModel, answer: NeighboursJson): GraphModel {
  const nodes = new Map(model.nodes);
  const edges = new Map(model.edges);
  for (const node of answer.nodes) nodes.set(node.id, { ...nodes.get(node.id), ...node });
  for (const edge of answer.edges) edges.set(edge.id, edge);
  const of = answer.centre.id;
  for (const group of answer.groups) {
    const id = moreId(of, group.type);
    nodes.delete(id);
    edges.delete(`${id}:edge`);
    if (group.more <= 0) continue;
    nodes.set(id, {
      id,
      name: `and ${group.more} more (${group.type})`,
      schema: 'More',
      entityId: null,
      listed: false,
      exposure: null,
      more: { of, type: group.type, count: group.more },
    });
    edges.set(`${id}:edge`, summaryEdge(`${id}:edge`, of, id, group.type));
  }
  return { centre: model.centre === '' ? of : model.centre, nodes, edges };
}

function summaryEdge(id: string, source: string, target: string, type: string): ModelEdge {
  return {
    id,
    type,
    source,
    target,
    sourceCaption: source,
    targetCaption: target,
    percentage: null,
    percentageLow: null,
    percentageHigh: null,
    startDate: null,
    endDate: null,
    provenance: { kind: 'statement', dataset: '', statementId: '' },
    summary: true,
  };
}

/** The ownership tree above a party as a graph: owners above, cycles kept as marked edges. */
export function modelFromOwners(tree: OwnerTreeJson): GraphModel {
  const nodes = new Map<string, ModelNode>();
  const edges = new Map<string, ModelEdge>();
  const visit = (t: OwnerTreeJson) => {
    if (!nodes.has(t.node.id)) nodes.set(t.node.id, t.node);
    for (const branch of t.owners) {
      edges.set(branch.edge.id, { ...branch.edge, ...(branch.cycle ? { cycle: true } : {}) });
      visit(branch.owner);
    }
    if (t.more > 0) {
      const id = moreId(t.node.id, 'ownership');
      nodes.set(id, {
        id,
        name: `and ${t.more} more owners`,
        schema: 'More',
        entityId: null,
        listed: false,
        exposure: null,
        more: { of: t.node.id, type: 'ownership', count: t.more },
      });
      edges.set(`${id}:edge`, summaryEdge(`${id}:edge`, id, t.node.id, 'ownership'));
    }
  };
  visit(tree);
  return { centre: tree.node.id, nodes, edges };
}

/** A path's nodes and edges added, for a path that leaves what is drawn. */
export function mergePath(model: GraphModel, path: PathJson): GraphModel {
  const nodes = new Map(model.nodes);
  const edges = new Map(model.edges);
  for (const n of path.nodes) {
    if (!nodes.has(n.id)) {
      nodes.set(n.id, { ...n, name: n.caption, exposure: null });
    }
  }
  for (const e of path.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  return { ...model, nodes, edges };
}

/** Whether an edge held on a day (partial dates compare on their own length), as the server says. */
export function heldAt(edge: Pick<ModelEdge, 'startDate' | 'endDate'>, at: string): boolean {
  const { startDate: start, endDate: end } = edge;
  if (start && start > at.slice(0, start.length)) return false;
  return !end || end >= at.slice(0, end.length);
}

/**
 * The model as of a day: edges that did not hold then are left out, and with them the nodes no
 * longer reached from the centre. No date: the model as it is.
 */
export function asOf(model: GraphModel, at: string | null): GraphModel {
  if (!at) return model;
  const edges = new Map([...model.edges].filter(([, e]) => e.summary || heldAt(e, at)));
  const reached = new Set([model.centre]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const e of edges.values()) {
      const a = reached.has(e.source);
      const b = reached.has(e.target);
      if (a !== b) {
        reached.add(a ? e.target : e.source);
        grew = true;
      }
    }
  }
  const nodes = new Map([...model.nodes].filter(([id]) => reached.has(id)));
  const kept = new Map([...edges].filter(([, e]) => reached.has(e.source)));
  return { ...model, nodes, edges: kept };
}

export function statusOf(node: ModelNode): Status {
  if (node.more) return 'more';
  if (node.listed) return 'listed';
  const found = node.exposure ? JURISDICTIONS.map((j) => node.exposure![j]) : [];
  if (found.some((e) => e.exposed === true || e.controlled)) return 'exposed';
  if (found.some((e) => e.exposed === null)) return 'possibly';
  return 'other';
}

export const STATUS_LABEL: Record<Status, string> = {
  listed: 'Listed',
  exposed: 'Exposed',
  possibly: 'Possibly exposed',
  other: 'Not listed or exposed',
  more: 'More not shown',
};

/** Colours with text beside them in the legend and labels, never alone. */
export const STATUS_COLOUR: Record<Status, string> = {
  listed: '#b3001b',
  exposed: '#c75300',
  possibly: '#8a6d00',
  other: '#5b6b7c',
  more: '#a0a8b0',
};

const pct = (fraction: number) => `${Math.round(fraction * 10000) / 100}%`;

/** "US exposed (50%)", one per jurisdiction, as the side panel and labels say it. */
export function exposureLines(node: ModelNode): string[] {
  if (!node.exposure) return [];
  return JURISDICTIONS.map((j) => {
    const e = node.exposure![j];
    const name = j.toUpperCase();
    const share =
      e.share !== null
        ? ` (share ${pct(e.share)})`
        : e.range
          ? ` (share ${pct(e.range.low)}-${pct(e.range.high)})`
          : '';
    if (e.status === 'listed') return `${name} listed`;
    if (e.exposed === true) return `${name} exposed${share}`;
    if (e.exposed === null) return `${name} possibly exposed${share}`;
    return `${name} not exposed${e.controlled ? ', controlled' : ''}${share}`;
  });
}

/** The label drawn on the canvas: the name and, in words, what the colour says. */
export function nodeLabel(node: ModelNode): string {
  const status = statusOf(node);
  if (status === 'listed') return `${node.name} [listed]`;
  if (status === 'exposed') return `${node.name} [exposed]`;
  if (status === 'possibly') return `${node.name} [possibly exposed]`;
  return node.name;
}

/** An edge's label: the share for a holding ("50%", "25-50%", "share unknown"), else its type. */
export function edgeLabel(edge: ModelEdge): string {
  if (edge.summary) return '';
  if (edge.type !== 'ownership') return edge.type;
  if (edge.percentage !== null) return `${edge.percentage}%`;
  if (edge.percentageLow !== null || edge.percentageHigh !== null) {
    return `${edge.percentageLow ?? 0}-${edge.percentageHigh ?? 100}%`;
  }
  return 'share unknown';
}

/** Where an edge was asserted, in words. */
export function sourceText(edge: ModelEdge): string {
  if (edge.summary) return 'a summary of neighbours not shown';
  const p = edge.provenance;
  if (p.kind === 'statement') return `list ${p.dataset}, statement ${p.statementId}`;
  return `case ${p.caseName}, document ${p.documentId}, mention ${p.mentionId}`;
}
