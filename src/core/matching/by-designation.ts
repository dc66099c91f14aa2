/**
 * Results grouped by designation before the limit cuts them: the entries of one designation on
 * several lists take one place in the results, not three, and the places they free go to the
 * next parties. Within the groups shown, members the candidate stage did not reach are scored
 * too, so that the result's score is the best of its members'.
 */
import {
  type Cluster,
  type DesignationLookup,
  type MemberResult,
  mergeMembers,
} from '../designations/index.js';
import type { Scored } from './algorithm.js';
import type { ScoredEntity } from './types.js';

export interface Candidate extends MemberResult {
  result: Scored;
}

interface Group {
  cluster: Cluster | undefined;
  best: Candidate;
  scored: Map<string, Candidate>;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ranking = (a: Candidate, b: Candidate) =>
  b.score - a.score || byCodeUnits(a.entity.id, b.entity.id);

/**
 * `scored` is sorted best first. `scoreMember` scores a member the candidate stage did not
 * reach, or gives null when the request's filters leave it out (another dataset, say).
 */
export function groupByDesignation(
  scored: readonly Candidate[],
  lookup: DesignationLookup,
  limit: number,
  scoreMember: (id: string) => Candidate | null,
): { results: ScoredEntity[]; total: number } {
  const groups: Group[] = [];
  const byCluster = new Map<string, Group>();
  for (const candidate of scored) {
    const cluster = lookup.clusterOf(candidate.entity.id);
    const known = cluster && byCluster.get(cluster.id);
    if (known) {
      known.scored.set(candidate.entity.id, candidate);
      continue;
    }
    const group = { cluster, best: candidate, scored: new Map([[candidate.entity.id, candidate]]) };
    if (cluster) byCluster.set(cluster.id, group);
    groups.push(group);
  }
  let total = groups.filter((g) => g.best.match).length;
  const shown = groups.slice(0, limit);
  for (const group of shown) {
    if (!group.cluster) continue;
    const matched = group.best.match;
    for (const id of group.cluster.members) {
      if (group.scored.has(id)) continue;
      const member = scoreMember(id);
      if (!member) continue;
      group.scored.set(id, member);
      if (ranking(member, group.best) < 0) group.best = member;
    }
    if (!matched && group.best.match) total++;
  }
  shown.sort((a, b) => ranking(a.best, b.best));
  return { results: shown.map(resultOf), total };
}

function resultOf(group: Group): ScoredEntity {
  const { best } = group;
  const explained = {
    score: best.score,
    match: best.match,
    explanations: best.result.explanations,
  };
  if (!group.cluster || group.scored.size < 2) return { entity: best.entity, ...explained };
  const members = [...group.scored.values()].sort(ranking);
  const { entity, evidence } = mergeMembers(group.cluster, members);
  return { entity, ...explained, designation: evidence };
}
