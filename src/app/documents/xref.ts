/**
 * `xref`: every party of a case screened against the loaded lists through the one match path
 * (prepareMatch), ranked by score, each result with the places the party is mentioned. No list
 * loaded is refused (no_lists) rather than answered with an empty, "clear" result.
 */
import type { ScoredEntity } from '../../core/matching/index.js';
import {
  type ListVersionJson,
  type MatchIndex,
  prepareMatch,
  requireLists,
  screenedLists,
} from '../matching/index.js';
import type { CaseMention } from './mentions.js';
import { type CaseParty, partiesOf } from './parties.js';

export interface XrefOptions {
  /** The score from which a list entity counts as a match (0.7 unless given). */
  threshold?: number;
  /** At most this many list entities per party. */
  limit?: number;
  algorithm?: string;
}

export interface XrefMatch {
  id: string;
  caption: string;
  schema: string;
  datasets: string[];
  score: number;
}

export interface XrefParty extends CaseParty {
  /** List entities at or above the threshold, best first. */
  matches: XrefMatch[];
}

export interface XrefResult {
  threshold: number;
  lists: ListVersionJson[];
  /** Parties with a match first, by their best score; then the others in order of mention. */
  parties: XrefParty[];
}

const MAX_NAMES = 5;

function matchOf(r: ScoredEntity): XrefMatch {
  const { id, caption, schema, datasets } = r.entity;
  return { id, caption, schema, datasets: [...datasets], score: r.score };
}

export function xrefParties(
  index: MatchIndex,
  mentions: readonly CaseMention[],
  options: XrefOptions = {},
): XrefResult {
  requireLists(index.catalog);
  const threshold = options.threshold ?? 0.7;
  const plan = prepareMatch(index, {
    dataset: 'default',
    limit: options.limit ?? 3,
    threshold,
    algorithm: options.algorithm ?? 'best',
  });
  const parties: XrefParty[] = [];
  for (const party of partiesOf(mentions)) {
    if (party.names.length === 0) continue;
    const properties: Record<string, string[]> = {
      name: party.names.slice(0, MAX_NAMES),
      ...party.identifiers,
    };
    const outcome = plan.run({ schema: party.schema, properties });
    const matches = outcome.results.filter((r) => r.score >= threshold).map(matchOf);
    parties.push({ ...party, matches });
  }
  const top = (p: XrefParty) => p.matches[0]?.score ?? -1;
  // A stable sort: parties of equal score stay in order of first mention.
  parties.sort((a, b) => top(b) - top(a));
  return { threshold, lists: screenedLists(index.catalog, plan.options.datasets), parties };
}
