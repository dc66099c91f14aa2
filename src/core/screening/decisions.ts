/**
 * Reviewers' decisions on hits, and what they do to later screenings: a hit decided as a false
 * positive is not raised again for the same party while the list entry's content is unchanged,
 * and is raised again once it changes. Confirmed matches and escalations keep being raised:
 * they are the parties a screening exists to find.
 */
import { DecisionInputError } from './errors.js';

export const DECISION_KINDS = ['match', 'false-positive', 'escalate'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export function parseDecisionKind(text: string): DecisionKind {
  const kind = DECISION_KINDS.find((k) => k === text);
  if (!kind) {
    throw new DecisionInputError(`--as must be one of ${DECISION_KINDS.join(', ')}, not "${text}"`);
  }
  return kind;
}

export function checkReason(reason: string | undefined): string {
  const text = reason?.trim() ?? '';
  if (text === '') throw new DecisionInputError('a decision needs a --reason');
  return text;
}

/** A decision as later screenings consult it. */
export interface DecisionRef {
  id: number;
  partyKey: string;
  entityId: string;
  /** The entity's content digest when the decision was made. */
  entityDigest: string;
  decision: DecisionKind;
}

/** The latest decision for each party and entity: a later decision replaces an earlier one. */
export class DecisionBook {
  private readonly latest = new Map<string, DecisionRef>();

  constructor(decisions: Iterable<DecisionRef> = []) {
    for (const d of decisions) this.add(d);
  }

  add(decision: DecisionRef): void {
    const key = `${decision.partyKey}\u0000${decision.entityId}`;
    const known = this.latest.get(key);
    if (!known || known.id < decision.id) this.latest.set(key, decision);
  }

  get size(): number {
    return this.latest.size;
  }

  /** The false-positive decision that keeps this hit from being raised, if one does. */
  suppressing(partyKey: string, entityId: string, digest: string): DecisionRef | null {
    const d = this.latest.get(`${partyKey}\u0000${entityId}`);
    return d?.decision === 'false-positive' && d.entityDigest === digest ? d : null;
  }
}

/** Split a row's hits into those raised and those a decision keeps back. */
export function applyDecisions<T extends { entityId: string; entityDigest: string }>(
  partyKey: string,
  hits: readonly T[],
  book: DecisionBook,
): { raised: T[]; suppressed: { hit: T; decision: DecisionRef }[] } {
  const raised: T[] = [];
  const suppressed: { hit: T; decision: DecisionRef }[] = [];
  for (const hit of hits) {
    const decision = book.suppressing(partyKey, hit.entityId, hit.entityDigest);
    if (decision) suppressed.push({ hit, decision });
    else raised.push(hit);
  }
  return { raised, suppressed };
}
