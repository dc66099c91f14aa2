/**
 * Name comparison by token alignment: every query token is paired with at most one candidate
 * token (or with two adjacent ones that it equals when joined), best pairs first, in any order.
 * Unpaired query tokens weigh fully against the score; unpaired candidate tokens only a little,
 * because lists often carry middle names and patronymics that a query leaves out.
 */
import type { NameForm } from './name-forms.js';
import { levenshtein } from './similarity.js';

/** Weight of a candidate token left unpaired, relative to an unpaired query token. */
const EXTRA_CANDIDATE_WEIGHT = 0.3;
/** Pairs scoring below this are not pairs at all. */
const MIN_PAIR = 0.6;

export interface Alignment {
  score: number;
  pairs: [string, string, number][];
}

/** What one edit costs a token of this length: short tokens have no room for typos. */
function editCost(length: number): number {
  if (length <= 4) return 0.35;
  if (length <= 7) return 0.2;
  return 0.12;
}

/** How alike two tokens are, from 0 to 1, with initials and spelling variants considered. */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  // An initial stands for a name that starts with it.
  if (a.length === 1 || b.length === 1) {
    return a[0] === b[0] ? 0.85 : 0;
  }
  // Digits must agree exactly: "Tanker 7" is not "Tanker 8".
  if (DIGIT.test(a) || DIGIT.test(b)) return 0;
  const cost = editCost(Math.max(a.length, b.length));
  const maxEdits = Math.floor((1 - MIN_PAIR) / cost);
  const distance = levenshtein(a, b, maxEdits);
  if (distance > maxEdits) return 0;
  return 1 - distance * cost;
}

const DIGIT = /\d/;

interface Pair {
  q: number;
  c: number;
  /** A second candidate token consumed when the query token equals the two joined. */
  c2: number;
  sim: number;
}

function candidatePairs(q: NameForm, c: NameForm): Pair[] {
  const pairs: Pair[] = [];
  for (let i = 0; i < q.tokens.length; i++) {
    const qt = q.tokens[i]!;
    for (let j = 0; j < c.tokens.length; j++) {
      const sim = tokenSimilarity(qt, c.tokens[j]!);
      if (sim > 0) pairs.push({ q: i, c: j, c2: -1, sim });
      const next = c.tokens[j + 1];
      if (next !== undefined && qt.length > 3 && qt === c.tokens[j] + next) {
        pairs.push({ q: i, c: j, c2: j + 1, sim: 1 });
      }
    }
  }
  return pairs.sort((x, y) => y.sim - x.sim);
}

/** Align two forms and score the alignment from 0 to 1. */
export function alignForms(q: NameForm, c: NameForm): Alignment {
  if (q.compact === c.compact) {
    return { score: 1, pairs: [[q.tokens.join(' '), c.tokens.join(' '), 1]] };
  }
  const usedQ = new Uint8Array(q.tokens.length);
  const usedC = new Uint8Array(c.tokens.length);
  let matched = 0;
  let total = 0;
  const pairs: [string, string, number][] = [];
  for (const p of candidatePairs(q, c)) {
    if (usedQ[p.q] || usedC[p.c] || (p.c2 >= 0 && usedC[p.c2])) continue;
    usedQ[p.q] = 1;
    usedC[p.c] = 1;
    let cWeight = c.weights[p.c]!;
    if (p.c2 >= 0) {
      usedC[p.c2] = 1;
      cWeight = Math.max(cWeight, c.weights[p.c2]!);
    }
    const weight = q.weights[p.q]! + cWeight;
    // Squared, so that a pair of merely similar tokens counts for much less than an equal pair.
    matched += p.sim * p.sim * weight;
    total += weight;
    const cText = p.c2 >= 0 ? `${c.tokens[p.c]} ${c.tokens[p.c2]}` : c.tokens[p.c]!;
    pairs.push([q.tokens[p.q]!, cText, p.sim]);
  }
  let queryLeft = false;
  for (let i = 0; i < q.tokens.length; i++) {
    if (usedQ[i]) continue;
    total += q.weights[i]!;
    queryLeft = true;
  }
  // Extra candidate tokens are extra detail, unless the query has tokens left over too: then
  // the two disagree ("Eric Wendt" against "Josh Wendt").
  const extraWeight = queryLeft ? 1 : EXTRA_CANDIDATE_WEIGHT;
  for (let j = 0; j < c.tokens.length; j++) {
    if (!usedC[j]) total += c.weights[j]! * extraWeight;
  }
  return { score: total > 0 ? matched / total : 0, pairs };
}

export interface NameComparison {
  score: number;
  query: string;
  candidate: string;
  detail: string;
}

/** The best alignment between any form of the query names and any form of the candidate's. */
export function compareNames(query: NameForm[], candidate: NameForm[]): NameComparison | null {
  let best: NameComparison | null = null;
  for (const q of query) {
    for (const c of candidate) {
      const a = alignForms(q, c);
      if (best && a.score <= best.score) continue;
      const detail = a.pairs.map(([x, y, s]) => `'${x}'≈'${y}' ${s.toFixed(2)}`).join(', ');
      best = { score: a.score, query: q.original, candidate: c.original, detail };
      if (a.score === 1) return best;
    }
  }
  return best;
}
