/**
 * How long the audit trail keeps the full payload of a match record. `/match` and `/reconcile`
 * write one record a request with every query and result, which at full load is megabytes a
 * second (issue 14); after the retention period the payload is replaced by the SHA-256 the
 * record's hash already covers (layout 2), so the chain still verifies end to end while the bulk
 * goes. Runs, batches, decisions and every other record are kept whole for good: they are what a
 * screening is later asked to show.
 */
import { AuditOptionError } from './errors.js';

/** The record kinds whose payload may be pruned: one per answered HTTP matching request. */
export const PRUNABLE_KINDS: readonly string[] = ['match', 'reconcile'];

/** Full payloads are kept this many days unless configured otherwise. */
export const DEFAULT_RETENTION_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

export function isPrunable(kind: string): boolean {
  return PRUNABLE_KINDS.includes(kind);
}

/**
 * A retention period in whole days from 0 (prune every match record written before now), or
 * null for "off" (keep payloads for good).
 */
export function parseRetentionDays(text: string, what = 'the retention period'): number | null {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === 'off') return null;
  if (!/^\d{1,6}$/.test(trimmed)) {
    throw new AuditOptionError(`${what} must be a whole number of days or "off", not "${text}"`);
  }
  return Number(trimmed);
}

/** The time stamp before which match records are pruned, `days` before `now`. */
export function retentionCutoff(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}
