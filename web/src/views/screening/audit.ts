/**
 * The audit panel's rules, kept apart from the markup: a record of the job's trail said in a line
 * (what the kind means and the payload's facts that matter to a reviewer), and which decision held
 * a hit back, said the same way wherever it is shown.
 */
import type { HeldHitJson, JobAuditRecord } from '../../api/review.js';
import type { DecisionJson } from '../../api/types.js';

const KINDS: Record<string, string> = {
  'screen.start': 'Screening started',
  'screen.resume': 'Screening resumed',
  'screen.batch': 'Rows screened',
  'screen.finish': 'Screening finished',
  'screen.cancel': 'Screening cancelled',
  'screen.input-removed': 'Uploaded file deleted',
  'rescreen.start': 'Rescreen started',
  'rescreen.batch': 'Parties rescreened',
  'rescreen.finish': 'Rescreen finished',
  decision: 'Decision recorded',
};

export function kindLabel(kind: string): string {
  return KINDS[kind] ?? kind;
}

const num = (v: unknown) => (typeof v === 'number' ? v : 0);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The record's facts in one line; a pruned record says so instead. */
export function recordSummary(record: JobAuditRecord): string {
  const p = record.payload;
  if (record.pruned || !p) return 'Details pruned after the retention period (the hash remains).';
  if (record.kind.endsWith('.batch')) {
    return (
      `${num(p.rows)} row(s): ${num(p.hits)} hit(s), ${num(p.held_back)} held back, ` +
      `${num(p.issues)} problem(s)`
    );
  }
  if (record.kind.endsWith('.finish')) {
    return (
      `${num(p.rows_done)} row(s), ${num(p.hits)} hit(s), ${num(p.suppressed)} held back, ` +
      `${num(p.issues)} problem(s)`
    );
  }
  if (record.kind === 'decision') {
    const who = p.key ? `${str(p.key)} (row ${num(p.row)})` : `row ${num(p.row)}`;
    return `${str(p.decision)} on ${who} and ${str(p.entity_id)}: “${str(p.reason)}”`;
  }
  if (record.kind.endsWith('.start') || record.kind.endsWith('.resume')) {
    const versions = Object.entries((p.versions ?? {}) as Record<string, unknown>)
      .map(([d, v]) => `${d} v${String(v)}`)
      .join(', ');
    const input = str(p.input).split(/[\\/]/).pop();
    const sha = str(p.input_sha256);
    return [
      input && `file ${input}`,
      sha && `SHA-256 ${sha.slice(0, 12)}…`,
      versions && `lists ${versions}`,
    ]
      .filter(Boolean)
      .join('; ');
  }
  return '';
}

/** The decision that held a hit back, if the store still has it (only its id otherwise). */
export function heldDecision(hit: HeldHitJson): DecisionJson | null {
  return 'decision' in hit.held_by ? hit.held_by : null;
}

/** Where a decision is shown: its run's page, at the decision in the run's trail. */
export function decisionPath(d: Pick<DecisionJson, 'id' | 'run_id'>): string {
  return `/screening/${encodeURIComponent(d.run_id)}#decision-${d.id}`;
}
