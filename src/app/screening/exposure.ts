/**
 * Exposure through ownership in batch screening (issue 12): a screen's and a rescreen's hits carry
 * their entity's exposure, looked up in the network's snapshot taken once per run, so that both
 * kinds of run flag a hit on a party owned by a listed one the same way.
 */
import type { Hit, HitExposure } from '../../core/screening/index.js';
import { type NetworkService, partyExposureIn } from '../network/index.js';

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
