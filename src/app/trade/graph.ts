/**
 * Shipments into the network: each record a `shipment` edge from its shipper to its consignee,
 * sourced to the record (dataset + record id). A party becomes the listed entity's node when its
 * name matches one near-certainly (RESOLVE_THRESHOLD); otherwise a node of its own, keyed by the
 * name, so that the same party in two trade files is one node.
 */
import { partyKey, type Shipment, type TradeParty } from '../../core/trade/index.js';
import type { EdgeInput, GraphStore, NodeInput } from '../../store/graph/index.js';
import { type PartyMatcher, RESOLVE_THRESHOLD } from './parties.js';

export interface GraphLoad {
  edges: number;
  /** Parties resolved to a listed entity, and parties given a node of their own. */
  resolved: number;
  unresolved: number;
}

export function tradeNodeId(name: string): string {
  return `trade:${partyKey(name).replace(/ /g, '-')}`;
}

/** The node a party stands for: a listed entity's, or its own. */
export function resolveParty(party: TradeParty, matcher: PartyMatcher | null): NodeInput {
  const best = matcher?.match(party, RESOLVE_THRESHOLD)[0];
  if (best) {
    const entity = best.entity;
    return {
      id: entity.id,
      schema: entity.schema,
      caption: entity.caption,
      dataset: entity.datasets[0] ?? null,
      entityId: entity.id,
    };
  }
  return { id: tradeNodeId(party.name), schema: 'LegalEntity', caption: party.name };
}

function edgeOf(dataset: string, s: Shipment, from: string, to: string): EdgeInput {
  const properties: Record<string, string[]> = {};
  const put = (name: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') properties[name] = [String(value)];
  };
  put('hsCode', s.hsCode);
  put('goods', s.goods);
  put('quantity', s.quantity);
  put('origin', s.origin);
  put('destination', s.destination);
  put('notifyParty', s.notifyParty?.name);
  if (s.transit.length > 0) properties.transit = s.transit;
  return {
    id: `shipment:${dataset}:${s.id}`,
    type: 'shipment',
    source: from,
    target: to,
    startDate: s.date,
    amount: s.value,
    currency: s.currency,
    provenance: { kind: 'statement', dataset, statementId: s.id },
    properties,
  };
}

/** Replace the dataset's shipment edges with these records'. */
export async function loadShipmentEdges(
  graph: GraphStore,
  dataset: string,
  shipments: readonly Shipment[],
  matcher: PartyMatcher | null,
): Promise<GraphLoad> {
  const nodes = new Map<string, NodeInput>();
  const byKey = new Map<string, string>();
  const nodeOf = (party: TradeParty) => {
    const key = partyKey(party.name);
    let id = byKey.get(key);
    if (!id) {
      const node = resolveParty(party, matcher);
      nodes.set(node.id, node);
      byKey.set(key, node.id);
      id = node.id;
    }
    return id;
  };
  const edges = shipments.map((s) => edgeOf(dataset, s, nodeOf(s.shipper), nodeOf(s.consignee)));
  await graph.removeEdgesFrom({ dataset });
  await graph.upsert({ nodes: [...nodes.values()], edges });
  const resolved = [...nodes.values()].filter((n) => n.entityId).length;
  return { edges: edges.length, resolved, unresolved: nodes.size - resolved };
}
