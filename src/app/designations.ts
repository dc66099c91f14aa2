/**
 * A reviewer's decisions on merged designations: "these two entries are not the same", and its
 * withdrawal. A split is kept in the designation store and heeded by every index built after it
 * (the server's at its next refresh, each `dossier match` at once); the pair then comes back as
 * two results.
 */
import type { Cluster } from '../core/designations/index.js';
import { DossierError } from '../core/errors/index.js';
import type { FtmEntity } from '../core/model/index.js';
import type { DesignationStore, SplitDecision } from '../store/designations/index.js';
import type { Store } from '../store/index.js';
import type { ScreeningStore } from '../store/screening/index.js';

/** Where splits and their withdrawals are recorded: the audit trail of screenings and decisions. */
type AuditTrail = Pick<ScreeningStore, 'appendAudit'>;

export class DesignationInputError extends DossierError {
  override readonly name = 'DesignationInputError';
  readonly code = 'invalid_input';
}

export class DesignationEntityNotFound extends DossierError {
  override readonly name = 'DesignationEntityNotFound';
  readonly code = 'not_found';
}

export interface SplitRequest {
  entities: [string, string];
  reason: string | undefined;
  actor: string;
}

/** Record that two entries are not one designation; both must be loaded entities. */
export async function splitDesignation(
  deps: { lists: Pick<Store, 'entity'>; designations: DesignationStore; screening: AuditTrail },
  request: SplitRequest,
  now = new Date(),
): Promise<SplitDecision> {
  const [a, b] = request.entities;
  if (a === b) throw new DesignationInputError('a split needs two different entity IDs');
  const reason = request.reason?.trim() ?? '';
  if (reason === '') throw new DesignationInputError('a split needs a --reason');
  for (const id of [a, b]) {
    if (!(await deps.lists.entity(id)))
      throw new DesignationEntityNotFound(`no entity with ID ${id}`);
  }
  const decision: SplitDecision = {
    entities: a < b ? [a, b] : [b, a],
    actor: request.actor,
    reason,
    decidedAt: now.toISOString(),
  };
  // Recorded before it is kept, so that `audit verify` finds a record for every split it reads
  // (a failure in between leaves a record of a split never kept: harmless, and visible).
  await deps.screening.appendAudit({
    kind: 'designation.split',
    actor: decision.actor,
    at: decision.decidedAt,
    payload: { entities: decision.entities, reason, decided_at: decision.decidedAt },
  });
  await deps.designations.addSplit(decision);
  return decision;
}

export interface UnsplitRequest {
  entities: [string, string];
  reason?: string | undefined;
  actor: string;
}

/** Withdraw a split, recorded in the audit trail: the pair merges again if a key still links them. */
export async function withdrawSplit(
  deps: { designations: DesignationStore; screening: AuditTrail },
  request: UnsplitRequest,
  now = new Date(),
) {
  const [a, b] = request.entities;
  if (!(await deps.designations.removeSplit(a, b))) {
    throw new DesignationEntityNotFound(`${a} and ${b} are not split`);
  }
  const reason = request.reason?.trim() || null;
  await deps.screening.appendAudit({
    kind: 'designation.unsplit',
    actor: request.actor,
    at: now.toISOString(),
    payload: { entities: a < b ? [a, b] : [b, a], reason },
  });
}

/** A cluster as `dossier designations` and the docs show it: members with their lists. */
export function clusterJson(cluster: Cluster, entity: (id: string) => FtmEntity | undefined) {
  return {
    id: cluster.id,
    members: cluster.members.map((id) => {
      const e = entity(id);
      return {
        id,
        schema: e?.schema ?? null,
        caption: e?.caption ?? null,
        datasets: e?.datasets ?? [],
      };
    }),
    links: cluster.links,
  };
}
