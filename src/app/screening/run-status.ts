/** What a run is doing now, which its stored status alone does not say. */
import type { RunInfo } from '../../core/screening/index.js';
import { processAlive } from './files.js';

export type LiveStatus = 'queued' | 'running' | 'finished' | 'failed' | 'cancelled' | 'interrupted';

/** The statuses a run ends in: it never runs again. */
export const ENDED: readonly LiveStatus[] = ['finished', 'failed', 'cancelled'];

/**
 * A run stored as running is running only while a process works on it: this one (`runningHere`,
 * for a server's jobs) or another that is alive. Otherwise it was interrupted (a crash, a kill, a
 * server stopped mid-run) and can be resumed.
 */
export function liveStatus(run: RunInfo, runningHere = false): LiveStatus {
  if (run.status !== 'running') return run.status;
  if (runningHere) return 'running';
  const elsewhere = run.pid !== null && run.pid !== process.pid && processAlive(run.pid);
  return elsewhere ? 'running' : 'interrupted';
}
