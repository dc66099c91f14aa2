/**
 * What the audit trail must hold beyond a sound chain: a record for each run, decision,
 * reviewer's split of a designation, xref decision on a case's party, reporter's note (and its
 * retraction) and document tag the stores keep, and the head a user kept elsewhere. The chain alone cannot show that a trail was
 * emptied or cut and its head rewritten; these checks can.
 */
import type { AuditRecord, ChainHead } from './audit.js';
import type { RunInfo } from './types.js';

/** Parse `<seq>:<hash>` as `dossier audit head` prints it; null when it is not that. */
export function parseHead(text: string): ChainHead | null {
  const match = /^(\d{1,15}):([0-9a-f]{64})$/.exec(text.trim().toLowerCase());
  if (!match) return null;
  const seq = Number(match[1]);
  return seq >= 1 ? { seq, hash: match[2]! } : null;
}

export function formatHead(head: ChainHead): string {
  return `${head.seq}:${head.hash}`;
}

/**
 * A record the trail must hold, from outside the database: a head a user kept, or a signed
 * checkpoint's. `label` names it in the problem ("the head kept elsewhere").
 */
export interface ExpectedHead extends ChainHead {
  label: string;
}

/** A split of two entries as the trail names it: both IDs in code-unit order and the time. */
function splitKey(entities: readonly string[], decidedAt: string): string {
  const [a, b] = [...entities].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  return `${a}\u0000${b}\u0000${decidedAt}`;
}

/** An xref decision (case, party key, entity, time), a note or a tag as the trail names it. */
function xrefKey(...parts: unknown[]): string {
  return parts.map(String).join('\u0000');
}

function runOf(record: AuditRecord): string | null {
  const run = (record.payload as { run?: unknown } | null)?.run;
  return typeof run === 'string' ? run : null;
}

/**
 * Collects, while the trail is walked, only the IDs it names (not the records), so that memory
 * grows with the runs and decisions, not with the match records that make up most of a trail.
 */
export class AuditCoverage {
  private readonly started = new Set<string>();
  private readonly finished = new Set<string>();
  private readonly cancelled = new Set<string>();
  private readonly decisions = new Set<number>();
  /** The expected heads by seq; each is removed when its record is seen. */
  private readonly expected = new Map<number, ExpectedHead[]>();
  /** Reviewers' splits of designations recorded, by pair and time (see splitProblem). */
  private readonly splits = new Set<string>();
  /** Reviewers' xref decisions recorded, by case, party, entity and time. */
  private readonly xrefs = new Set<string>();
  /** Reporters' notes, their retractions and document tags recorded (see noteProblem). */
  private readonly notes = new Set<string>();
  private readonly retractions = new Set<string>();
  private readonly tags = new Set<string>();

  constructor(expected: ChainHead | null | readonly ExpectedHead[] = null) {
    const list = Array.isArray(expected)
      ? expected
      : expected
        ? [{ ...(expected as ChainHead), label: 'the head kept elsewhere' }]
        : [];
    for (const head of list) {
      this.expected.set(head.seq, [...(this.expected.get(head.seq) ?? []), head]);
    }
  }

  /** Note one record; returns a problem when it is an expected head's seq with another hash. */
  add(record: AuditRecord): string | null {
    const expected = this.expected.get(record.seq);
    if (expected) {
      const other = expected.find((head) => head.hash !== record.hash);
      if (other) return `record ${record.seq} is not ${other.label} (its hash differs: rewritten)`;
      this.expected.delete(record.seq);
    }
    const run = runOf(record);
    if (record.kind === 'screen.start' || record.kind === 'rescreen.start') {
      if (run) this.started.add(run);
    } else if (record.kind.endsWith('.finish')) {
      if (run) this.finished.add(run);
    } else if (record.kind === 'screen.cancel') {
      if (run) this.cancelled.add(run);
    } else if (record.kind === 'decision') {
      const id = (record.payload as { decision_id?: unknown } | null)?.decision_id;
      if (typeof id === 'number') this.decisions.add(id);
    } else if (record.kind === 'designation.split') {
      const { entities, decided_at } = (record.payload ?? {}) as {
        entities?: unknown;
        decided_at?: unknown;
      };
      if (Array.isArray(entities) && typeof decided_at === 'string') {
        this.splits.add(splitKey(entities.map(String), decided_at));
      }
    } else if (record.kind === 'xref.decision') {
      const p = (record.payload ?? {}) as Record<string, unknown>;
      this.xrefs.add(xrefKey(p.case, p.party, p.entity_id, p.decided_at));
    } else if (record.kind === 'case.note') {
      const p = (record.payload ?? {}) as Record<string, unknown>;
      this.notes.add(xrefKey(p.case, record.actor, p.created_at, p.text));
    } else if (record.kind === 'case.note.retract') {
      const p = (record.payload ?? {}) as Record<string, unknown>;
      this.retractions.add(xrefKey(p.case, p.note_actor, p.note_created_at, p.retracted_at));
    } else if (record.kind === 'document.tag') {
      const p = (record.payload ?? {}) as Record<string, unknown>;
      this.tags.add(xrefKey(p.case, p.document_id, p.tag, p.at));
    }
    return null;
  }

  /** After the walk: the first expected head not reached (the trail was cut below it). */
  headProblem(): string | null {
    const missed = [...this.expected.values()].flat().sort((a, b) => a.seq - b.seq)[0];
    if (!missed) return null;
    return `the trail ends before record ${missed.seq}, ${missed.label} (truncated)`;
  }

  /**
   * The first run without the records its state implies. A queued run has none yet; a job
   * cancelled while queued has only its cancellation; a failed run's failure is not recorded,
   * and a job that failed to start (its input or lists changed while it was queued) has none:
   * it never got the list versions that starting records.
   */
  runProblem(run: Pick<RunInfo, 'id' | 'status' | 'versions'>): string | null {
    const { id, status } = run;
    if (status === 'queued') return null;
    if (status === 'failed' && Object.keys(run.versions).length === 0) return null;
    if (status === 'cancelled') {
      return this.cancelled.has(id) ? null : `run ${id} has no audit record of its cancellation`;
    }
    if (!this.started.has(id)) return `run ${id} has no audit record of its start`;
    if (status === 'finished' && !this.finished.has(id)) {
      return `run ${id} has no audit record of its finish`;
    }
    return null;
  }

  decisionProblem(id: number): string | null {
    return this.decisions.has(id) ? null : `decision ${id} has no audit record`;
  }

  /**
   * A split the designation store keeps needs the record made when it was decided: the same pair
   * at the same time (a pair split again after an unsplit has a record of its own). Withdrawals
   * are recorded too (`designation.unsplit`), but a withdrawn split leaves nothing in the store to
   * check them against.
   */
  splitProblem(split: { entities: readonly [string, string]; decidedAt: string }): string | null {
    const known = this.splits.has(splitKey(split.entities, split.decidedAt));
    const [a, b] = split.entities;
    return known ? null : `the split of ${a} and ${b} (${split.decidedAt}) has no audit record`;
  }

  /**
   * An xref decision the case store keeps needs the record made when it was decided (the same
   * case, party, entity and time); a later decision on the pair has a record of its own.
   */
  xrefDecisionProblem(d: {
    caseName: string;
    party: string;
    entityId: string;
    decidedAt: string;
  }): string | null {
    if (this.xrefs.has(xrefKey(d.caseName, d.party, d.entityId, d.decidedAt))) return null;
    return (
      `the xref decision on ${d.party} and ${d.entityId} in case "${d.caseName}" ` +
      `(${d.decidedAt}) has no audit record`
    );
  }

  /**
   * A note the case store keeps needs the record made when it was written (case, author, time
   * and text), and a retracted one the record of its retraction too.
   */
  noteProblem(n: {
    caseName: string;
    actor: string;
    createdAt: string;
    text: string;
    retractedAt: string | null;
  }): string | null {
    const what = `the note by ${n.actor} in case "${n.caseName}" (${n.createdAt})`;
    if (!this.notes.has(xrefKey(n.caseName, n.actor, n.createdAt, n.text))) {
      return `${what} has no audit record`;
    }
    if (
      n.retractedAt !== null &&
      !this.retractions.has(xrefKey(n.caseName, n.actor, n.createdAt, n.retractedAt))
    ) {
      return `the retraction of ${what} has no audit record`;
    }
    return null;
  }

  /** A tag the case store keeps needs the record made when it was set (removals leave none). */
  tagProblem(t: { caseName: string; documentId: string; tag: string; taggedAt: string }) {
    if (this.tags.has(xrefKey(t.caseName, t.documentId, t.tag, t.taggedAt))) return null;
    return (
      `the tag "${t.tag}" on document ${t.documentId} in case "${t.caseName}" ` +
      `(${t.taggedAt}) has no audit record`
    );
  }
}
