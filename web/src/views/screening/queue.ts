/**
 * The review queue's rules, kept apart from the markup: which decision a hit has (the latest
 * counts, as the screening store decides), and the keys that move through the queue and decide.
 */
import type { DecisionJson, DecisionKind, HitJson } from '../../api/types.js';

export function hitId(hit: HitJson): string {
  return `${hit.row}:${hit.entity_id}`;
}

/** The latest decision on each hit, by hitId. */
export function latestDecisions(decisions: readonly DecisionJson[]): Map<string, DecisionJson> {
  const out = new Map<string, DecisionJson>();
  for (const d of [...decisions].sort((a, b) => a.id - b.id)) out.set(`${d.row}:${d.entity_id}`, d);
  return out;
}

export type QueueAction =
  | { kind: 'move'; by: 1 | -1 }
  | { kind: 'choose'; decision: DecisionKind }
  | { kind: 'submit' };

/**
 * What a key press does in the queue, or null. Letters are ignored while the reviewer types
 * (a reason), except Ctrl/Cmd+Enter, which records the decision from anywhere.
 */
export function queueKey(
  key: string,
  mods: { ctrl: boolean; meta: boolean; alt: boolean },
  typing: boolean,
): QueueAction | null {
  if (key === 'Enter' && (mods.ctrl || mods.meta)) return { kind: 'submit' };
  if (typing || mods.ctrl || mods.meta || mods.alt) return null;
  switch (key) {
    case 'j':
    case 'ArrowDown':
      return { kind: 'move', by: 1 };
    case 'k':
    case 'ArrowUp':
      return { kind: 'move', by: -1 };
    case 'm':
      return { kind: 'choose', decision: 'match' };
    case 'f':
      return { kind: 'choose', decision: 'false-positive' };
    case 'e':
      return { kind: 'choose', decision: 'escalate' };
    default:
      return null;
  }
}

export const DECISION_LABELS: Record<DecisionKind, string> = {
  match: 'Match (m)',
  'false-positive': 'False positive (f)',
  escalate: 'Escalate (e)',
};
