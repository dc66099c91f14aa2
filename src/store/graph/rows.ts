/**
 * Rows of the graph tables, their conversion to the interface's types, and the checks made on a
 * batch before it is written.
 */
import { InvalidGraphData } from './errors.js';
import {
  EDGE_TYPES,
  type EdgeInput,
  type EdgeType,
  type GraphEdge,
  type GraphNode,
  type NodeInput,
  type Provenance,
} from './types.js';

export interface NodeRow {
  id: string;
  schema: string;
  caption: string;
  dataset: string | null;
  entity_id: string | null;
}

export interface EdgeRow {
  id: string;
  type: EdgeType;
  source: string;
  target: string;
  percentage: number | null;
  percentage_low: number | null;
  percentage_high: number | null;
  start_date: string | null;
  end_date: string | null;
  amount: number | null;
  currency: string | null;
  prov_kind: Provenance['kind'];
  prov_dataset: string | null;
  prov_statement: string | null;
  prov_case: string | null;
  prov_document: string | null;
  prov_mention: string | null;
  properties: string;
}

export const EDGE_COLUMNS = `id, type, source, target, percentage, percentage_low, percentage_high,
  start_date, end_date, amount, currency, prov_kind, prov_dataset, prov_statement, prov_case,
  prov_document, prov_mention, properties`;

export const toNode = (row: NodeRow): GraphNode => ({
  id: row.id,
  schema: row.schema,
  caption: row.caption,
  dataset: row.dataset,
  entityId: row.entity_id,
});

function toProvenance(row: EdgeRow): Provenance {
  if (row.prov_kind === 'statement') {
    return { kind: 'statement', dataset: row.prov_dataset!, statementId: row.prov_statement! };
  }
  return {
    kind: 'mention',
    caseName: row.prov_case!,
    documentId: row.prov_document!,
    mentionId: row.prov_mention!,
  };
}

export const toEdge = (row: EdgeRow): GraphEdge => ({
  id: row.id,
  type: row.type,
  source: row.source,
  target: row.target,
  percentage: row.percentage,
  percentageLow: row.percentage_low,
  percentageHigh: row.percentage_high,
  startDate: row.start_date,
  endDate: row.end_date,
  amount: row.amount,
  currency: row.currency,
  provenance: toProvenance(row),
  properties: JSON.parse(row.properties) as Record<string, string[]>,
});

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value !== '';

export function nodeRow(node: NodeInput): NodeRow {
  if (!nonEmpty(node.id) || !nonEmpty(node.schema)) {
    throw new InvalidGraphData(`a node needs an id and a schema (node "${node.id}")`);
  }
  return {
    id: node.id,
    schema: node.schema,
    caption: node.caption ?? '',
    dataset: node.dataset ?? null,
    entity_id: node.entityId ?? null,
  };
}

function share(edge: EdgeInput, field: string, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    throw new InvalidGraphData(`edge ${edge.id}: ${field} is a share from 0 to 100, not ${value}`);
  }
  return value;
}

function provenanceColumns(edge: EdgeInput) {
  const p = edge.provenance;
  if (p?.kind === 'statement' && nonEmpty(p.dataset) && nonEmpty(p.statementId)) {
    return { prov_kind: p.kind, prov_dataset: p.dataset, prov_statement: p.statementId };
  }
  if (p?.kind === 'mention' && [p.caseName, p.documentId, p.mentionId].every(nonEmpty)) {
    return {
      prov_kind: p.kind,
      prov_case: p.caseName,
      prov_document: p.documentId,
      prov_mention: p.mentionId,
    };
  }
  throw new InvalidGraphData(
    `edge ${edge.id} has no source: give a dataset and statement id, or a case, document and mention`,
  );
}

const TYPES = new Set<string>(EDGE_TYPES);

export function edgeRow(edge: EdgeInput): EdgeRow {
  if (!nonEmpty(edge.id)) throw new InvalidGraphData('an edge needs an id');
  if (!TYPES.has(edge.type)) {
    throw new InvalidGraphData(`edge ${edge.id}: unknown relation type "${edge.type}"`);
  }
  if (!nonEmpty(edge.source) || !nonEmpty(edge.target)) {
    throw new InvalidGraphData(`edge ${edge.id} needs a source and a target node`);
  }
  const low = share(edge, 'percentageLow', edge.percentageLow);
  const high = share(edge, 'percentageHigh', edge.percentageHigh);
  if (low !== null && high !== null && low > high) {
    throw new InvalidGraphData(`edge ${edge.id}: the range ${low}-${high}% runs backwards`);
  }
  const amount = edge.amount ?? null;
  if (amount !== null && !Number.isFinite(amount)) {
    throw new InvalidGraphData(`edge ${edge.id}: the amount ${amount} is not a number`);
  }
  return {
    id: edge.id,
    type: edge.type,
    source: edge.source,
    target: edge.target,
    percentage: share(edge, 'percentage', edge.percentage),
    percentage_low: low,
    percentage_high: high,
    start_date: edge.startDate ?? null,
    end_date: edge.endDate ?? null,
    amount,
    currency: edge.currency ?? null,
    prov_dataset: null,
    prov_statement: null,
    prov_case: null,
    prov_document: null,
    prov_mention: null,
    ...provenanceColumns(edge),
    properties: JSON.stringify(edge.properties ?? {}),
  };
}
