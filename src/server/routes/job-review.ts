/**
 * What a reviewer needs of one job beside its raised hits: `GET /screen/jobs/{id}/held`, the hits
 * held back by earlier false-positive decisions, each with the decision that held it back (who,
 * when, why); and `GET /screen/jobs/{id}/audit`, the audit records that name the job (its start,
 * batches, finish, decisions, downloads). Reopening a held-back hit needs no route of its own: a
 * new decision on it (`POST /decisions`) replaces the old one for later screenings and is
 * recorded in the trail like any other.
 */
import { hitJson } from '../../core/screening/index.js';
import type { AuditRecord } from '../../core/screening/index.js';
import type { DecisionInfo, ScreeningStore } from '../../store/screening/index.js';
import { type Handler, screeningOf } from '../context.js';
import { json } from '../http.js';
import { parseParams } from '../params.js';
import { NO_QUERY } from '../schemas/index.js';
import { decisionJson } from './decisions.js';
import { findRun } from './jobs.js';

/** Held-back hits shown at most: the report lists them all. */
const HELD_SHOWN = 5000;

export const heldRoute: Handler = async (deps, ctx) => {
  parseParams(ctx.query, NO_QUERY);
  const { repo } = screeningOf(deps);
  const run = await findRun(repo, ctx.captures[0]!, ctx.key);
  const decisions = new Map<number, DecisionInfo | null>();
  const held = [];
  let more = false;
  for await (const hit of repo.rankedHits(run.id)) {
    if (hit.suppressedBy === null) continue;
    if (held.length === HELD_SHOWN) {
      more = true;
      break;
    }
    const id = hit.suppressedBy;
    if (!decisions.has(id)) decisions.set(id, await repo.decision(id));
    const decision = decisions.get(id);
    held.push({ ...hitJson(hit), held_by: decision ? decisionJson(decision) : { id } });
  }
  return json({ job: run.id, held, truncated: more });
};

function runOf(record: AuditRecord): string | null {
  const run = (record.payload as { run?: unknown } | null)?.run;
  return typeof run === 'string' ? run : null;
}

/** A batch's payload lists every row: the panel needs its counts, not the rows. */
function summary(record: AuditRecord): unknown {
  if (!record.kind.endsWith('.batch')) return record.payload;
  const p = record.payload as {
    rows?: { hits?: unknown[]; suppressed?: unknown[] }[];
    issues?: unknown[];
  };
  const rows = p.rows ?? [];
  return {
    run: runOf(record),
    rows: rows.length,
    hits: rows.reduce((n, r) => n + (r.hits?.length ?? 0), 0),
    held_back: rows.reduce((n, r) => n + (r.suppressed?.length ?? 0), 0),
    issues: p.issues?.length ?? 0,
  };
}

/** The job's records, read from a snapshot: the trail is walked once, records kept by run. */
async function recordsOf(repo: ScreeningStore, runId: string) {
  const snapshot = await repo.snapshot();
  const out = [];
  try {
    for await (const record of snapshot.auditRecords()) {
      if (runOf(record) !== runId) continue;
      const { seq, at, kind, actor, prev, hash, pruned } = record;
      out.push({ seq, at, kind, actor, prev, hash, pruned, payload: summary(record) });
    }
  } finally {
    await snapshot.close();
  }
  return out;
}

export const jobAuditRoute: Handler = async (deps, ctx) => {
  parseParams(ctx.query, NO_QUERY);
  const { repo } = screeningOf(deps);
  const run = await findRun(repo, ctx.captures[0]!, ctx.key);
  return json({ job: run.id, records: await recordsOf(repo, run.id) });
};
