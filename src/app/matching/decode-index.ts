/**
 * A snapshot's bytes to the index the service swaps in: the matcher (its typed arrays read in
 * place), the references (decoded when first asked for) and the designations' parties.
 */
import type { Party } from '../../core/designations/index.js';
import {
  decodeSnapshot,
  type Matcher,
  type MatcherTools,
  SnapshotUnusable,
} from '../../core/matching/index.js';
import { ReferenceIndex } from '../references.js';
import { V8_CODEC } from './snapshot-file.js';

export const EMPTY_REFERENCES = new ReferenceIndex();

/** An index as loaded or built, before it is swapped in. */
export interface Index {
  matcher: Matcher;
  references: () => ReferenceIndex;
  /** The designations' parties: plain data, clustered under the current splits when swapped in. */
  parties: readonly Party[];
}

/** The index the bytes hold under `key`, or why they cannot be used; null without bytes. */
export function decodeIndex(
  bytes: Uint8Array | null,
  key: string,
  tools: MatcherTools,
): { index?: Index; rejected?: string } | null {
  const decoded = decodeMatcher(bytes, key, tools);
  if (!decoded?.matcher) return decoded as { rejected?: string } | null;
  return { index: { ...decoded.matcher, parties: decoded.matcher.parties() } };
}

/**
 * The matcher and references the bytes hold, with the designations' parties decoded only when
 * `parties()` is called: a server decodes them in a turn of the event loop of their own.
 */
export function decodeMatcher(
  bytes: Uint8Array | null,
  key: string,
  tools: MatcherTools,
): {
  matcher?: Omit<Index, 'parties'> & { parties: () => Party[] };
  rejected?: string;
} | null {
  if (!bytes) return null;
  try {
    const { matcher, extra } = decodeSnapshot(bytes, key, V8_CODEC, tools);
    let references: ReferenceIndex | null = null;
    // Decoded when first asked for: only /entities reads it, and a one-off match never does.
    const lazy = () => {
      references ??= extra.references
        ? new ReferenceIndex(V8_CODEC.decode(extra.references) as Map<string, string[]>)
        : EMPTY_REFERENCES;
      return references;
    };
    // A snapshot without designations (an older format would not load) cannot merge results.
    const section = extra.designations;
    if (!section) throw new SnapshotUnusable('it holds no designations');
    const parties = () => V8_CODEC.decode(section) as Party[];
    return { matcher: { matcher, references: lazy, parties } };
  } catch (error) {
    if (!(error instanceof SnapshotUnusable)) throw error;
    return { rejected: error.message };
  }
}
