/**
 * How alike two tokens of two name forms are, from 0 to 1. Exact tokens score 1; tokens whose
 * folded keys agree (Mahmoud / Mahmud) 0.95; otherwise a weighted edit distance of the keys,
 * scaled by length, decides, with inflectional endings, initials and abbreviations considered.
 */
import { letterCostGap } from './letter-masks.js';
import { Kind, type NameForm } from './name-forms.js';
import { FACTS_PER_TOKEN, Fact } from './token-facts.js';
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

/**
 * The last first key asked about, and its row: a query asks about its own keys against many
 * listed keys in a row, and the row is then at hand without a lookup.
 */
let lastKey: string | null = null;
let lastRow: Map<string, number> | undefined;

/** The similarity of two keys by weighted edit distance: short keys have no room for typos. */
export function fuzzy(a: string, b: string): number {
  if (a === b) return 1;
  if (a !== lastKey) {
    lastKey = a;
    lastRow = remembered.get(a);
  }
  let value = lastRow?.get(b);
  if (value !== undefined) return value;
  value = fuzzyUncached(a, b);
  if (rememberedPairs >= REMEMBER_AT_MOST) {
    remembered.clear();
    rememberedPairs = 0;
    lastRow = undefined;
  }
  if (!lastRow) {
    lastRow = new Map();
    remembered.set(a, lastRow);
  }
  lastRow.set(b, value);
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

function fuzzyUncached(a: string, b: string): number {
  const perEdit = editCost(a, b);
  const max = (1 - MIN_PAIR) / perEdit;
  if (Math.abs(a.length - b.length) * CHEAPEST_EDIT > max) return 0;
  const distance = weightedDistance(a, b, max);
  return distance > max ? 0 : 1 - distance * perEdit;
}

/**
 * `fuzzy`, answering 0 without the edit distance when the texts' lengths (`la`, `lb`) or letters
 * (masks `ma`, `mb`, see letter-masks.ts) differ by more than the pair could afford: on a query's
 * first sight of its candidates' tokens, nearly every edit distance computed said 0, and this
 * rules out three in four of them. The texts themselves are read only when the pair is within
 * reach.
 */
export function fuzzyKnown(a: string, b: string, la: number, lb: number, ma: number, mb: number) {
  // A hair over the budget, so that a pair on its edge is measured rather than ruled out.
  const budget = Math.max(SHORT_BUDGET, PER_LETTER_BUDGET * (la + lb)) + 1e-9;
  if (Math.abs(la - lb) * CHEAPEST_EDIT > budget) return 0;
  if (letterCostGap(ma, mb) > budget) return 0;
  return fuzzy(a, b);
}

/** One token as the shortened form of the other, in either direction (lengths `la`, `lb`). */
function abbreviation(a: string, b: string, la: number, lb: number): number {
  if (la < lb) return la >= 3 && lb >= la + 2 && b.startsWith(a) ? ABBREVIATION : 0;
  return lb >= 3 && la >= lb + 2 && a.startsWith(b) ? ABBREVIATION : 0;
}

/**
 * The similarity of token i of form q and token j of form c. The tokens' facts (see
 * token-facts.ts) rule out most pairs before any text is read.
 */
export function tokenSimilarity(q: NameForm, i: number, c: NameForm, j: number): number {
  const qf = q.facts;
  const cf = c.facts;
  const x = i * FACTS_PER_TOKEN;
  const y = j * FACTS_PER_TOKEN;
  if (qf[x + Fact.tokenHash] === cf[y + Fact.tokenHash] && q.tokens[i] === c.tokens[j]) return 1;
  // Numbers must agree exactly: "Tanker 7" does not pair with "Tanker 8" (see score.ts).
  if (qf[x + Fact.numeric] === 1 || cf[y + Fact.numeric] === 1) return 0;
  const aKind = qf[x + Fact.kind]!;
  const bKind = cf[y + Fact.kind]!;
  const la = qf[x + Fact.tokenLength]!;
  const lb = cf[y + Fact.tokenLength]!;
  if (la === 1 || lb === 1 || aKind === Kind.Initials || bKind === Kind.Initials) {
    // Joined initials (J.C.) only match other tokens as acronyms, which the aligner tries.
    if ((aKind === Kind.Initials && la > 1) || (bKind === Kind.Initials && lb > 1)) return 0;
    return qf[x + Fact.tokenFirst] === cf[y + Fact.tokenFirst] ? INITIAL : 0;
  }
  const ka = q.keys[i]!;
  const kb = c.keys[j]!;
  if (qf[x + Fact.keyHash] === cf[y + Fact.keyHash] && ka === kb) return 0.95;
  // A generic word made canonical on one side only: compare the words as written.
  if ((aKind === Kind.Generic) !== (bKind === Kind.Generic)) {
    const sim = fuzzy(q.writtenKeys[i]!, c.writtenKeys[j]!);
    if (sim >= MIN_PAIR) return sim;
  }
  const lka = qf[x + Fact.keyLength]!;
  const lkb = cf[y + Fact.keyLength]!;
  const ma = qf[x + Fact.keyMask]!;
  const mb = cf[y + Fact.keyMask]!;
  const a = q.tokens[i]!;
  const b = c.tokens[j]!;
  let best = fuzzyKnown(ka, kb, lka, lkb, ma, mb);
  if (qf[x + Fact.tokenFirst] === cf[y + Fact.tokenFirst]) {
    best = Math.max(best, abbreviation(a, b, la, lb));
  }
  if (best >= 0.9) return best;
  // Folding can pull a typo further away ("Yassie" folds to "iasi", "Yassine" to "iasine";
  // "Laodiea" to "laodia", "Laodicea" to "laodisea"): the tokens as written count too.
  if (qf[x + Fact.spelledAsKey] === 0 || cf[y + Fact.spelledAsKey] === 0) {
    const tma = qf[x + Fact.tokenMask]!;
    best = Math.max(best, fuzzyKnown(a, b, la, lb, tma, cf[y + Fact.tokenMask]!));
  }
  const lsa = qf[x + Fact.stemLength]!;
  const lsb = cf[y + Fact.stemLength]!;
  if (lsa > 0) {
    const sim = fuzzyKnown(q.stems[i]!, kb, lsa, lkb, qf[x + Fact.stemMask]!, mb);
    best = Math.max(best, sim - ENDING_PENALTY);
  }
  if (lsb > 0) {
    const sim = fuzzyKnown(ka, c.stems[j]!, lka, lsb, ma, cf[y + Fact.stemMask]!);
    best = Math.max(best, sim - ENDING_PENALTY);
  }
  return best < MIN_PAIR ? 0 : best;
}

/** Skeletal tokens (from Arabic or Hebrew letters) against Latin tokens' skeletons. */
export function skeletonSimilarity(q: NameForm, i: number, c: NameForm, j: number): number {
  const a = q.skeletal ? q.tokens[i]! : q.skeletons[i];
  const b = c.skeletal ? c.tokens[j]! : c.skeletons[j];
  return a !== undefined && a.length > 0 && a === b ? SKELETON : 0;
}
