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
import { ArrayEntries, type EntryTable } from './entry-table.js';
import type { IndexParts, PostingLists } from './postings.js';
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

/**
 * Collects entries one at a time into what the index is made of, so that a caller can build a
 * large index in slices and let other work run between them (the server answers requests while
 * it rebuilds). Slots are numbered in the order entries are added, as `new CandidateIndex` does.
 */
export class CandidateIndexBuilder {
  readonly entries: IndexedEntity[] = [];
  readonly postings = new Map<string, number[]>();
  readonly identifiers = new Map<string, number[]>();
  readonly slotKeys: string[][] = [];
  readonly slotEntity: number[] = [];
  readonly options: KeyOptions;
  /** Each slot's key-vector length, once `norms()` has run to its end; no entry may follow. */
  slotNorm: Float64Array | null = null;

  constructor(options: KeyOptions = {}) {
    this.options = options.phonetic ? { phonetic: remembered(options.phonetic) } : options;
  }

  add(entry: IndexedEntity): void {
    if (this.slotNorm) throw new Error('the index is finished: no entry can be added');
    const ordinal = this.entries.length;
    this.entries.push(entry);
    for (const form of formsOf(entry.prepared)) {
      const keys = [...formKeys(form, this.options)];
      for (const key of keys) push(this.postings, key, this.slotKeys.length);
      this.slotKeys.push(keys);
      this.slotEntity.push(ordinal);
    }
    for (const id of new Set(entry.prepared.identifiers.map((i) => i.key))) {
      push(this.identifiers, `i:${id}`, ordinal);
    }
  }

  /**
   * Work out every slot's norm, pausing (a `yield`) after each `step` slots so that a caller can
   * let other work run: a key's weight depends on every name, so this waits for the last entry.
   */
  *norms(step: number): Generator<void, Float64Array> {
    const { slotKeys, postings } = this;
    const slots = slotKeys.length;
    const norms = new Float64Array(slots);
    for (let slot = 0; slot < slots; slot++) {
      if (slot > 0 && slot % step === 0) yield;
      // A name's length counts every key it has, common ones too: they make it longer all the same.
      let sum = 0;
      for (const key of slotKeys[slot]!) {
        sum += keyWeight(key, postings.get(key)?.length ?? 0, slots) ** 2;
      }
      norms[slot] = Math.sqrt(sum);
    }
    this.slotNorm = norms;
    return norms;
  }
}

/** A key's weight: its kind's boost times its rarity among the `slots` names (`count` have it). */
function keyWeight(key: string, count: number, slots: number): number {
  return boost(key) * Math.log(1 + slots / Math.max(1, count));
}

/** Run a generator to its end without pausing. */
function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export class CandidateIndex {
  readonly entries: EntryTable;
  private readonly postings: PostingLists;
  private readonly identifiers: PostingLists;
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

  /**
   * From entries (all at once), from a builder they were added to in slices, or from the parts
   * of a finished index (a snapshot's).
   */
  constructor(
    from: readonly IndexedEntity[] | CandidateIndexBuilder | IndexParts,
    options: KeyOptions = {},
  ) {
    let parts: IndexParts;
    if (from instanceof CandidateIndexBuilder || Array.isArray(from)) {
      let built: CandidateIndexBuilder;
      if (from instanceof CandidateIndexBuilder) built = from;
      else {
        built = new CandidateIndexBuilder(options);
        for (const entry of from as readonly IndexedEntity[]) built.add(entry);
      }
      this.options = built.options;
      parts = {
        entries: new ArrayEntries(built.entries),
        postings: built.postings,
        identifiers: built.identifiers,
        slotEntity: Int32Array.from(built.slotEntity),
        slotNorm: built.slotNorm ?? runToEnd(built.norms(built.slotKeys.length || 1)),
      };
    } else {
      parts = from as IndexParts;
      this.options = options.phonetic ? { phonetic: remembered(options.phonetic) } : options;
    }
    this.parts = parts;
    const { entries, slotEntity } = parts;
    this.entries = entries;
    this.postings = parts.postings;
    this.identifiers = parts.identifiers;
    this.slotEntity = slotEntity;
    this.slotNorm = parts.slotNorm;
    this.slotScores = new Float64Array(slotEntity.length);
    this.entityScores = new Float64Array(entries.length);
    this.touchedSlots = new Int32Array(slotEntity.length);
    this.touchedEntities = new Int32Array(entries.length);
    this.cap = Math.max(50, slotEntity.length * MAX_KEY_SHARE);
  }

  /** What this index is made of, for a snapshot. */
  readonly parts: IndexParts;

  get size(): number {
    return this.entries.length;
  }

  /** A key's weight: its kind's boost times its rarity among all names (`count` have it). */
  private weight(key: string, count = this.postings.get(key)?.length ?? 0): number {
    return keyWeight(key, count, this.slotEntity.length);
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
