/**
 * Which node of the ownership graph a screened row's own party is, and that node's exposure with
 * its chains, so that a customer that no list names but that is owned by a listed party is flagged
 * on its own row (issue 12). A row is resolved, in this order:
 *
 * 1. by its ID (the customer ID column, or `--id-column`), equal to a node id or to the list
 *    entity id a node stands for: an ID is chosen by the user to name the party, so it is trusted;
 * 2. by an identifier (INN, OGRN, USCC, LEI, or a registration number within its country), equal
 *    after normalisation to one of the list entity's behind an exposed node: a strong identifier
 *    names one company, whatever it is called;
 * 3. by its exact normalised name with the same country as the list entity behind an exposed
 *    node: names alone collide, so a node whose country is unknown (most parties of ownership
 *    files) is never found by name, and a name shared by two exposed nodes finds neither.
 *
 * Steps 2 and 3 look only at nodes that are exposed, possibly exposed, of unknown exposure or
 * controlled, and not listed themselves (a listed party is a name hit already), so the index they
 * need stays as small as what can be flagged.
 */
import { chainsTo, findingOf, JURISDICTIONS } from '../../core/graph/exposure/index.js';
import { extractIdentifiers } from '../../core/identifiers/index.js';
import type { FtmEntity } from '../../core/model/index.js';
import type { Store } from '../../store/types.js';
import { keysOf } from './identifier-links.js';
import { type PartyExposure, partyExposureIn } from './service.js';
import type { NetworkSnapshot } from './snapshot.js';

export interface PartyQuery {
  id: string | null;
  /** FtM properties of the row: names, countries, identifiers. */
  properties: Readonly<Record<string, readonly string[] | undefined>>;
}

export interface ResolvedParty {
  node: string;
  caption: string;
  by: 'id' | 'identifier' | 'name';
  exposure: PartyExposure;
  /** Per jurisdiction that is no clear: chains from a listed party down (at most 5). */
  chains: Record<
    string,
    { nodes: string[]; captions: string[]; edges: { id: string; share: number | null }[] }[]
  >;
}

const COUNTRY_PROPS = ['country', 'jurisdiction', 'mainCountry'];

/** Case, accents, punctuation and spacing folded: "Kestrel Trading, LLC" = "kestrel trading llc". */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function flaggable(snapshot: NetworkSnapshot, node: number, listedToo: boolean): boolean {
  return JURISDICTIONS.some((j) => {
    const f = findingOf(snapshot.exposure, node, j);
    if (f.listed) return listedToo;
    return f.status !== 'not-exposed' || f.controlled;
  });
}

function chainsOf(snapshot: NetworkSnapshot, node: number, exposure: PartyExposure) {
  const { graph } = snapshot;
  const chains: ResolvedParty['chains'] = {};
  for (const j of JURISDICTIONS) {
    if (exposure[j].status === 'not-exposed' && !exposure[j].controlled) continue;
    chains[j] = chainsTo(snapshot.exposure, node, j, { maxChains: 5 }).map((chain) => {
      // Walk up from the row's node: each edge's other end is found among the node's in-edges.
      const nodes = [node];
      for (const e of [...chain.edges].reverse()) {
        const x = nodes[nodes.length - 1]!;
        for (let s = graph.in.offsets[x]!; s < graph.in.offsets[x + 1]!; s++) {
          if (graph.in.edges[s] === e) {
            nodes.push(graph.in.nodes[s]!);
            break;
          }
        }
      }
      nodes.reverse();
      return {
        nodes: nodes.map((n) => graph.nodeIds[n]!),
        captions: nodes.map((n) => snapshot.nodes.caption[n]!),
        edges: chain.edges.map((e) => {
          const share = graph.share[e]!;
          return { id: snapshot.edgeIds[e]!, share: Number.isNaN(share) ? null : share };
        }),
      };
    });
  }
  return chains;
}

/** Keys that a single node owns; a key two nodes share is dropped (-1): it names neither. */
function add(index: Map<string, number>, key: string, node: number) {
  const known = index.get(key);
  index.set(key, known === undefined || known === node ? node : -1);
}

/**
 * A resolver over a snapshot: built once per run (reading the list entities behind the nodes
 * that could be flagged), then a lookup per row.
 */
export async function partyResolver(
  snapshot: NetworkSnapshot,
  lists: Pick<Store, 'entity'>,
): Promise<(query: PartyQuery) => ResolvedParty | null> {
  const byIdentifier = new Map<string, number>();
  const byName = new Map<string, number>();
  for (let node = 0; node < snapshot.graph.nodeCount; node++) {
    const entityId = snapshot.nodes.entityId[node];
    if (!entityId || !flaggable(snapshot, node, false)) continue;
    const entity: FtmEntity | null = await lists.entity(entityId);
    if (!entity) continue;
    for (const key of keysOf(entity)) add(byIdentifier, key, node);
    const countries = COUNTRY_PROPS.flatMap((p) => entity.properties[p] ?? []);
    const names = [entity.caption, ...(entity.properties.name ?? [])];
    for (const c of countries) {
      for (const n of new Set(names.map(nameKey)))
        if (n) add(byName, `${c.toLowerCase()}|${n}`, node);
    }
  }
  const answer = (node: number, by: ResolvedParty['by']): ResolvedParty | null => {
    if (!flaggable(snapshot, node, by === 'id')) return null;
    const exposure = partyExposureIn(snapshot, snapshot.graph.nodeIds[node]!)!;
    return {
      node: snapshot.graph.nodeIds[node]!,
      caption: snapshot.nodes.caption[node]!,
      by,
      exposure,
      chains: chainsOf(snapshot, node, exposure),
    };
  };
  return (query) => {
    if (query.id) {
      let node = snapshot.graph.indexOf(query.id);
      if (node < 0) node = snapshot.byEntity.get(query.id) ?? -1;
      if (node >= 0) return answer(node, 'id');
    }
    if (extractIdentifiers(query.properties).length > 0) {
      const properties = query.properties as Record<string, string[]>;
      const probe: FtmEntity = {
        id: '',
        schema: 'LegalEntity',
        caption: '',
        datasets: [],
        properties,
      };
      for (const key of keysOf(probe)) {
        const node = byIdentifier.get(key);
        if (node !== undefined && node >= 0) return answer(node, 'identifier');
      }
    }
    const countries = COUNTRY_PROPS.flatMap((p) => query.properties[p] ?? []);
    for (const c of countries) {
      for (const n of query.properties.name ?? []) {
        const node = byName.get(`${c.toLowerCase()}|${nameKey(n)}`);
        if (node !== undefined && node >= 0) return answer(node, 'name');
      }
    }
    return null;
  };
}
