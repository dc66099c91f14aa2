/**
 * Every loaded list name as a sequence of keys in one token trie, and a page scanned against all
 * of them at once: from each word, the trie is walked with every key the word may have (its
 * transliterations, its nominatives), so that the cost grows with the text and the depth of the
 * names, not with the number of names. A word of a script written without spaces may also be
 * read together with the next one ("方" + "伟" as "fangwei").
 *
 * Which names go in keeps false hits low while keeping the one-word company names that other
 * tools drop: a person needs two telling tokens (a surname alone is anyone); an organisation of
 * one token needs that token to be long, not a generic business word, and rare on the lists;
 * single-token hits must be capitalised in the text. The matching engine confirms each hit.
 */
import type { Word, WordKeys } from './words.js';
import { wordsOf } from './words.js';

/** One name of one list entity as the index prepared it (a NameForm's keys and weights). */
export interface ListName {
  /** The caller's number for the entity (its ordinal in the index). */
  entity: number;
  keys: readonly string[];
  /** How telling each token is: 1 for a word, less for generic words, particles, initials. */
  weights: readonly number[];
  isPerson: boolean;
}

export interface InTextHit {
  start: number;
  end: number;
  text: string;
  /** The entities whose name ends here, by the caller's number. */
  entities: number[];
  /** The keys the words were read as, joined: the name the text gives, in Latin. */
  reading: string;
}

export interface PatternOptions {
  /** Shortest key a one-token organisation name may have (5). */
  minSingle?: number;
  /** A one-token name whose key is a token of more entities' names than this is common (8). */
  maxShared?: number;
}

/** A token that says something about identity: a word or a number, not a particle or initial. */
const TELLING = 0.6;
/** At most this many words between the two ends of a name (long Chinese names read per character). */
const MAX_DEPTH = 24;
/** What may stand between two words of one name: spaces, quotes, hyphens, dots, commas. */
const JOINER = /^[\s«»"“”„'‘’.,\-–—&/()]{0,4}$/u;

export class ListPatterns {
  private readonly edges = new Map<string, number>();
  private readonly ends = new Map<number, number[]>();
  private states = 1;
  /** Names kept, and left out as too weak. */
  names = 0;
  skipped = 0;

  /** Whether the names in `names` pass the rules above; `shared` counts entities per key. */
  static build(names: Iterable<ListName>, options: PatternOptions = {}): ListPatterns {
    const all = [...names];
    const entitiesOf = new Map<string, Set<number>>();
    for (const name of all) {
      for (const key of name.keys) {
        let set = entitiesOf.get(key);
        if (!set) {
          set = new Set();
          entitiesOf.set(key, set);
        }
        if (set.size <= (options.maxShared ?? 8)) set.add(name.entity);
      }
    }
    const patterns = new ListPatterns();
    const minSingle = options.minSingle ?? 5;
    const maxShared = options.maxShared ?? 8;
    for (const name of all) {
      const telling = name.weights.filter((w) => w >= TELLING).length;
      let keep: boolean;
      if (name.keys.length === 0 || name.keys.length > MAX_DEPTH) keep = false;
      else if (name.isPerson) keep = name.keys.length >= 2 && telling >= 2;
      else if (name.keys.length === 1) {
        const key = name.keys[0]!;
        const shared = entitiesOf.get(key)?.size ?? 0;
        keep = telling === 1 && [...key].length >= minSingle && shared <= maxShared;
      } else keep = telling >= 1 && name.keys.join('').length >= 5;
      if (!keep) {
        patterns.skipped++;
        continue;
      }
      patterns.insert(name.keys, name.entity);
      // Russian and Chinese write a person's surname first: "Петров Иван Иванович".
      if (name.isPerson) {
        const k = name.keys;
        patterns.insert([k[k.length - 1]!, ...k.slice(0, -1)], name.entity);
      }
      patterns.names++;
    }
    return patterns;
  }

  /** Trie states: a measure of the memory the patterns take. */
  get size(): number {
    return this.states;
  }

  private insert(keys: readonly string[], entity: number): void {
    let state = 0;
    for (const key of keys) {
      const edge = `${state}\u0001${key}`;
      let next = this.edges.get(edge);
      if (next === undefined) {
        next = this.states++;
        this.edges.set(edge, next);
      }
      state = next;
    }
    // A one-token name is marked negative: its hit must be capitalised in the text.
    const mark = keys.length === 1 ? -entity - 1 : entity;
    const ends = this.ends.get(state);
    if (!ends) this.ends.set(state, [mark]);
    else if (!ends.includes(mark)) ends.push(mark);
  }

  /**
   * The longest list name starting at each word, in text order (they may overlap: confirm them,
   * then keep the longest with dropOverlaps). `keysOf` gives
   * each word's keys (see wordKeysWith).
   */
  scan(text: string, keysOf: WordKeys): InTextHit[] {
    const words = wordsOf(text);
    const keys = words.map((w) => keysOf(w.text));
    const hits: InTextHit[] = [];
    for (let i = 0; i < words.length; i++) {
      const best = this.longestFrom(text, words, keys, i);
      if (best) hits.push(best);
    }
    return hits;
  }

  private longestFrom(
    text: string,
    words: readonly Word[],
    keys: readonly (readonly string[])[],
    first: number,
  ): InTextHit | null {
    let best: InTextHit | null = null;
    // Walk states: the trie state, the next word, and the keys read so far.
    let frontier: { state: number; next: number; read: string[] }[] = [
      { state: 0, next: first, read: [] },
    ];
    for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
      const after: typeof frontier = [];
      for (const { state, next, read } of frontier) {
        if (next >= words.length) continue;
        if (next > first && !JOINER.test(text.slice(words[next - 1]!.end, words[next]!.start))) {
          continue;
        }
        const steps: { key: string; to: number }[] = keys[next]!.map((key) => ({
          key,
          to: next + 1,
        }));
        const pair = words[next + 1];
        if (words[next]!.character && pair?.character && pair.start === words[next]!.end) {
          for (const a of keys[next]!) {
            for (const b of keys[next + 1]!) steps.push({ key: a + b, to: next + 2 });
          }
        }
        for (const step of steps) {
          const child = this.edges.get(`${state}\u0001${step.key}`);
          if (child === undefined) continue;
          const path = [...read, step.key];
          after.push({ state: child, next: step.to, read: path });
          const found = this.ends.get(child);
          if (!found) continue;
          const single = path.length === 1;
          const entities = found.flatMap((mark) =>
            mark >= 0 ? [mark] : single && !words[first]!.proper ? [] : [-mark - 1],
          );
          if (entities.length === 0) continue;
          const end = words[step.to - 1]!.end;
          if (best && best.end > end) continue;
          const start = words[first]!.start;
          if (best && best.end === end) {
            for (const e of entities) if (!best.entities.includes(e)) best.entities.push(e);
            continue;
          }
          best = { start, end, text: text.slice(start, end), entities, reading: path.join(' ') };
        }
      }
      // Bounded: a word read many ways must not multiply the walk without end.
      frontier = after.slice(0, 64);
    }
    return best;
  }
}

/** Longer spans first; one inside or across a longer one is dropped; in text order. */
export function dropOverlaps<T extends { start: number; end: number }>(hits: readonly T[]): T[] {
  const byLength = [...hits].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: T[] = [];
  for (const hit of byLength) {
    if (kept.some((k) => k.start < hit.end && hit.start < k.end)) continue;
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}
