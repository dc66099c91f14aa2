/**
 * Parsed relations to graph nodes and edges: each id a file names is looked up, in this order, as
 * a loaded list entity (the node is linked to it: dataset, entity id, the list's caption), as a
 * node the graph already has, or as a new party the file names. An id that is none of these is
 * reported with its row, never guessed. Before that, a party the file gives identifiers for (BODS)
 * becomes the list entity with the same identifier, if one is loaded (./identifier-links.ts).
 * Then 100% holdings that run in a cycle are reported and
 * left out, over the whole batch.
 */
import type { FtmEntity } from '../../core/model/index.js';
import {
  fullHoldingCycles,
  type ParsedNetwork,
  type ParsedRelation,
  type PartyRef,
  type Problem,
} from '../../sources/network/index.js';
import type { EdgeInput, GraphNode, NodeInput } from '../../store/graph/index.js';
import { linkByIdentifiers, linkText } from './identifier-links.js';

/** Where an id may already be known: the loaded lists, and the graph. */
export interface Lookups {
  entity(id: string): Promise<FtmEntity | null>;
  node(id: string): Promise<GraphNode | null>;
  /** Every list entity of these schemata, to link parties by identifier (./identifier-links.ts). */
  entities?(schemata: readonly string[]): AsyncIterable<FtmEntity>;
}

export interface GraphBatch {
  nodes: NodeInput[];
  edges: EdgeInput[];
  problems: Problem[];
  /** Parties linked to a list entity by identifier, as `linkText` says them. */
  linked: string[];
}

/**
 * The file with each party that an identifier links to a list entity replaced by that entity, and
 * the link kept on every relation it touches (`identifierMatch`), as the evidence behind it.
 */
async function withIdentifierLinks(parsed: ParsedNetwork, lookups: Lookups) {
  if (!lookups.entities) return { parsed, linked: [] };
  const unknown: PartyRef[] = [];
  for (const p of parsed.parties)
    if (p.identifiers && !(await lookups.entity(p.id))) unknown.push(p);
  const links = await linkByIdentifiers(unknown, (schemata) => lookups.entities!(schemata));
  if (links.size === 0) return { parsed, linked: [] };
  const alias = (p: PartyRef): PartyRef => {
    const link = links.get(p.id);
    return link ? { id: link.entity.id, name: null, schema: null } : p;
  };
  const relations = parsed.relations.map((r) => {
    const matched = [r.source, r.target].flatMap((p) => {
      const link = links.get(p.id);
      return link ? [linkText(p.id, link)] : [];
    });
    const properties = matched.length
      ? { ...r.properties, identifierMatch: matched }
      : r.properties;
    return { ...r, source: alias(r.source), target: alias(r.target), properties };
  });
  const linked = [...links].map(([party, link]) => linkText(party, link));
  return { parsed: { ...parsed, parties: parsed.parties.map(alias), relations }, linked };
}

/** A node for a list entity: linked to the list it comes from, captioned as the list does. */
export function listNode(entity: FtmEntity, dataset?: string): NodeInput {
  return {
    id: entity.id,
    schema: entity.schema,
    caption: entity.caption,
    dataset: dataset ?? entity.datasets[0] ?? null,
    entityId: entity.id,
  };
}

/** What a file's party becomes: a node to write, an existing node to keep, or unknown. */
async function resolve(
  party: PartyRef,
  lookups: Lookups,
  defaultSchema: string,
  declared: boolean,
) {
  const entity = await lookups.entity(party.id);
  if (entity) return { write: listNode(entity) };
  const existing = await lookups.node(party.id);
  // A list's node keeps the list's caption whatever a later file calls it.
  if (existing && (existing.dataset !== null || !party.name)) return { keep: existing };
  // A party the file declares on its own (a BODS record) stands even unnamed (BODS allows it).
  if (!party.name && !declared) return null;
  const schema = party.schema ?? existing?.schema ?? defaultSchema;
  return { write: { id: party.id, schema, caption: party.name ?? party.id } as NodeInput };
}

export function toEdge(relation: ParsedRelation, dataset: string): EdgeInput {
  return {
    id: `${dataset}:${relation.key}`,
    type: relation.type,
    source: relation.source.id,
    target: relation.target.id,
    percentage: relation.share.percentage,
    percentageLow: relation.share.low,
    percentageHigh: relation.share.high,
    startDate: relation.startDate,
    endDate: relation.endDate,
    amount: relation.amount,
    currency: relation.currency,
    provenance: { kind: 'statement', dataset, statementId: relation.statementId },
    properties: relation.properties,
  };
}

/** The batch a parsed file makes, with the problems found in resolving it. */
export async function resolveNetwork(
  file: ParsedNetwork,
  dataset: string,
  lookups: Lookups,
): Promise<GraphBatch> {
  const { parsed, linked } = await withIdentifierLinks(file, lookups);
  // The fullest description of each party the file gives (a name from any of its rows).
  const parties = new Map<string, PartyRef>();
  const note = (p: PartyRef) => {
    const known = parties.get(p.id);
    parties.set(p.id, {
      id: p.id,
      name: known?.name ?? p.name,
      schema: known?.schema ?? p.schema,
    });
  };
  for (const p of parsed.parties) note(p);
  for (const r of parsed.relations) {
    note(r.source);
    note(r.target);
  }
  // Owned parties are companies unless the file says; an owner may be a person or a company.
  const owned = new Set(
    parsed.relations.filter((r) => r.type === 'ownership').map((r) => r.target.id),
  );
  const nodes = new Map<string, NodeInput>();
  const known = new Set<string>();
  const declared = new Set(parsed.parties.map((p) => p.id));
  for (const party of parties.values()) {
    const schema = owned.has(party.id) ? 'Company' : 'LegalEntity';
    const found = await resolve(party, lookups, schema, declared.has(party.id));
    if (!found) continue;
    known.add(party.id);
    if ('write' in found && found.write) nodes.set(party.id, found.write);
  }
  const problems: Problem[] = [];
  const usable = parsed.relations.filter((r) => {
    const missing = [r.source, r.target].find((p) => !known.has(p.id));
    if (missing) {
      problems.push({
        where: r.where,
        reason: `unknown id ${missing.id} with no name: not a loaded list entity nor a node of the graph`,
      });
    }
    return !missing;
  });
  const cycle = fullHoldingCycles(
    usable
      .filter((r) => r.type === 'ownership')
      .map((r) => ({
        key: r.key,
        source: r.source.id,
        target: r.target.id,
        percentage: r.share.percentage,
      })),
  );
  const edges: EdgeInput[] = [];
  for (const r of usable) {
    if (cycle.has(r.key)) {
      problems.push({
        where: r.where,
        reason: `a cycle of 100% holdings (${r.source.id} owns 100% of ${r.target.id}, which owns it back through other 100% holdings)`,
      });
    } else {
      edges.push(toEdge(r, dataset));
    }
  }
  // Parties of rows that did not load are not written, unless the file declares them.
  const used = new Set([...declared, ...edges.flatMap((e) => [e.source, e.target])]);
  return { nodes: [...nodes.values()].filter((n) => used.has(n.id)), edges, problems, linked };
}
