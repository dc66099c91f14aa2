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
  /** The hit's row (its line or sheet row); or `key` instead. */
  row?: number;
  /**
   * The hit's row key as the hits file shows it (the customer ID, or `line:<n>`). A number that
   * is no row's key is read as the row, so that `decide RUN 17 ...` still names line 17.
   */
  key?: string;
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
  const hit = await findHit(repo, request);
  const at = timestamp();
  const stored = {
    runId: request.runId,
    row: hit.row,
    key: hit.key ?? null,
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
      row: hit.row,
      key: hit.key ?? null,
      party: hit.partyKey,
      entity_id: hit.entityId,
      entity_digest: hit.entityDigest,
      decision,
      reason,
    },
  }));
  return { id, decision, hit, reason, decidedAt: at };
}

/** The hit a request names, by its row key first, then by its row number. */
async function findHit(repo: ScreeningStore, request: DecideRequest): Promise<Hit> {
  const { runId, entityId, key } = request;
  if (key !== undefined) {
    for await (const hit of repo.hits(runId, { withSuppressed: true })) {
      if (hit.key === key && hit.entityId === entityId) return hit;
    }
  }
  const row = request.row ?? (key !== undefined && /^[1-9][0-9]*$/.test(key) ? Number(key) : null);
  const hit = row === null ? null : await repo.hit(runId, row, entityId);
  if (!hit) {
    const where = key !== undefined ? `key ${JSON.stringify(key)}` : `row ${row}`;
    throw new HitNotFoundError(`run ${runId} has no hit on ${where} for ${entityId}`);
  }
  return hit;
}
