/**
 * The numbers the token comparers look at first, for every token of a name form, side by side in
 * one typed array. Most token pairs a query meets are unlike, and these numbers (lengths, first
 * letters, letter masks, hashes of the texts) say so without reading the texts. A listed form's
 * strings and arrays lie scattered in memory, and reading them is most of what comparing costs
 * on a query's first sight of its candidates: one array of numbers is read in one go.
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

/** A 32-bit FNV-1a hash of a text's UTF-16 code units. */
export function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** Lengths, first letters and letter masks of joined runs. */
export function runFacts(runs: readonly string[]): Int32Array {
  const facts = new Int32Array(runs.length * FACTS_PER_RUN);
  runs.forEach((run, k) => {
    facts[k * FACTS_PER_RUN + RunFact.length] = run.length;
    facts[k * FACTS_PER_RUN + RunFact.first] = run.charCodeAt(0) || 0;
    facts[k * FACTS_PER_RUN + RunFact.mask] = letterMask(run);
  });
  return facts;
}

/**
 * A hash of a text small enough for V8 to keep inline in an object (a small integer): two forms'
 * joined keys are compared by it before their texts are read.
 */
export function smallHash(text: string): number {
  return textHash(text) & 0x3fffffff;
}

export interface FactSource {
  tokens: readonly string[];
  keys: readonly string[];
  stems: readonly string[];
  kinds: readonly number[];
  numeric: readonly boolean[];
}

export function tokenFacts(form: FactSource): Int32Array {
  const facts = new Int32Array(form.tokens.length * FACTS_PER_TOKEN);
  for (let k = 0; k < form.tokens.length; k++) {
    const token = form.tokens[k]!;
    const key = form.keys[k]!;
    const stem = form.stems[k]!;
    const at = k * FACTS_PER_TOKEN;
    facts[at + Fact.kind] = form.kinds[k]!;
    facts[at + Fact.numeric] = form.numeric[k] ? 1 : 0;
    facts[at + Fact.tokenLength] = token.length;
    facts[at + Fact.keyLength] = key.length;
    facts[at + Fact.tokenHash] = textHash(token);
    facts[at + Fact.keyHash] = textHash(key);
    facts[at + Fact.tokenMask] = letterMask(token);
    facts[at + Fact.keyMask] = letterMask(key);
    facts[at + Fact.stemLength] = stem.length;
    facts[at + Fact.stemMask] = letterMask(stem);
    facts[at + Fact.tokenFirst] = token.charCodeAt(0) || 0;
    facts[at + Fact.keyFirst] = key.charCodeAt(0) || 0;
    facts[at + Fact.spelledAsKey] = token === key ? 1 : 0;
  }
  return facts;
}
