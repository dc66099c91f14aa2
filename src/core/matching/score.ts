/**
 * The score of an alignment. Paired tokens count by how alike they are (squared, so that a pair
 * of merely similar tokens counts for much less than an equal pair). Tokens left over count
 * against the score, little when only one side has them (a list's middle names and patronymics
 * that a query leaves out) and much when both sides do: then the names disagree ("Eric Wendt"
 * and "Josh Wendt", "Saudi Arabian Gas" and "Saudi Arabian Oil"). Sons named after each other's
 * fathers ("Ahmad bin Hasan", "Hasan bin Ahmad") are told apart by the order of generations.
 */
import { Kind, type NameForm } from './name-forms.js';
import { NAME_PREFIXES } from './name-rules.js';
import { FACTS_PER_TOKEN, Fact } from './token-facts.js';

export interface Pair {
  /** The first query token and how many query tokens the pair covers. */
  q: number;
  qn: number;
  /** The first candidate token and how many candidate tokens the pair covers. */
  c: number;
  cn: number;
  sim: number;
}

/**
 * Weight of leftover tokens of the candidate only, per unit of token weight: the first two units.
 * A list's middle names and patronymics that a query leaves out cost little.
 */
const EXTRA_WEIGHT = 0.3;
/**
 * Weight of leftover tokens of the query only, per unit: a name the caller gave that the listed
 * name lacks is evidence against ("Mohammad Ali Jafari" and the alias "Mohammed Ali").
 */
const QUERY_EXTRA_WEIGHT = 0.6;
/** Past two units, leftovers are less likely to be left-out middle names. */
const EXTRA_WEIGHT_MORE = 1;
/** Leftovers of an organisation name are mostly real differences ("Banco Santander Chile"). */
const ORG_EXTRA_WEIGHT = 0.6;
/** Score factor for a distinctive word only one organisation name has: often a subsidiary. */
const ORG_EXTRA = 0.8;
/** Score factor when both sides have leftover tokens of substance: the names disagree. */
const CONFLICT = 0.8;
/** Score factor when generations in a nasab are paired out of order. */
const LINEAGE_SWAP = 0.6;
/**
 * Score factor when names differ only in their numbers, each side having one ("Snow Storm 1" and
 * "Snow Storm 2", "Partners IV" and "Partners V"): a series of funds, trusts or ships under one
 * sponsor is worth a reviewer's look, so such a pair lands just above the default threshold when
 * the rest agrees, and below it when anything else differs too. A number on one side only
 * ("Solutions" and "Solutions II") qualifies a name more often than it numbers a series, and
 * counts as a leftover word.
 */
const NUMBER_ONLY = 0.75;
/** The most a match on initials alone can score. */
const INITIALS_ONLY = 0.6;
/**
 * The most a person's name can score when it rests on a single token of substance and the rest
 * says otherwise: the query has a word the pair leaves out ("Samir Hassan" against "Hassan"), or
 * a fuller name elsewhere (a customer record with "Ahmad" beside "Ahmad Rashid al-Mubarak"), or
 * the candidate's form is a one-word alias of an entity listed under a fuller name. One common
 * word is weak evidence and cannot reach the default threshold of 0.7 alone. A query of one word
 * against a longer listed name ("Putin", "President Putin"), and one-word names on both sides
 * when neither party has another ("Hannibal", "Sukarno"), are not capped: nothing says more.
 */
const SINGLE_TOKEN = 0.6;

function spanWeight(form: NameForm, start: number, n: number): number {
  let weight = 0;
  for (let k = start; k < start + n; k++) weight = Math.max(weight, form.weights[k]!);
  return weight;
}

interface Leftover {
  weight: number;
  /** Whether any leftover token is more than a particle. */
  substantial: boolean;
  /** Whether any leftover token is a number (a lone numeral letter too). */
  number: boolean;
  /** Whether a leftover number is more than a lone letter (I, V, X), which may be an initial. */
  plainNumber: boolean;
  /** Whether every leftover token is a number or a particle. */
  onlyNumbers: boolean;
}

/** What is left over of `form` (`used` marks its paired tokens); read from its facts. */
function leftover(form: NameForm, used: Uint8Array): Leftover {
  let weight = 0;
  let substantial = false;
  let number = false;
  let plainNumber = false;
  let onlyNumbers = true;
  const facts = form.facts;
  for (let k = 0; k < form.tokens.length; k++) {
    if (used[k]) continue;
    weight += form.weights[k]!;
    const at = k * FACTS_PER_TOKEN;
    const kind = facts[at + Fact.kind];
    if (kind !== Kind.Particle) substantial = true;
    if (facts[at + Fact.numeric] === 1) {
      number = true;
      const first = facts[at + Fact.tokenFirst]!;
      if (facts[at + Fact.tokenLength]! > 1 || (first >= 0x30 && first <= 0x39)) {
        plainNumber = true;
      }
    } else if (kind !== Kind.Particle) onlyNumbers = false;
  }
  return { weight, substantial, number, plainNumber, onlyNumbers };
}

function extraWeight(weight: number, isPerson: boolean, perUnit: number): number {
  if (!isPerson) return weight * ORG_EXTRA_WEIGHT;
  return Math.min(weight, 2) * perUnit + Math.max(0, weight - 2) * EXTRA_WEIGHT_MORE;
}

/** Whether a token is of substance: not a particle, an initial or a prefix such as "abd". */
function substantive(form: NameForm, k: number): boolean {
  const kind = form.facts[k * FACTS_PER_TOKEN + Fact.kind]!;
  return kind !== Kind.Particle && kind !== Kind.Initials && !NAME_PREFIXES.has(form.tokens[k]!);
}

/** Whether a span of `n` tokens of `form` from `start` holds a token of substance. */
function spanSubstantive(form: NameForm, start: number, n: number): boolean {
  for (let k = start; k < start + n; k++) if (substantive(form, k)) return true;
  return false;
}

/**
 * How many pairs join tokens of substance on both sides: an initial paired with a word, or
 * "al" with "ali", adds nothing to the evidence of one shared word.
 */
export function substantivePairs(q: NameForm, c: NameForm, pairs: readonly Pair[]): number {
  let count = 0;
  for (const p of pairs) {
    if (spanSubstantive(q, p.q, p.qn) && spanSubstantive(c, p.c, p.cn)) count++;
  }
  return count;
}

/** How many tokens of substance a form has. */
export function substantialTokens(form: NameForm): number {
  let all = 0;
  for (let k = 0; k < form.tokens.length; k++) if (substantive(form, k)) all++;
  return all;
}

/**
 * Whether a person's alignment rests on one token of substance that is the candidate's whole
 * name, or that leaves a query word of substance unpaired, or that is a one-word name of a query
 * that gave a fuller one elsewhere (see SINGLE_TOKEN).
 */
function singleTokenEvidence(
  q: NameForm,
  c: NameForm,
  pairs: readonly Pair[],
  leftQ: Leftover,
  fuller: Fuller,
) {
  if (!fuller.query && !fuller.candidate && !leftQ.substantial) return false;
  if (substantivePairs(q, c, pairs) > 1) return false;
  return leftQ.substantial || fuller.query || (substantialTokens(c) <= 1 && fuller.candidate);
}

/** Whether the query, and the candidate, have a name of two words of substance or more. */
export interface Fuller {
  query: boolean;
  candidate: boolean;
}
const NONE: Fuller = { query: false, candidate: false };

/**
 * The score of two forms that are one name written alike: 1, but for persons a one-word name is
 * no more than weak evidence (see SINGLE_TOKEN).
 */
export function scoreWhole(q: NameForm, c: NameForm, fuller: Fuller): number {
  if (!q.isPerson || !c.isPerson || !(fuller.query || fuller.candidate)) return 1;
  return substantialTokens(c) <= 1 ? SINGLE_TOKEN : 1;
}

/** Whether two pairs put generations in opposite orders on the two sides. */
function lineageSwapped(q: NameForm, c: NameForm, pairs: readonly Pair[]): boolean {
  for (const x of pairs) {
    for (const y of pairs) {
      const dq = q.segments[x.q]! - q.segments[y.q]!;
      const dc = c.segments[x.c]! - c.segments[y.c]!;
      if (dq > 0 && dc < 0) return true;
    }
  }
  return false;
}

/** Whether every pair rests on initials (or a particle) on one side: "N.N." says little. */
function initialsOnly(form: NameForm, pairs: readonly Pair[], side: 'q' | 'c'): boolean {
  for (const p of pairs) {
    const kind = form.facts[p[side] * FACTS_PER_TOKEN + Fact.kind]!;
    if (kind !== Kind.Initials && kind !== Kind.Particle) return false;
  }
  return pairs.length > 0;
}

export function scoreAlignment(
  q: NameForm,
  c: NameForm,
  pairs: readonly Pair[],
  usedQ: Uint8Array,
  usedC: Uint8Array,
  fuller: Fuller = NONE,
): number {
  let matched = 0;
  let total = 0;
  for (const p of pairs) {
    const weight = spanWeight(q, p.q, p.qn) + spanWeight(c, p.c, p.cn);
    matched += p.sim * p.sim * weight;
    total += weight;
  }
  const leftQ = leftover(q, usedQ);
  const leftC = leftover(c, usedC);
  if (leftQ.number && leftC.number && leftQ.onlyNumbers && leftC.onlyNumbers && total > 0) {
    return (matched / total) * NUMBER_ONLY;
  }
  const conflict = leftQ.substantial && leftC.substantial;
  const isPerson = q.isPerson && c.isPerson;
  total += conflict ? leftQ.weight + leftC.weight : 0;
  if (!conflict) {
    total +=
      extraWeight(leftQ.weight, isPerson, QUERY_EXTRA_WEIGHT) +
      extraWeight(leftC.weight, isPerson, EXTRA_WEIGHT);
  }
  let score = total > 0 ? matched / total : 0;
  if (conflict) score *= CONFLICT;
  else if (!isPerson && (leftQ.substantial || leftC.substantial)) score *= ORG_EXTRA;
  if (leftQ.plainNumber || leftC.plainNumber) score *= ORG_EXTRA;
  if (isPerson && lineageSwapped(q, c, pairs)) score *= LINEAGE_SWAP;
  if (initialsOnly(q, pairs, 'q') || initialsOnly(c, pairs, 'c')) {
    score = Math.min(score, INITIALS_ONLY);
  }
  // Asked last and only when it could change the score: most alignments score lower.
  if (isPerson && score > SINGLE_TOKEN && singleTokenEvidence(q, c, pairs, leftQ, fuller)) {
    score = SINGLE_TOKEN;
  }
  return score;
}

/**
 * The most an alignment of consonant skeletons can score when it rests on one word. An Arabic or
 * Hebrew word written without vowels has one skeleton for many Latin names (فيض is Fayad, Fayid,
 * Fiyad, Fayez...), so one equal skeleton is weak evidence that cannot reach the default
 * threshold of 0.7 alone. Two words whose skeletons agree (فلاديمير بوتن, Vladimir Putin) are
 * scored as aligned, at 0.9 a pair.
 */
const SKELETON_ONLY = 0.6;

/** An alignment of consonant skeletons' score, capped when it rests on one word. */
export function capSkeletons(q: NameForm, c: NameForm, pairs: readonly Pair[], score: number) {
  if (score <= SKELETON_ONLY) return score;
  return substantivePairs(q, c, pairs) >= 2 ? score : SKELETON_ONLY;
}

/** Whether a person's names include one of two words of substance or more; asked per query. */
const fullerMemo = new WeakMap<NameForm[], boolean>();
export function hasFullerName(forms: NameForm[]): boolean {
  let fuller = fullerMemo.get(forms);
  if (fuller === undefined) {
    // Latin forms only: a form in the name's own script keeps its titles ("Президент Путин").
    fuller = forms.some((f) => f.isPerson && !f.native && !f.skeletal && substantialTokens(f) >= 2);
    fullerMemo.set(forms, fuller);
  }
  return fuller;
}
