/**
 * Delta screening: after a list gets a new version, only its added and modified entries need
 * comparing with the parties already screened. This decides, per dataset, what to compare: the
 * store's diff when it starts at the version last screened, everything when the store no longer
 * keeps the changes since then (or the portfolio was never screened against the dataset).
 */
import { SCREENED_SCHEMATA } from '../matching/index.js';
import type { RunInfo } from './types.js';

export type DeltaMode = 'none' | 'diff' | 'all';

export interface DeltaPlan {
  dataset: string;
  /** The version the portfolio was last screened against (null: never). */
  from: number | null;
  to: number;
  mode: DeltaMode;
}

/**
 * `previous` is the version the store's diff starts from (the one before the current). `baseline`
 * is the version last screened, from `--since` or the runs.
 */
export function planDelta(
  dataset: string,
  current: number,
  previous: number | null,
  baseline: number | undefined,
): DeltaPlan {
  if (baseline === undefined) return { dataset, from: null, to: current, mode: 'all' };
  if (baseline >= current) return { dataset, from: baseline, to: current, mode: 'none' };
  if (previous !== null && baseline === previous) {
    return { dataset, from: baseline, to: current, mode: 'diff' };
  }
  return { dataset, from: baseline, to: current, mode: 'all' };
}

/** The latest version of each dataset that a finished run screened against. */
export function lastScreened(runs: readonly RunInfo[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const run of runs) {
    if (run.status !== 'finished') continue;
    for (const [dataset, version] of Object.entries(run.versions)) {
      out.set(dataset, Math.max(out.get(dataset) ?? 0, version));
    }
  }
  return out;
}

/** Schemata worth screening against, as the match service indexes them. */
const MATCHABLE = new Set(SCREENED_SCHEMATA);

export function isMatchableSchema(schema: string): boolean {
  return MATCHABLE.has(schema);
}
