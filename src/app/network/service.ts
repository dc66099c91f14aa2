/**
 * The network's questions as one service shared by the command line, the server, screening and
 * trade flags: the exposure of one party with its chains, every exposed party, exposure for match
 * hits, paths between parties and neighbourhoods. The whole-graph arrays and every node's exposure
 * are built once per graph revision and list versions; each question after that is a lookup.
 */
import {
  chainsTo,
  findingOf,
  type Finding,
  JURISDICTIONS,
  type Jurisdiction,
} from '../../core/graph/exposure/index.js';
import type { GraphStore } from '../../store/graph/index.js';
import type { Store } from '../../store/types.js';
import { NetworkInputError, NetworkNodeNotFound } from './errors.js';
import { type NetworkView, networkOf } from './network-view.js';
import { type EdgeJson, edgesJson } from './render.js';
import { buildSnapshot, type NetworkSnapshot, snapshotKey } from './snapshot.js';

export interface NetworkDeps {
  graph: GraphStore;
  lists: Store;
  /** Today as YYYY-MM-DD: holdings that ended before it no longer count. */
  today?: () => string;
}

/** One jurisdiction's verdict, as match hits and trade flags carry it. */
export interface ExposureSummary {
  exposed: boolean | null;
  status: Finding['status'];
  /** The share held by listed owners, as a fraction of one (0.5 is half). */
  share: number | null;
  /** The bounds of the share when it is not known exactly, as fractions of one. */
  range?: { low: number; high: number };
  /** Control without the ownership threshold: the EU's separate finding, part of UK exposure. */
  controlled?: boolean;
}

export type PartyExposure = Record<Jurisdiction, ExposureSummary>;

export interface ExposureReport extends ExposureSummary {
  entity: string;
  node: string;
  caption: string;
  jurisdiction: Jurisdiction;
  listed: boolean;
  controlled: boolean;
  range: { low: number; high: number };
  /** Each chain from a listed party down to the entity, every edge with its source. */
  chains: { edges: EdgeJson[] }[];
}

export function checkJurisdiction(value: string): Jurisdiction {
  if ((JURISDICTIONS as readonly string[]).includes(value)) return value as Jurisdiction;
  throw new NetworkInputError(
    `a jurisdiction is one of ${JURISDICTIONS.join(', ')}, not "${value}"`,
  );
}

/**
 * The rules work in percent, as the edges state them; answers give shares as fractions of one
 * (`"share": 0.5`), as the exposure JSON is specified. Rounded to a hundredth of a percent.
 */
export function fractionOf(percent: number): number {
  return Math.round(percent * 100) / 10000;
}

function rangeOf(range: { low: number; high: number }) {
  return { low: fractionOf(range.low), high: fractionOf(range.high) };
}

export function summaryOf(finding: Finding): ExposureSummary {
  const summary: ExposureSummary = {
    exposed: finding.exposed,
    status: finding.status,
    share: finding.share === null ? null : fractionOf(finding.share),
  };
  if (finding.share === null) summary.range = rangeOf(finding.range);
  if (finding.controlled) summary.controlled = true;
  return summary;
}

export class NetworkService {
  private built: { key: string; snapshot: Promise<NetworkSnapshot> } | null = null;

  constructor(private readonly deps: NetworkDeps) {}

  /** The graph store behind the arrays, for questions answered edge by edge (neighbours, trees). */
  get store(): GraphStore {
    return this.deps.graph;
  }

  /** The arrays and every node's exposure, rebuilt only when the graph or the lists changed. */
  async snapshot(): Promise<NetworkSnapshot> {
    const key = await snapshotKey(this.deps.graph, this.deps.lists);
    if (this.built?.key !== key) {
      const today = this.deps.today?.() ?? new Date().toISOString().slice(0, 10);
      const snapshot = buildSnapshot(this.deps.graph, this.deps.lists, today);
      this.built = { key, snapshot };
      // A failed build is not kept: the next question tries again.
      snapshot.catch(() => {
        if (this.built?.snapshot === snapshot) this.built = null;
      });
    }
    return this.built.snapshot;
  }

  /** A node by its id, or by the list entity id it stands for (`ofac-46431`). */
  resolve(snapshot: NetworkSnapshot, id: string): number {
    const node = snapshot.graph.indexOf(id);
    if (node >= 0) return node;
    const byEntity = snapshot.byEntity.get(id);
    if (byEntity !== undefined) return byEntity;
    throw new NetworkNodeNotFound(
      `no party "${id}" in the network (a node id or a list entity id)`,
    );
  }

  async exposure(id: string, jurisdiction: Jurisdiction = 'us'): Promise<ExposureReport> {
    const snapshot = await this.snapshot();
    const node = this.resolve(snapshot, id);
    const finding = findingOf(snapshot.exposure, node, jurisdiction);
    const chains = chainsTo(snapshot.exposure, node, jurisdiction);
    const edges = await edgesJson(
      this.deps.graph,
      snapshot,
      chains.flatMap((c) => c.edges),
    );
    return {
      entity: id,
      node: snapshot.graph.nodeIds[node]!,
      caption: snapshot.nodes.caption[node]!,
      jurisdiction,
      exposed: finding.exposed,
      status: finding.status,
      share: finding.share === null ? null : fractionOf(finding.share),
      range: rangeOf(finding.range),
      listed: finding.listed,
      controlled: finding.controlled,
      chains: chains.map((c) => ({ edges: c.edges.flatMap((k) => edges.get(k) ?? []) })),
    };
  }

  /**
   * Every party exposed through ownership or control (listed parties themselves left out), and
   * with `possible` those that cannot be decided from the shares known; the surest first.
   */
  async exposed(
    jurisdiction: Jurisdiction = 'us',
    options: { possible?: boolean } = {},
  ): Promise<(ExposureSummary & { entity: string; caption: string; entityId: string | null })[]> {
    const snapshot = await this.snapshot();
    const found = [];
    for (let node = 0; node < snapshot.graph.nodeCount; node++) {
      const finding = findingOf(snapshot.exposure, node, jurisdiction);
      if (finding.listed) continue;
      const sure = finding.exposed === true || finding.controlled;
      if (!sure && !(options.possible && finding.exposed === null)) continue;
      found.push({
        entity: snapshot.graph.nodeIds[node]!,
        caption: snapshot.nodes.caption[node]!,
        entityId: snapshot.nodes.entityId[node]!,
        ...summaryOf(finding),
      });
    }
    const rank = (e: ExposureSummary) => (e.exposed === true ? 0 : e.controlled ? 1 : 2);
    return found.sort((a, b) => rank(a) - rank(b) || a.entity.localeCompare(b.entity));
  }

  /**
   * A party's exposure under every rule, by node id or list entity id, or null when the party is
   * not in the network or the network holds no ownership at all (no answer rather than "clear").
   * A lookup in arrays computed once: cheap enough for every match hit.
   */
  async partyExposure(id: string): Promise<PartyExposure | null> {
    const snapshot = await this.snapshot();
    return partyExposureIn(snapshot, id);
  }

  /**
   * A party's neighbours grouped by relation type, the first `limit` of each with the total, by
   * node id or list entity id; null when the party is not in the network (for the entity page).
   */
  async neighbourGroups(id: string, limit: number): Promise<NetworkView | null> {
    const snapshot = await this.snapshot();
    let node = snapshot.graph.indexOf(id);
    if (node < 0) node = snapshot.byEntity.get(id) ?? -1;
    if (node < 0) return null;
    return networkOf(this.deps.graph, snapshot.graph.nodeIds[node]!, { limit });
  }
}

/** The same lookup on a snapshot already in hand, for a batch of ids. */
export function partyExposureIn(snapshot: NetworkSnapshot, id: string): PartyExposure | null {
  if (!snapshot.hasOwnership) return null;
  let node = snapshot.graph.indexOf(id);
  if (node < 0) node = snapshot.byEntity.get(id) ?? -1;
  if (node < 0) return null;
  const of = (j: Jurisdiction) => summaryOf(findingOf(snapshot.exposure, node, j));
  return { us: of('us'), eu: of('eu'), uk: of('uk') };
}
