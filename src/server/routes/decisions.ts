/**
 * Reviewers' decisions over HTTP: `POST /decisions` records one on a hit, as `dossier decide`
 * does (same checks, same effect on later screenings, same audit record); `GET /decisions` lists
 * them, all or one run's. The reviewer is the API key's name; an admin key may name another
 * (`by`).
 */
import { decide } from '../../app/screening/decide.js';
import { DECISION_KINDS } from '../../screening/decisions.js';
import type { DecisionInfo } from '../../store/screening/rows.js';
import { actorOf } from '../actor.js';
import { type Handler, screeningOf } from '../context.js';
import { BadRequest, NotFound } from '../errors.js';
import { isObject, json, readJson } from '../http.js';
import { parseParams } from '../params.js';
import { checkBody, DECISION_BODY, DECISIONS_QUERY, NO_QUERY } from '../schemas/index.js';

const FIELDS = ['run_id', 'row', 'entity_id', 'decision', 'reason', 'by'];

interface DecisionBody {
  runId: string;
  row: number;
  entityId: string;
  decision: string;
  reason: string;
  by: string | null;
}

function text(body: Record<string, unknown>, field: string, what: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new BadRequest(`"${field}" must be ${what}`);
  }
  return value.trim();
}

/** The body, checked against its schema (DECISION_BODY), as `decide` takes it. */
export function parseDecisionBody(body: unknown): DecisionBody {
  checkBody(DECISION_BODY, body, readDecisionBody);
  return readDecisionBody(body);
}

function readDecisionBody(body: unknown): DecisionBody {
  if (!isObject(body)) {
    throw new BadRequest(`the body must be a JSON object with ${FIELDS.slice(0, 5).join(', ')}`);
  }
  const unknown = Object.keys(body).find((k) => !FIELDS.includes(k));
  if (unknown !== undefined) {
    throw new BadRequest(`unknown field "${unknown}"; accepted: ${FIELDS.join(', ')}`);
  }
  const { row, by } = body;
  if (typeof row !== 'number' || !Number.isSafeInteger(row) || row < 1) {
    throw new BadRequest('"row" must be a whole number from 1: the row of the hit');
  }
  const decision = text(body, 'decision', `one of ${DECISION_KINDS.join(', ')}`);
  if (!(DECISION_KINDS as readonly string[]).includes(decision)) {
    throw new BadRequest(
      `"decision" must be one of ${DECISION_KINDS.join(', ')}, not "${decision}"`,
    );
  }
  if (by !== undefined && by !== null && typeof by !== 'string') {
    throw new BadRequest('"by" must be a string: who decided');
  }
  return {
    runId: text(body, 'run_id', 'the ID of the run that raised the hit'),
    row,
    entityId: text(body, 'entity_id', 'the ID of the listed entity hit, e.g. ofac-12345'),
    decision,
    reason: text(body, 'reason', 'a non-empty text: why (it goes into the audit trail)'),
    by: typeof by === 'string' ? by : null,
  };
}

export function decisionJson(d: DecisionInfo) {
  return {
    id: d.id,
    run_id: d.runId,
    row: d.row,
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
  if (!repo.run(body.runId)) throw noRun(body.runId);
  const { runId, row, entityId, decision, reason } = body;
  const result = decide(repo, { runId, row, entityId, as: decision, reason, actor });
  const { hit } = result;
  const info: DecisionInfo = {
    ...{ id: result.id, runId, row, entityId, decision: result.decision, actor },
    ...{ reason: result.reason, decidedAt: result.decidedAt },
    ...{ partyKey: hit.partyKey, entityDigest: hit.entityDigest },
  };
  return json(decisionJson(info), 201);
};

export const decisionsRoute: Handler = (deps, ctx) => {
  const { repo } = screeningOf(deps);
  const { run_id } = parseParams(ctx.query, DECISIONS_QUERY);
  if (run_id !== null && !repo.run(run_id)) throw noRun(run_id);
  return json({ decisions: repo.decisionList(run_id).map(decisionJson) });
};
