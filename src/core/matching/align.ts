/**
 * Name comparison by token alignment: every query token is paired with at most one candidate
 * token, or a run of two or three adjacent tokens on one side with one token on the other
 * ("Patr ushev", "Jong-un", "Abd al-Lah" / "Abdullah"), or an acronym with the words it
 * abbreviates; best pairs first, in any order. The score weighs what was paired against what
 * was left over (see score.ts).
 */
import type { NameForm } from './name-forms.js';
import { PairPool } from './pair-pool.js';
import {
  capSkeletons,
  type Fuller,
  hasFullerName,
  type Pair,
  scoreAlignment,
  scoreWhole,
} from './score.js';
import { FACTS_PER_RUN, FACTS_PER_TOKEN, Fact, RunFact } from './token-facts.js';
import {
  fuzzyKnown,
  lengthsForSimilarity,
  skeletonSimilarity,
  tokenSimilarity,
} from './token-similarity.js';

/** Joined tokens must be this alike to count as one: a split is not a licence for typos. */
const MIN_JOINED = 0.8;
/** An acronym against the initials of the words it stands for. */
const ACRONYM = 0.9;

type Similarity = (q: NameForm, i: number, c: NameForm, j: number) => number;

/**
 * Runs of `n` tokens of form `a` (its joined keys, whose facts start at `from` in its facts)
 * against single tokens of `b`. Lengths and first letters are read from the facts: most pairs
 * end there, and no text is read.
 */
function joinedRuns(
  a: NameForm,
  b: NameForm,
  n: number,
  joined: readonly string[],
  from: number,
  swap: boolean,
  out: PairPool,
): void {
  const af = a.facts;
  const bf = b.facts;
  for (let i = 0; i < joined.length; i++) {
    const at = from + i * FACTS_PER_RUN;
    const length = af[at + RunFact.length]!;
    const first = af[at + RunFact.first]!;
    for (let j = 0; j < b.tokens.length; j++) {
      const y = j * FACTS_PER_TOKEN;
      const otherLength = bf[y + Fact.keyLength]!;
      if (Math.abs(otherLength - length) > 2 || otherLength < 4) continue;
      // A split name keeps its first letter: checking it first skips most edit distances.
      if (bf[y + Fact.keyFirst] !== first) continue;
      const mask = af[at + RunFact.mask]!;
      const sim = fuzzyKnown(
        joined[i]!,
        b.keys[j]!,
        length,
        otherLength,
        mask,
        bf[y + Fact.keyMask]!,
      );
      if (sim >= MIN_JOINED) out.add(swap, i, n, j, 1, sim);
    }
  }
}

/** A run of two or three tokens of `a` against single tokens of `b`: "Patr ushev", "Jong un". */
function joinedPairs(a: NameForm, b: NameForm, swap: boolean, out: PairPool): void {
  const runs2 = a.tokens.length * FACTS_PER_TOKEN;
  joinedRuns(a, b, 2, a.joined2, runs2, swap, out);
  joinedRuns(a, b, 3, a.joined3, runs2 + a.joined2.length * FACTS_PER_RUN, swap, out);
}

/** A token of `a` that spells the initials of two or more adjacent tokens of `b`. */
function acronymPairs(a: NameForm, b: NameForm, swap: boolean, out: PairPool): void {
  const af = a.facts;
  const bf = b.facts;
  for (let i = 0; i < a.tokens.length; i++) {
    const n = af[i * FACTS_PER_TOKEN + Fact.tokenLength]!;
    if (n < 2 || n > 6 || n > b.tokens.length) continue;
    const first = af[i * FACTS_PER_TOKEN + Fact.tokenFirst]!;
    const token = a.tokens[i]!;
    // A token that b has as a word is not an acronym of b's words; asked only once an initial
    // agrees, as few do.
    let isWord: boolean | undefined;
    for (let j = 0; j + n <= b.tokens.length; j++) {
      if (bf[j * FACTS_PER_TOKEN + Fact.tokenFirst] !== first) continue;
      if (!b.initials.startsWith(token, j)) continue;
      isWord ??= b.tokens.includes(token);
      if (isWord) break;
      out.add(swap, i, 1, j, n, ACRONYM);
    }
  }
}

/** The possible pairs of an alignment, reused (see pair-pool.ts); no alignment interrupts another. */
const possible = new PairPool();

/** Fill `possible` with every pair of q's and c's tokens worth considering, best first. */
function candidatePairs(q: NameForm, c: NameForm, similarity: Similarity): void {
  possible.clear();
  const latin = similarity === tokenSimilarity;
  for (let i = 0; i < q.tokens.length; i++) {
    for (let j = 0; j < c.tokens.length; j++) {
      // Called by name where it can be: a call the compiler can see through.
      const sim = latin ? tokenSimilarity(q, i, c, j) : similarity(q, i, c, j);
      if (sim > 0) possible.add(false, i, 1, j, 1, sim);
    }
  }
  if (latin) {
    joinedPairs(q, c, false, possible);
    joinedPairs(c, q, true, possible);
    acronymPairs(q, c, false, possible);
    acronymPairs(c, q, true, possible);
  }
  possible.sort();
}

function spanFree(used: Uint8Array, start: number, n: number): boolean {
  for (let k = start; k < start + n; k++) if (used[k]) return false;
  return true;
}

function spanText(form: NameForm, start: number, n: number): string {
  return form.tokens.slice(start, start + n).join(' ');
}

/**
 * Two reusable arrays of flags, the first `n` cleared: alignment runs for every form pair of every candidate,
 * and allocating them each time showed in profiles. No alignment is interrupted by another.
 */
const scratchFlags = [new Uint8Array(64), new Uint8Array(64)];
function scratch(which: 0 | 1, n: number): Uint8Array {
  if (n > scratchFlags[which]!.length) scratchFlags[which] = new Uint8Array(n * 2);
  // Only the first n flags are read (by token position), so only they are cleared.
  return scratchFlags[which]!.fill(0, 0, n);
}

/** Whether two forms are one name joined up: equal keys, or equal with their legal forms. */
function sameWhole(q: NameForm, c: NameForm): boolean {
  // The hashes first: most forms compared differ, and then their texts need not be read.
  if (q.compactKeyHash === c.compactKeyHash && q.compactKey === c.compactKey) return true;
  return q.fullCompact !== '' && q.fullCompact === c.fullCompact;
}

/** The pairs chosen by the last `alignScore`, reused like `possible`. */
const chosen: Pair[] = [];
const WHOLE: Pair = { q: 0, qn: 0, c: 0, cn: 0, sim: 1 };

/**
 * Align two forms and score the alignment from 0 to 1; the pairs chosen are left in `chosen`.
 * `fuller`: whether each side has a name of two words of substance or more (see score.ts).
 */
function alignScore(q: NameForm, c: NameForm, similarity: Similarity, fuller: Fuller): number {
  chosen.length = 0;
  if (sameWhole(q, c) && !q.skeletal && !c.skeletal) {
    WHOLE.qn = q.tokens.length;
    WHOLE.cn = c.tokens.length;
    chosen.push(WHOLE);
    return scoreWhole(q, c, fuller);
  }
  const usedQ = scratch(0, q.tokens.length);
  const usedC = scratch(1, c.tokens.length);
  candidatePairs(q, c, similarity);
  for (let k = 0; k < possible.count; k++) {
    const p = possible.at(k);
    if (!spanFree(usedQ, p.q, p.qn) || !spanFree(usedC, p.c, p.cn)) continue;
    usedQ.fill(1, p.q, p.q + p.qn);
    usedC.fill(1, p.c, p.c + p.cn);
    chosen.push(p);
  }
  const score = scoreAlignment(q, c, chosen, usedQ, usedC, fuller);
  return similarity === skeletonSimilarity ? capSkeletons(q, c, chosen, score) : score;
}

/** The pairs of the best alignment so far, kept like `possible`: most alignments tried lose. */
const bestPairs = new PairPool();

/** An alignment in words: `'putin'≈'putin' 1.00, 'vladimir'≈'vladimir' 1.00`. */
function describe(q: NameForm, c: NameForm, pairs: readonly Pair[]): string {
  return pairs
    .map((p) => `'${spanText(q, p.q, p.qn)}'≈'${spanText(c, p.c, p.cn)}' ${p.sim.toFixed(2)}`)
    .join(', ');
}

/**
 * The best alignment of two entities' names. Its detail is written when first read, as most
 * candidates scored are not among the results shown.
 */
export class NameComparison {
  private written: string | undefined;

  constructor(
    readonly score: number,
    private readonly q: NameForm,
    private readonly c: NameForm,
    private readonly pairs: readonly Pair[],
  ) {}

  get query(): string {
    return this.q.original;
  }

  get candidate(): string {
    return this.c.original;
  }

  get detail(): string {
    this.written ??= describe(this.q, this.c, this.pairs);
    return this.written;
  }
}

/**
 * How two forms may be compared, or null if not at all: two names in one non-Latin script only
 * in that script (transliteration would blur 김종은 and 김정은 into one spelling); skeletons of
 * Arabic or Hebrew names only against the skeletons of Latin tokens; otherwise Latin to Latin.
 */
function similarityFor(q: NameForm, c: NameForm): Similarity | null {
  if (q.script !== null && q.script === c.script) {
    return q.native && c.native ? tokenSimilarity : null;
  }
  if (q.native || c.native || (q.skeletal && c.skeletal)) return null;
  return q.skeletal || c.skeletal ? skeletonSimilarity : tokenSimilarity;
}

/** Reused: no comparison interrupts another. */
const FULLER: Fuller = { query: false, candidate: false };

/**
 * The best alignment between any form of the query names and any form of the candidate's.
 * `candidateNames`: all the candidate's names, when `candidate` holds only some (weak aliases).
 */
export function compareNames(
  query: NameForm[],
  candidate: NameForm[],
  candidateNames: NameForm[] = candidate,
): NameComparison | null {
  let bestScore = 0;
  let bestQ: NameForm | null = null;
  let bestC: NameForm | null = null;
  FULLER.query = hasFullerName(query);
  FULLER.candidate = hasFullerName(candidate) || hasFullerName(candidateNames);
  search: for (let k = 0; k < query.length; k++) {
    const q = query[k]!;
    for (let m = 0; m < candidate.length; m++) {
      const c = candidate[m]!;
      const similarity = similarityFor(q, c);
      if (similarity === null) continue;
      const score = alignScore(q, c, similarity, FULLER);
      if (bestQ !== null && score <= bestScore) continue;
      bestPairs.copyFrom(chosen);
      bestScore = score;
      bestQ = q;
      bestC = c;
      if (score === 1) break search;
    }
  }
  if (bestQ === null || bestC === null) return null;
  return new NameComparison(bestScore, bestQ, bestC, bestPairs.copy());
}

/** Every text of a form that a pair may rest on: tokens, keys, written keys and runs. */
const formTextsMemo = new WeakMap<NameForm, Set<string>>();

/** Worked out once per form: a candidate's forms meet query after query. */
function formTexts(form: NameForm): Set<string> {
  let texts = formTextsMemo.get(form);
  if (!texts) {
    const lists = [form.tokens, form.keys, form.writtenKeys, form.joined2, form.joined3];
    texts = new Set(lists.flat());
    formTextsMemo.set(form, texts);
  }
  return texts;
}

/** Whether two sets have an element in common. */
function intersects(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const text of small) if (large.has(text)) return true;
  return false;
}

/**
 * Whether any form of the query could align with any of the candidate's at `least` or more,
 * answered without aligning: false only when it certainly cannot. An alignment's score is at
 * most the weighted mean of its pairs' squared similarities, so one pair must reach
 * sqrt(least). Near 1, only equal texts do that (a key in common is 0.95, an initial, an
 * abbreviation, a skeleton or an acronym less), or one edit so cheap against texts long
 * enough (`lengthsForSimilarity`).
 */
export function mayAlignAtLeast(query: NameForm[], candidate: NameForm[], least: number): boolean {
  const longEnough = lengthsForSimilarity(Math.sqrt(least));
  for (const q of query) {
    for (const c of candidate) {
      if (sameWhole(q, c)) return true;
      // Runs are compared with single tokens, never with runs.
      const most = Math.max(
        q.longestSingle + c.longestSingle,
        q.longestRun + c.longestSingle,
        q.longestSingle + c.longestRun,
      );
      if (most >= longEnough) return true;
      // Equal runs on both sides never pair, but counting them keeps the answer on the safe side.
      if (intersects(formTexts(q), formTexts(c))) return true;
    }
  }
  return false;
}
