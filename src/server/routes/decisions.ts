/**
 * Reviewers' decisions over HTTP: `POST /decisions` records one on a hit, as `dossier decide`
 * does (same checks, same effect on later screenings, same audit record); `GET /decisions` lists
 * them, all or one run's. The reviewer is the API key's name; an admin key may name another
 * (`by`).
 */
import { decide } from '../../app/screening/index.js';
import type { DecisionInfo } from '../../store/screening/index.js';
import { actorOf } from '../actor.js';
import { type Handler, screeningOf } from '../context.js';
import { BadRequest, NotFound } from '../errors.js';
import { json, readJson } from '../http.js';
import { parseParams } from '../params.js';
import { checkBody, DECISION_BODY, DECISIONS_QUERY, NO_QUERY } from '../schemas/index.js';

interface DecisionBody {
  runId: string;
  /** The hit's row, or its key (the customer ID): one of the two. */
  row?: number;
  key?: string;
  entityId: string;
  decision: string;
  reason: string;
  by: string | null;
}

/** The body, checked against its schema (DECISION_BODY, which words the refusals), trimmed. */
export function parseDecisionBody(raw: unknown): DecisionBody {
  const body = checkBody(DECISION_BODY, raw);
  // A customer ID survives a re-sorted file; a row number does not: either names the hit, not both.
  if ((body.row === undefined) === (body.key === undefined)) {
    throw new BadRequest(
      'give the hit\'s "key" (the customer ID, or line:<n>) or its "row", not both',
    );
  }
  return {
    runId: body.run_id.trim(),
    ...(body.row === undefined ? {} : { row: body.row }),
    ...(body.key === undefined ? {} : { key: body.key.trim() }),
    entityId: body.entity_id.trim(),
    decision: body.decision,
    reason: body.reason.trim(),
    by: body.by ?? null,
  };
}

export function decisionJson(d: DecisionInfo) {
  return {
    id: d.id,
    run_id: d.runId,
    row: d.row,
    key: d.key ?? null,
    entity_id: d.entityId,
    decision: d.decision,
    reason: d.reason,
    by: d.actor,
    decided_at: d.decidedAt,
    party: d.partyKey,
    entity_digest: d.entityDigest,
  };
}

function noRun(id: string): NotFound {
  return new NotFound(`no screening run with ID ${id} (GET /screen/jobs lists them)`);
}

export const decideRoute: Handler = async (deps, ctx) => {
  const { repo } = screeningOf(deps);
  parseParams(ctx.query, NO_QUERY);
  const body = parseDecisionBody(await readJson(ctx.req, deps.config.maxBodyBytes));
  const actor = actorOf(ctx.key, body.by);
  if (!(await repo.run(body.runId))) throw noRun(body.runId);
  const { runId, row, key, entityId, decision, reason } = body;
  const result = await decide(repo, { runId, row, key, entityId, as: decision, reason, actor });
  const { hit } = result;
  const info: DecisionInfo = {
    ...{ id: result.id, runId, row: hit.row, key: hit.key ?? null, entityId },
    ...{ decision: result.decision, actor },
    ...{ reason: result.reason, decidedAt: result.decidedAt },
    ...{ partyKey: hit.partyKey, entityDigest: hit.entityDigest },
  };
  return json(decisionJson(info), 201);
};

export const decisionsRoute: Handler = async (deps, ctx) => {
  const { repo } = screeningOf(deps);
  const { run_id } = parseParams(ctx.query, DECISIONS_QUERY);
  if (run_id !== null && !(await repo.run(run_id))) throw noRun(run_id);
  return json({ decisions: (await repo.decisionList(run_id)).map(decisionJson) });
};
