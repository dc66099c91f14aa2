/**
 * `xref`: every party of a case screened against the loaded lists through the one match path
 * (prepareMatch), ranked by score, each result with the places the party is mentioned and the
 * reviewer's latest decision on it. No list loaded is refused (no_lists) rather than answered
 * with an empty, "clear" result.
 *
 * Decisions shape the answer: `not-same` takes the entity out of the party's matches, `unsure`
 * keeps it (shown even below the threshold, flagged), `same` keeps it and merges every party
 * decided `same` as that one entity into one. An entity a mention is linked to (by a `same`
 * decision, or by the in-text list search that found it) is always among its party's matches.
 */
import type { FtmEntity } from '../../core/model/index.js';
import type { XrefDecision, XrefVerdict } from '../../store/cases/index.js';
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

/** The latest decision on a (party, entity) pair, as shown with the match. */
export interface XrefMatchDecision {
  decision: XrefVerdict;
  note: string | null;
  actor: string;
  decidedAt: string;
  /** The party the decision was made on (a merged party has several). */
  party: string;
}

export interface XrefMatch {
  id: string;
  caption: string;
  schema: string;
  datasets: string[];
  score: number;
  /** The reviewer's latest decision on this party and entity, or null when there is none. */
  decision: XrefMatchDecision | null;
  /** Whether a mention of the party is linked to this entity (a `same` decision, in-text search). */
  linked: boolean;
}

export interface XrefParty extends CaseParty {
  /** The keys of the parties merged into this one (decided `same` as one entity), its own first. */
  keys: string[];
  /** List entities at or above the threshold, or decided on, best first. */
  matches: XrefMatch[];
}

export interface XrefResult {
  threshold: number;
  lists: ListVersionJson[];
  /** Parties with a match first, by their best score; then the others in order of mention. */
  parties: XrefParty[];
}

const MAX_NAMES = 5;

/** The latest decision per party and entity: later ids override earlier ones. */
export function latestDecisions(decisions: readonly XrefDecision[]): Map<string, XrefDecision> {
  const latest = new Map<string, XrefDecision>();
  for (const d of [...decisions].sort((a, b) => a.id - b.id)) {
    latest.set(`${d.party}\u0000${d.entityId}`, d);
  }
  return latest;
}

function matchOf(entity: FtmEntity, score: number): XrefMatch {
  const { id, caption, schema, datasets } = entity;
  return { id, caption, schema, datasets: [...datasets], score, decision: null, linked: false };
}

export function xrefParties(
  index: MatchIndex,
  mentions: readonly CaseMention[],
  options: XrefOptions = {},
  decisions: readonly XrefDecision[] = [],
): XrefResult {
  requireLists(index.catalog);
  const threshold = options.threshold ?? 0.7;
  const plan = prepareMatch(index, {
    dataset: 'default',
    limit: options.limit ?? 3,
    threshold,
    algorithm: options.algorithm ?? 'best',
  });
  const latest = latestDecisions(decisions);
  const parties: XrefParty[] = [];
  for (const party of partiesOf(mentions)) {
    if (party.names.length === 0) continue;
    const example = {
      schema: party.schema,
      properties: { name: party.names.slice(0, MAX_NAMES), ...party.identifiers },
    };
    const outcome = plan.run(example);
    const matches = outcome.results
      .filter((r) => r.score >= threshold)
      .map((r) => matchOf(r.entity, r.score));
    // The best score a link was made with: the in-text search's confirmation, or 1 for `same`.
    const linkScores = new Map<string, number>();
    for (const m of party.mentions) {
      if (!m.link) continue;
      const { entityId, score } = m.link;
      linkScores.set(entityId, Math.max(score, linkScores.get(entityId) ?? 0));
    }
    const linked = new Set(linkScores.keys());
    const decided = [...latest.values()].filter((d) => d.party === party.key);
    // Entities decided on or linked but not ranked: scored against the party by the same
    // algorithm, so that they show with a score of their own.
    const missing = [...linked, ...decided.map((d) => d.entityId)].filter(
      (id) => !matches.some((m) => m.id === id),
    );
    for (const s of index.matcher.scoreEntities(example, missing, plan.options.algorithm)) {
      matches.push(matchOf(s.entity, s.score));
    }
    const kept: XrefMatch[] = [];
    for (const match of matches) {
      const d = latest.get(`${party.key}\u0000${match.id}`);
      if (d?.decision === 'not-same') continue;
      match.linked = linked.has(match.id);
      match.score = Math.max(match.score, linkScores.get(match.id) ?? 0);
      if (d) {
        const { decision, note, actor, decidedAt } = d;
        match.decision = { decision, note, actor, decidedAt, party: party.key };
      }
      kept.push(match);
    }
    kept.sort((a, b) => b.score - a.score);
    parties.push({ ...party, keys: [party.key], matches: kept });
  }
  const merged = mergeSame(parties);
  const top = (p: XrefParty) => p.matches[0]?.score ?? -1;
  // A stable sort: parties of equal score stay in order of first mention.
  merged.sort((a, b) => top(b) - top(a));
  return { threshold, lists: screenedLists(index.catalog, plan.options.datasets), parties: merged };
}

/**
 * Parties decided `same` as one list entity become one: the first mentioned keeps its place and
 * takes the others' keys, names, identifiers, mentions and matches (each entity once, at its
 * best score, its decision kept).
 */
function mergeSame(parties: XrefParty[]): XrefParty[] {
  const byEntity = new Map<string, XrefParty>();
  const out: XrefParty[] = [];
  for (const party of parties) {
    const same = party.matches.find((m) => m.decision?.decision === 'same');
    const host = same ? byEntity.get(same.id) : undefined;
    if (!host) {
      if (same) byEntity.set(same.id, party);
      out.push(party);
      continue;
    }
    host.keys.push(...party.keys);
    host.names = [...new Set([...host.names, ...party.names])];
    for (const [property, values] of Object.entries(party.identifiers)) {
      host.identifiers[property] = [...new Set([...(host.identifiers[property] ?? []), ...values])];
    }
    host.mentions.push(...party.mentions);
    for (const match of party.matches) {
      const there = host.matches.find((m) => m.id === match.id);
      if (!there) host.matches.push(match);
      else {
        there.score = Math.max(there.score, match.score);
        there.linked ||= match.linked;
        there.decision ??= match.decision;
      }
    }
    host.matches.sort((a, b) => b.score - a.score);
  }
  return out;
}
