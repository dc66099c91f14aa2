/**
 * An entity's sanctions exposure under the US, EU and UK rules in one answer, each with the chains
 * behind it. When the network holds no ownership at all, or the entity is no party of it, the
 * answer says so and gives no verdict: "not exposed" would be a claim the data cannot back.
 */
import type { Jurisdiction } from '../../core/graph/exposure/index.js';
import { NetworkNodeNotFound } from '../network/errors.js';
import type { ExposureReport, NetworkService } from '../network/service.js';

export type ExposureState = 'computed' | 'no_ownership_data' | 'not_in_network';

export type JurisdictionExposureJson = Omit<ExposureReport, 'entity' | 'node' | 'caption'>;

export interface EntityExposureJson {
  entity: string;
  state: ExposureState;
  /** What the state means, in words for a reader. */
  detail: string;
  /** The network node the entity is, when it is one. */
  node: string | null;
  caption: string | null;
  /** Null unless computed: no verdict without ownership data. */
  jurisdictions: Record<Jurisdiction, JurisdictionExposureJson> | null;
}

const RULES: readonly Jurisdiction[] = ['us', 'eu', 'uk'];

function unknown(entity: string, state: ExposureState, detail: string): EntityExposureJson {
  return { entity, state, detail, node: null, caption: null, jurisdictions: null };
}

export async function entityExposure(
  network: NetworkService | undefined,
  id: string,
): Promise<EntityExposureJson> {
  const none = 'no ownership data is loaded, so exposure through owners cannot be computed';
  if (!network) return unknown(id, 'no_ownership_data', none);
  const snapshot = await network.snapshot();
  if (!snapshot.hasOwnership) return unknown(id, 'no_ownership_data', none);
  try {
    network.resolve(snapshot, id);
  } catch (error) {
    if (!(error instanceof NetworkNodeNotFound)) throw error;
    const detail =
      'ownership data is loaded, but none of it names this entity: its owners are unknown';
    return unknown(id, 'not_in_network', detail);
  }
  const reports = await Promise.all(RULES.map((j) => network.exposure(id, j)));
  const jurisdictions = {} as Record<Jurisdiction, JurisdictionExposureJson>;
  for (const { entity: _e, node: _n, caption: _c, ...rest } of reports) {
    jurisdictions[rest.jurisdiction] = rest;
  }
  const first = reports[0]!;
  return {
    entity: id,
    state: 'computed',
    detail: 'exposure under each rule, with every chain of ownership from a listed party',
    node: first.node,
    caption: first.caption,
    jurisdictions,
  };
}
