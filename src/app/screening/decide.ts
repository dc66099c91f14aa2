/**
 * Recording a reviewer's decision on a hit. The decision is tied to the party (its content key)
 * and to the entity's content digest at the time, so that later screenings of the same party
 * know it, and know when the list entry has changed since.
 */
import { checkReason, type DecisionKind, parseDecisionKind } from '../../core/screening/index.js';
import { HitNotFoundError, RunNotFoundError } from '../../core/screening/index.js';
import { timestamp } from '../../core/screening/index.js';
import type { Hit } from '../../core/screening/index.js';
import type { ScreeningStore } from '../../store/screening/index.js';

export interface DecideRequest {
  runId: string;
  row: number;
  entityId: string;
  as: string;
  reason: string | undefined;
  actor: string;
}

export interface DecideResult {
  id: number;
  decision: DecisionKind;
  hit: Hit;
  /** The reason as recorded (trimmed), and when. */
  reason: string;
  decidedAt: string;
}

export async function decide(repo: ScreeningStore, request: DecideRequest): Promise<DecideResult> {
  const decision = parseDecisionKind(request.as);
  const reason = checkReason(request.reason);
  if (!(await repo.run(request.runId))) throw new RunNotFoundError(request.runId);
  const hit = await repo.hit(request.runId, request.row, request.entityId);
  if (!hit) {
    throw new HitNotFoundError(
      `run ${request.runId} has no hit on row ${request.row} for ${request.entityId}`,
    );
  }
  const at = timestamp();
  const stored = {
    runId: request.runId,
    row: request.row,
    partyKey: hit.partyKey,
    entityId: hit.entityId,
    entityDigest: hit.entityDigest,
    decision,
    reason,
    actor: request.actor,
    decidedAt: at,
  };
  const id = await repo.addDecision(stored, (decisionId) => ({
    kind: 'decision',
    actor: request.actor,
    at,
    payload: {
      decision_id: decisionId,
      run: request.runId,
      row: request.row,
      party: hit.partyKey,
      entity_id: hit.entityId,
      entity_digest: hit.entityDigest,
      decision,
      reason,
    },
  }));
  return { id, decision, hit, reason, decidedAt: at };
}
