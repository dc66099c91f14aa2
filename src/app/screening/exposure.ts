/**
 * Exposure through ownership in batch screening (issue 12): a screen's and a rescreen's hits carry
 * their entity's exposure, looked up in the network's snapshot taken once per run, so that both
 * kinds of run flag a hit on a party owned by a listed one the same way.
 */
import type { EntityExample } from '../../core/matching/index.js';
import type { Hit, HitExposure, RowExposure } from '../../core/screening/index.js';
import type { Store } from '../../store/index.js';
import { type NetworkService, partyExposureIn, partyResolver } from '../network/index.js';

export type ExposureOf = (entityId: string) => HitExposure | null;

/**
 * The exposure lookup for a run: the network's snapshot is taken once, when the run starts or
 * resumes, and each hit is then a lookup in its arrays. Undefined without a network or when it
 * holds no ownership (hits then carry no exposure rather than a "not exposed").
 */
export async function exposureLookup(
  network: NetworkService | undefined,
): Promise<ExposureOf | undefined> {
  if (!network) return undefined;
  const snapshot = await network.snapshot();
  if (!snapshot.hasOwnership) return undefined;
  return (entityId: string) => partyExposureIn(snapshot, entityId);
}

/** Hits with their entity's exposure, where it has one (a lookup in arrays, per hit). */
export function withExposure(hits: Hit[], exposureOf: ExposureOf | undefined): Hit[] {
  if (!exposureOf) return hits;
  for (const hit of hits) {
    const exposure = exposureOf(hit.entityId);
    if (exposure) hit.exposure = exposure;
  }
  return hits;
}

/** The row's own party's exposure, or null (not a node, or nothing to flag). */
export type RowExposureOf = (
  row: { row: number; key: string | null; customerId: string | null },
  example: EntityExample,
) => RowExposure | null;

/** Said in a run's problems when rows could not be checked: never a silent clear. */
export const NO_NETWORK_NOTE =
  "rows' own exposure through ownership not checked: no network is loaded (docs/network.md)";
export const NO_OWNERSHIP_NOTE =
  "rows' own exposure through ownership not checked: the network holds no ownership";

/**
 * Per-row exposure for a run (app/network/party-resolver.ts says how a row finds its node), or
 * the note that says why rows were not checked.
 */
export async function rowExposureLookup(
  network: NetworkService | undefined,
  lists: Pick<Store, 'entity'>,
): Promise<{ of: RowExposureOf | null; note: string | null }> {
  if (!network) return { of: null, note: NO_NETWORK_NOTE };
  const snapshot = await network.snapshot();
  if (!snapshot.hasOwnership) return { of: null, note: NO_OWNERSHIP_NOTE };
  const resolve = await partyResolver(snapshot, lists);
  const of: RowExposureOf = (row, example) => {
    const found = resolve({ id: row.customerId, properties: example.properties });
    if (!found) return null;
    return {
      row: row.row,
      key: row.key,
      node: found.node,
      caption: found.caption,
      resolvedBy: found.by,
      exposure: found.exposure,
      chains: found.chains,
    };
  };
  return { of, note: null };
}
