/**
 * How alike two tokens of two name forms are, from 0 to 1. Exact tokens score 1; tokens whose
 * folded keys agree (Mahmoud / Mahmud) 0.95; otherwise a weighted edit distance of the keys,
 * scaled by length, decides, with inflectional endings, initials and abbreviations considered.
 */
import { letterCostGap } from './letter-masks.js';
import { Kind, type NameForm } from './name-forms.js';
import { weightedDistance } from './similarity.js';

/** Pairs scoring below this are not pairs at all. */
export const MIN_PAIR = 0.7;
/** An initial against a name that starts with it. */
const INITIAL = 0.85;
/** A shortened name against the full one (Alex / Alexander, a field cut at "Compan"). */
const ABBREVIATION = 0.75;
/** Equal consonant skeletons: vowels that the original script did not write may differ. */
const SKELETON = 0.9;
/** Keys equal up to an inflectional ending (Putinas / Putin, Alexandros / Alexandr). */
const ENDING_PENALTY = 0.05;

/**
 * Remembered key similarities, by first key then second. Candidates found through a shared token
 * bring the same key pairs again and again, within a query and across queries, and the edit
 * distance is the hot spot. The function is pure, so the cache changes nothing but speed; it is
 * emptied when it holds 500,000 pairs (some 40 MB). Two levels of maps, because joining the keys into one string cost
 * more than the lookups saved.
 */
const remembered = new Map<string, Map<string, number>>();
/** Pairs remembered at most: enough for a long batch, small enough to keep memory bounded. */
const REMEMBER_AT_MOST = 500_000;
let rememberedPairs = 0;

/** The similarity of two keys by weighted edit distance: short keys have no room for typos. */
export function fuzzy(a: string, b: string): number {
  if (a === b) return 1;
  let row = remembered.get(a);
  let value = row?.get(b);
  if (value !== undefined) return value;
  value = fuzzyUncached(a, b);
  if (rememberedPairs >= REMEMBER_AT_MOST) {
    remembered.clear();
    rememberedPairs = 0;
    row = undefined;
  }
  if (!row) {
    row = new Map();
    remembered.set(a, row);
  }
  row.set(b, value);
  rememberedPairs++;
  return value;
}

/** What one weighted edit takes off the similarity at most, for short keys. */
const MAX_EDIT_COST = 0.35;
/** Longer keys spread this much similarity over their letters, per edit. */
const EDIT_SHARE = 2;

/** What one weighted edit takes off the similarity: short keys have no room for typos. */
function editCost(a: string, b: string): number {
  return Math.min(MAX_EDIT_COST, EDIT_SHARE / (a.length + b.length));
}

/**
 * The most weighted edits two keys may differ by and still pair, (1 - MIN_PAIR) / editCost,
 * written without the division: the short keys' budget or so much per letter of both keys.
 */
const SHORT_BUDGET = (1 - MIN_PAIR) / MAX_EDIT_COST;
const PER_LETTER_BUDGET = (1 - MIN_PAIR) / EDIT_SHARE;

/** The cheapest edit costs 0.4 (see similarity.ts): below that many, `fuzzy` would say 0. */
const CHEAPEST_EDIT = 0.4;

/**
 * How long two different texts must be together (summed lengths) for `fuzzy` to rate them `sim`
 * or more: one cheapest edit takes CHEAPEST_EDIT times EDIT_SHARE over the summed lengths.
 */
export function lengthsForSimilarity(sim: number): number {
  return (CHEAPEST_EDIT * EDIT_SHARE) / (1 - sim);
}

/**
 * `fuzzy`, answering 0 without the edit distance when the keys' letters (masks `ma`, `mb`) or
 * lengths differ by more than the pair could afford: on a query's first sight of its candidates'
 * tokens, nearly every edit distance computed said 0, and this rules out three in four of them.
 */
export function fuzzyMasked(a: string, b: string, ma: number, mb: number): number {
  if (a === b) return 1;
  // A hair over the budget, so that a pair on its edge is measured rather than ruled out.
  const budget = Math.max(SHORT_BUDGET, PER_LETTER_BUDGET * (a.length + b.length)) + 1e-9;
  if (Math.abs(a.length - b.length) * CHEAPEST_EDIT > budget) return 0;
  if (letterCostGap(ma, mb) > budget) return 0;
  return fuzzy(a, b);
}

function fuzzyUncached(a: string, b: string): number {
  const perEdit = editCost(a, b);
  const max = (1 - MIN_PAIR) / perEdit;
  if (Math.abs(a.length - b.length) * CHEAPEST_EDIT > max) return 0;
  const distance = weightedDistance(a, b, max);
  return distance > max ? 0 : 1 - distance * perEdit;
}

/** One token as the shortened form of the other, in either direction. */
function abbreviation(a: string, b: string): number {
  if (a.charCodeAt(0) !== b.charCodeAt(0)) return 0;
  const short = a.length < b.length ? a : b;
  const long = a.length < b.length ? b : a;
  return short.length >= 3 && long.length >= short.length + 2 && long.startsWith(short)
    ? ABBREVIATION
    : 0;
}

function initialSimilarity(a: string, b: string, aKind: Kind, bKind: Kind): number {
  // Joined initials (J.C.) only match other tokens as acronyms, which the aligner tries.
  if ((aKind === Kind.Initials && a.length > 1) || (bKind === Kind.Initials && b.length > 1)) {
    return 0;
  }
  return a[0] === b[0] ? INITIAL : 0;
}

/** The similarity of token i of form q and token j of form c. */
export function tokenSimilarity(q: NameForm, i: number, c: NameForm, j: number): number {
  const a = q.tokens[i]!;
  const b = c.tokens[j]!;
  if (a === b) return 1;
  const aKind = q.kinds[i]!;
  const bKind = c.kinds[j]!;
  // Numbers must agree exactly: "Tanker 7" does not pair with "Tanker 8" (see score.ts).
  if (q.numeric[i] || c.numeric[j]) return 0;
  if (a.length === 1 || b.length === 1 || aKind === Kind.Initials || bKind === Kind.Initials) {
    return initialSimilarity(a, b, aKind, bKind);
  }
  const ka = q.keys[i]!;
  const kb = c.keys[j]!;
  if (ka === kb) return 0.95;
  // A generic word made canonical on one side only: compare the words as written.
  if ((aKind === Kind.Generic) !== (bKind === Kind.Generic)) {
    const sim = fuzzy(q.writtenKeys[i]!, c.writtenKeys[j]!);
    if (sim >= MIN_PAIR) return sim;
  }
  const ma = q.keyMasks[i]!;
  const mb = c.keyMasks[j]!;
  let best = Math.max(fuzzyMasked(ka, kb, ma, mb), abbreviation(a, b));
  const sa = q.stems[i];
  const sb = c.stems[j];
  if (best >= 0.9) return best;
  // Folding can pull a typo further away ("Yassie" folds to "iasi", "Yassine" to "iasine";
  // "Laodiea" to "laodia", "Laodicea" to "laodisea"): the tokens as written count too.
  if (a !== ka || b !== kb) {
    best = Math.max(best, fuzzyMasked(a, b, q.tokenMasks[i]!, c.tokenMasks[j]!));
  }
  if (sa) best = Math.max(best, fuzzyMasked(sa, kb, q.stemMasks[i]!, mb) - ENDING_PENALTY);
  if (sb) best = Math.max(best, fuzzyMasked(ka, sb, ma, c.stemMasks[j]!) - ENDING_PENALTY);
  return best < MIN_PAIR ? 0 : best;
}

/** Skeletal tokens (from Arabic or Hebrew letters) against Latin tokens' skeletons. */
export function skeletonSimilarity(q: NameForm, i: number, c: NameForm, j: number): number {
  const a = q.skeletal ? q.tokens[i]! : q.skeletons[i];
  const b = c.skeletal ? c.tokens[j]! : c.skeletons[j];
  return a !== undefined && a.length > 0 && a === b ? SKELETON : 0;
}
