/**
 * The in-memory candidate index: for each key (a name token, a token's phonetic code, a token
 * prefix, a joined name, an identifier) the names that have it. A query collects the names
 * sharing its keys, weighted by how rare each key is, and ranks each entity by its best name,
 * scaled by that name's length as in a cosine of key vectors: a name made of little else than the
 * query's words ("OMAR, Mohammed" for "Mohammed Ben Omar") ranks above a long name or alias list
 * that happens to contain them too. Only the best few entities are scored in full; no query ever
 * compares against every name.
 */
import type { FtmEntity } from '../model/index.js';
import type { NameForm } from './name-forms.js';
import type { PreparedEntity } from './prepare.js';

export interface IndexedEntity {
  entity: FtmEntity;
  prepared: PreparedEntity;
  topics: ReadonlySet<string>;
}

/** Keys shared by more than this share of all names say nothing ("company", "al"). */
const MAX_KEY_SHARE = 0.05;
/** A shared identifier outranks any name: it is one or two orders rarer and far more telling. */
const IDENTIFIER_BOOST = 2;

export interface KeyOptions {
  /** A phonetic code for a Latin token, if the caller has one. */
  phonetic?: (token: string) => string;
}

/** The keys a name form is found by: its tokens, their prefixes and sounds, the joined name. */
export function formKeys(form: NameForm, options: KeyOptions = {}): Set<string> {
  const keys = new Set<string>();
  keys.add(`c:${form.compact}`);
  for (const token of form.tokens) {
    keys.add(`t:${token}`);
    if (token.length >= 5) keys.add(`x:${token.slice(0, 4)}`);
    if (token.length >= 3 && options.phonetic) keys.add(`p:${options.phonetic(token)}`);
  }
  return keys;
}

/** How much a key of each kind counts, before its rarity: whole names most, sounds least. */
function boost(key: string): number {
  switch (key.charCodeAt(0)) {
    case 0x63: // c: the whole name joined
      return 3;
    case 0x74: // t: a token
      return 1;
    default: // x: a prefix, p: a phonetic code
      return 0.5;
  }
}

/** Weak aliases count too: they are how lists write nicknames. */
function formsOf(p: PreparedEntity): NameForm[] {
  return [...p.names, ...p.weakNames];
}

/** Codes remembered per token: names share their tokens. At most this many, to bound memory. */
const REMEMBER_CODES = 100_000;

/** `code`, remembering what it gave (a pure function of one token). */
function remembered(code: (token: string) => string): (token: string) => string {
  const codes = new Map<string, string>();
  return (token) => {
    let found = codes.get(token);
    if (found === undefined) {
      if (codes.size >= REMEMBER_CODES) codes.clear();
      found = code(token);
      codes.set(token, found);
    }
    return found;
  };
}

function push(map: Map<string, number[]>, key: string, value: number) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class CandidateIndex {
  /** Name key → the slots (one per name form of each entity) that have it. */
  private readonly postings = new Map<string, number[]>();
  /** Identifier key → the entities that have it. */
  private readonly identifiers = new Map<string, number[]>();
  /** Slot → its entity's ordinal, and the length of its key vector. */
  private readonly slotEntity: Int32Array;
  private readonly slotNorm: Float64Array;
  /** Scratch arrays, reused by every query and cleared after it: scores, and what was touched. */
  private readonly slotScores: Float64Array;
  private readonly entityScores: Float64Array;
  private readonly touchedSlots: Int32Array;
  private readonly touchedEntities: Int32Array;
  private readonly cap: number;

  private readonly options: KeyOptions;

  constructor(
    readonly entries: readonly IndexedEntity[],
    options: KeyOptions = {},
  ) {
    this.options = options.phonetic ? { phonetic: remembered(options.phonetic) } : options;
    const slotKeys: string[][] = [];
    const slotEntity: number[] = [];
    entries.forEach((entry, ordinal) => {
      for (const form of formsOf(entry.prepared)) {
        const keys = [...formKeys(form, this.options)];
        for (const key of keys) push(this.postings, key, slotKeys.length);
        slotKeys.push(keys);
        slotEntity.push(ordinal);
      }
      for (const id of new Set(entry.prepared.identifiers.map((i) => i.key))) {
        push(this.identifiers, `i:${id}`, ordinal);
      }
    });
    this.slotEntity = Int32Array.from(slotEntity);
    // A name's length counts every key it has, common ones too: they make it longer all the same.
    this.slotNorm = Float64Array.from(slotKeys, (keys) => {
      let sum = 0;
      for (const key of keys) sum += this.weight(key) ** 2;
      return Math.sqrt(sum);
    });
    this.slotScores = new Float64Array(slotKeys.length);
    this.entityScores = new Float64Array(entries.length);
    this.touchedSlots = new Int32Array(slotKeys.length);
    this.touchedEntities = new Int32Array(entries.length);
    this.cap = Math.max(50, slotKeys.length * MAX_KEY_SHARE);
  }

  get size(): number {
    return this.entries.length;
  }

  /** A key's weight: its kind's boost times its rarity among all names (`count` have it). */
  private weight(key: string, count = this.postings.get(key)?.length ?? 0): number {
    return boost(key) * Math.log(1 + this.slotEntity.length / Math.max(1, count));
  }

  /**
   * The ordinals of the `max` entities whose names share the most (and rarest) keys with the
   * query for their length, among those `accept` lets through. One shared identifier outranks
   * names.
   */
  candidates(query: PreparedEntity, max: number, accept: (ordinal: number) => boolean): number[] {
    const { slotScores, entityScores, slotEntity, slotNorm, touchedSlots, touchedEntities } = this;
    const keys = new Set<string>();
    for (const form of formsOf(query))
      for (const key of formKeys(form, this.options)) keys.add(key);
    let slotsTouched = 0;
    let queryNorm = 0;
    for (const key of keys) {
      const list = this.postings.get(key);
      const weight = this.weight(key, list?.length ?? 0);
      queryNorm += weight * weight;
      if (!list || list.length > this.cap) continue;
      for (const slot of list) {
        if (slotScores[slot] === 0) touchedSlots[slotsTouched++] = slot;
        slotScores[slot] = slotScores[slot]! + weight;
      }
    }
    queryNorm = Math.sqrt(queryNorm) || 1;
    let touched = 0;
    for (let k = 0; k < slotsTouched; k++) {
      const slot = touchedSlots[k]!;
      const ordinal = slotEntity[slot]!;
      const score = slotScores[slot]! / (slotNorm[slot]! * queryNorm);
      slotScores[slot] = 0;
      if (entityScores[ordinal] === 0) touchedEntities[touched++] = ordinal;
      if (score > entityScores[ordinal]!) entityScores[ordinal] = score;
    }
    for (const identifier of new Set(query.identifiers.map((i) => i.key))) {
      const list = this.identifiers.get(`i:${identifier}`);
      if (!list || list.length > this.cap) continue;
      for (const ordinal of list) {
        if (entityScores[ordinal] === 0) touchedEntities[touched++] = ordinal;
        entityScores[ordinal] = entityScores[ordinal]! + IDENTIFIER_BOOST;
      }
    }
    const best = topAccepted(touchedEntities.subarray(0, touched), entityScores, max, accept);
    // Reset only what was touched: the scratch arrays are reused by the next query.
    for (let k = 0; k < touched; k++) entityScores[touchedEntities[k]!] = 0;
    return best;
  }
}

/**
 * The `max` best-scoring ordinals that `accept` lets through, best first. Filters run only on
 * ordinals that could still make the cut, which keeps frequent tokens cheap.
 */
function topAccepted(
  touched: Int32Array,
  scores: Float64Array,
  max: number,
  accept: (ordinal: number) => boolean,
): number[] {
  const kept: number[] = [];
  let floor = -1;
  for (const ordinal of touched) {
    const score = scores[ordinal]!;
    if (kept.length >= max && score <= floor) continue;
    if (!accept(ordinal)) continue;
    kept.push(ordinal);
    if (kept.length > max * 2) {
      // Trim now and then rather than keeping a heap: simpler, and as fast at these sizes.
      kept.sort((a, b) => scores[b]! - scores[a]!);
      kept.length = max;
      floor = scores[kept[max - 1]!]!;
    }
  }
  kept.sort((a, b) => scores[b]! - scores[a]! || a - b);
  return kept.slice(0, max);
}
