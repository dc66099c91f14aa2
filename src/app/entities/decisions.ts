/**
 * The screening decisions recorded on hits whose candidate is this entity: which run, what was
 * screened (the query), the decision, its reason, who and when. Newest first.
 */
import type { DecisionInfo, ScreeningStore } from '../../store/screening/index.js';

export interface EntityDecisionJson {
  id: number;
  run_id: string;
  run_kind: string | null;
  row: number;
  key: string | null;
  /** The screened party as the portfolio gave it: its type and names. */
  query: { schema: string; names: string[] } | null;
  score: number | null;
  decision: string;
  reason: string;
  by: string;
  decided_at: string;
}

async function decisionJson(repo: ScreeningStore, d: DecisionInfo): Promise<EntityDecisionJson> {
  const [run, party, hit] = await Promise.all([
    repo.run(d.runId),
    repo.party(d.partyKey),
    repo.hit(d.runId, d.row, d.entityId),
  ]);
  const names = party?.properties.name ?? [];
  return {
    id: d.id,
    run_id: d.runId,
    run_kind: run?.kind ?? null,
    row: d.row,
    key: d.key ?? null,
    query: party ? { schema: party.schema, names: [...names] } : null,
    score: hit?.score ?? null,
    decision: d.decision,
    reason: d.reason,
    by: d.actor,
    decided_at: d.decidedAt,
  };
}

export async function entityDecisions(
  repo: ScreeningStore,
  id: string,
): Promise<EntityDecisionJson[]> {
  // The store lists decisions whole; an entity's are few, and so are decisions on the whole.
  const mine = (await repo.decisionList()).filter((d) => d.entityId === id);
  mine.sort((a, b) => b.decidedAt.localeCompare(a.decidedAt) || b.id - a.id);
  return Promise.all(mine.map((d) => decisionJson(repo, d)));
}
