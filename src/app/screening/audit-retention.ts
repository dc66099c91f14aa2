/**
 * The retention policy for match records: after `days`, the payload of each `match` and
 * `reconcile` record is replaced by the SHA-256 its chained hash already covers, so the trail
 * keeps proving what happened (who asked, when, which record followed) without keeping every
 * query and result for good. `dossier audit prune` runs it once; `dossier serve` at an interval.
 */
import { parseRetentionDays, retentionCutoff, timestamp } from '../../core/screening/index.js';
import { DEFAULT_RETENTION_DAYS } from '../../core/screening/index.js';
import type { ScreeningStore } from '../../store/screening/index.js';

/** Records pruned per transaction: short enough that /match writes are not held up for long. */
const PRUNE_BATCH = 2000;

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

export interface PruneResult {
  records: number;
  /** The payload bytes removed (SQLite reuses the freed pages for new records). */
  bytes: number;
  /** Records written before this time were pruned. */
  before: string;
}

/**
 * The retention period: `given` (an option), else $DOSSIER_AUDIT_RETENTION_DAYS, else 90 days;
 * null ("off") keeps every payload.
 */
export function retentionDays(given: string | undefined, env: NodeJS.ProcessEnv): number | null {
  if (given !== undefined) return parseRetentionDays(given);
  const fromEnv = env.DOSSIER_AUDIT_RETENTION_DAYS;
  if (fromEnv !== undefined && fromEnv !== '') {
    return parseRetentionDays(fromEnv, 'DOSSIER_AUDIT_RETENTION_DAYS');
  }
  return DEFAULT_RETENTION_DAYS;
}

/** Prune the payloads of match records older than `days`, a batch at a time. */
export async function pruneAudit(
  repo: ScreeningStore,
  days: number,
  now = new Date(),
): Promise<PruneResult> {
  const before = retentionCutoff(now, days);
  const prunedAt = timestamp(now);
  const total = { records: 0, bytes: 0, before };
  for (;;) {
    const pass = await repo.pruneAudit(before, prunedAt, PRUNE_BATCH);
    total.records += pass.records;
    total.bytes += pass.bytes;
    if (pass.records < PRUNE_BATCH) return total;
    await nextTurn();
  }
}
