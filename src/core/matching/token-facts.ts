/**
 * The numbers the token comparers look at first, for every token of a name form, side by side in
 * one array. Most token pairs a query meets are unlike, and these numbers (lengths, first
 * letters, letter masks, hashes of the texts) say so without reading the texts. A listed form's
 * strings and arrays lie scattered in memory, and reading them is most of what comparing costs
 * on a query's first sight of its candidates: one array of numbers is read in one go.
 *
 * Every number is a small integer (31 bits at most), which V8 stores inline in a plain array: a
 * typed array would cost an allocation outside the heap for every form of every query.
 */
import { letterMask } from './letter-masks.js';

/** Where each number lies within a token's facts, and how many numbers a token has. */
export const Fact = {
  kind: 0,
  /** 1 when the token is a number or has digits. */
  numeric: 1,
  tokenLength: 2,
  keyLength: 3,
  /** Hashes of the texts: equal texts have equal hashes, so unequal hashes mean unequal texts. */
  tokenHash: 4,
  keyHash: 5,
  tokenMask: 6,
  keyMask: 7,
  /** 0 when the token has no inflectional ending to drop. */
  stemLength: 8,
  stemMask: 9,
  tokenFirst: 10,
  keyFirst: 11,
  /** 1 when the token as written equals its key. */
  spelledAsKey: 12,
} as const;
export const FACTS_PER_TOKEN = 13;

/** Where each number lies within a run's facts (a run: adjacent keys joined, see NameForm). */
export const RunFact = { length: 0, first: 1, mask: 2 } as const;
export const FACTS_PER_RUN = 3;

/** The numbers of a form's tokens or runs, as laid out by `Fact` and `RunFact`. */
export type Facts = readonly number[];

/** A 30-bit FNV-1a hash of a text's UTF-16 code units: a small integer. */
export function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash & 0x3fffffff;
}

/**
 * A letter mask (see letter-masks.ts) as a small integer: the two top bits, which no Latin letter
 * or digit uses, are folded into a third that none uses either. Folding only lets more pairs
 * through to the exact comparison, never fewer.
 */
function smallMask(text: string): number {
  const mask = letterMask(text);
  return (mask & 0x3fffffff) | (mask >>> 30 !== 0 ? 1 << 29 : 0);
}

export interface FactSource {
  tokens: readonly string[];
  keys: readonly string[];
  stems: readonly string[];
  kinds: readonly number[];
  numeric: readonly boolean[];
  /** The joined keys of two adjacent tokens, and of three. */
  joined2: readonly string[];
  joined3: readonly string[];
}

/** A form's facts: each token's (see `Fact`), then each run's of two, then of three (`RunFact`). */
export function formFacts(form: FactSource): Facts {
  const facts: number[] = [];
  for (let k = 0; k < form.tokens.length; k++) {
    const token = form.tokens[k]!;
    const key = form.keys[k]!;
    const stem = form.stems[k]!;
    // In the order of `Fact`.
    facts.push(
      form.kinds[k]!,
      form.numeric[k] ? 1 : 0,
      token.length,
      key.length,
      textHash(token),
      textHash(key),
      smallMask(token),
      smallMask(key),
      stem.length,
      smallMask(stem),
      token.charCodeAt(0) || 0,
      key.charCodeAt(0) || 0,
      token === key ? 1 : 0,
    );
  }
  // In the order of `RunFact`.
  for (const run of [...form.joined2, ...form.joined3]) {
    facts.push(run.length, run.charCodeAt(0) || 0, smallMask(run));
  }
  return facts;
}
