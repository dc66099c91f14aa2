/**
 * Which list entries are one designation: union-find over the strong keys they share, with three
 * refusals against over-merging. Two entries of one list are never merged (a list does not
 * designate a party twice; two of its entries sharing a key are two parties, or a key too
 * generic to trust, so the key is dropped). A Person never merges with a Vessel or a company:
 * the schemata must be compatible (one a kind of the other). And a reviewer's "not the same"
 * decision keeps the pair apart, whatever links them.
 */
import { commonSchema, shortHash } from '../model/index.js';
import { KEY_KINDS, type KeyKind, type StrongKey } from './keys.js';

/** A listed party as the rule sees it. */
export interface Party {
  id: string;
  schema: string;
  datasets: readonly string[];
  keys: readonly StrongKey[];
}

/** Evidence: two members share this value. */
export interface Link {
  /** The two entity IDs, in code-unit order. */
  entities: [string, string];
  kind: KeyKind;
  value: string;
}

/** Why a shared key did not merge two entries. */
export interface Refusal extends Link {
  reason: 'same-list' | 'schema' | 'split';
}

export interface Cluster {
  /** Derived from the member IDs: the same members give the same ID. */
  id: string;
  /** Entity IDs in code-unit order. */
  members: string[];
  links: Link[];
  /** Keys a member shares with an entry the rule kept out: what a reviewer should look at. */
  conflicts: Refusal[];
}

/** A reviewer's decision that two entries are not the same designation. */
export type SplitPair = readonly [string, string];

export interface Clustering {
  clusters: Cluster[];
  refused: Refusal[];
  /** Keys dropped because two entries of one list hold them. */
  ambiguous: number;
}

/** Groups larger than this are a generic value ("000000"), not one party's identifier. */
const MAX_GROUP = 8;

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

interface Holding {
  party: number;
  country: string | null;
}

/** The parties holding each key, grouped by kind then value, in a fixed order. */
function keyGroups(parties: readonly Party[]) {
  const groups = new Map<string, { kind: KeyKind; value: string; holders: Holding[] }>();
  parties.forEach((party, index) => {
    for (const key of party.keys) {
      const id = `${key.kind}\u0000${key.value}`;
      let group = groups.get(id);
      if (!group) {
        group = { kind: key.kind, value: key.value, holders: [] };
        groups.set(id, group);
      }
      const held = group.holders.find((h) => h.party === index);
      if (!held) group.holders.push({ party: index, country: key.country });
      else held.country ??= key.country;
    }
  });
  const rank = (kind: KeyKind) => KEY_KINDS.indexOf(kind);
  return [...groups.values()].sort(
    (a, b) => rank(a.kind) - rank(b.kind) || byCodeUnits(a.value, b.value),
  );
}

/** Holders that agree on the issuing country: with two countries named, only the same-country pairs. */
function countryCompatible(a: Holding, b: Holding): boolean {
  return a.country === null || b.country === null || a.country === b.country;
}

/** Whether a key names one party in each list: otherwise it says nothing about designations. */
function unambiguous(holders: readonly Holding[], parties: readonly Party[]): boolean {
  if (holders.length > MAX_GROUP) return false;
  const seen = new Set<string>();
  for (const h of holders) {
    for (const d of parties[h.party]!.datasets) {
      if (seen.has(d)) return false;
      seen.add(d);
    }
  }
  return true;
}

export function clusterParties(
  parties: readonly Party[],
  splits: Iterable<SplitPair> = [],
): Clustering {
  const parent = parties.map((_, i) => i);
  const members = parties.map((_, i) => [i]);
  const datasets = parties.map((p) => new Set(p.datasets));
  const schema = parties.map((p) => p.schema as string | null);
  const split = new Set<string>();
  for (const [a, b] of splits) split.add(pairKey(a, b));
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const refusal = (a: number, b: number): Refusal['reason'] | null => {
    const [ra, rb] = [find(a), find(b)];
    if ([...datasets[ra]!].some((d) => datasets[rb]!.has(d))) return 'same-list';
    if (commonSchema(schema[ra]!, schema[rb]!) === null) return 'schema';
    for (const x of members[ra]!) {
      for (const y of members[rb]!)
        if (split.has(pairKey(parties[x]!.id, parties[y]!.id))) return 'split';
    }
    return null;
  };
  const union = (a: number, b: number) => {
    let [ra, rb] = [find(a), find(b)];
    if (members[ra]!.length < members[rb]!.length) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    members[ra]!.push(...members[rb]!);
    for (const d of datasets[rb]!) datasets[ra]!.add(d);
    schema[ra] = commonSchema(schema[ra]!, schema[rb]!);
  };

  const refused: Refusal[] = [];
  const linked: { group: { kind: KeyKind; value: string }; a: number; b: number }[] = [];
  let ambiguous = 0;
  for (const group of keyGroups(parties)) {
    if (group.holders.length < 2) continue;
    if (!unambiguous(group.holders, parties)) {
      ambiguous++;
      continue;
    }
    for (let i = 0; i < group.holders.length; i++) {
      for (let j = i + 1; j < group.holders.length; j++) {
        const [hi, hj] = [group.holders[i]!, group.holders[j]!];
        if (!countryCompatible(hi, hj)) continue;
        linked.push({ group, a: hi.party, b: hj.party });
        if (find(hi.party) === find(hj.party)) continue;
        const reason = refusal(hi.party, hj.party);
        if (reason) refused.push({ ...link(parties, hi.party, hj.party, group), reason });
        else union(hi.party, hj.party);
      }
    }
  }
  return { clusters: collect(parties, find, linked, refused), refused, ambiguous };
}

function link(
  parties: readonly Party[],
  a: number,
  b: number,
  key: { kind: KeyKind; value: string },
): Link {
  const ids = [parties[a]!.id, parties[b]!.id].sort(byCodeUnits) as [string, string];
  return { entities: ids, kind: key.kind, value: key.value };
}

/** The clusters of two or more, each with every shared key between its members as evidence. */
function collect(
  parties: readonly Party[],
  find: (i: number) => number,
  linked: readonly { group: { kind: KeyKind; value: string }; a: number; b: number }[],
  refused: readonly Refusal[],
): Cluster[] {
  const byRoot = new Map<number, { members: string[]; links: Link[] }>();
  for (const { group, a, b } of linked) {
    const root = find(a);
    if (root !== find(b)) continue;
    let entry = byRoot.get(root);
    if (!entry) {
      entry = { members: [], links: [] };
      byRoot.set(root, entry);
    }
    entry.links.push(link(parties, a, b, group));
  }
  parties.forEach((party, i) => {
    byRoot.get(find(i))?.members.push(party.id);
  });
  return [...byRoot.values()]
    .map(({ members, links }) => {
      members.sort(byCodeUnits);
      const inside = new Set(members);
      const conflicts = refused.filter((r) => r.entities.some((id) => inside.has(id)));
      return { id: `dsg-${shortHash(members.join('\u0000'))}`, members, links, conflicts };
    })
    .sort((a, b) => byCodeUnits(a.members[0]!, b.members[0]!));
}
