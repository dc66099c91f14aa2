/**
 * The UK test (regulation 7 of the Russia regulations and their siblings): a person owns or controls
 * an entity when it holds more than 50% of the shares or votes, has the right to appoint the board,
 * or otherwise controls it. Holdings of different persons are not simply added (OFSI guidance 4.14);
 * holdings held jointly or under an arrangement are (Schedule 1 paragraph 3), and count for every
 * member. Chains run through majority stakes: what an entity owned or controlled by the person holds
 * is treated as the person's, added to what the person holds directly.
 *
 * So the rule runs once per listed person: the set of entities it owns or controls grows from the
 * person through majority holdings and control edges, and an entity's holding is recounted from its
 * owners each time one of them joins the set. Sets are small (majority chains branch little), so the
 * pass costs about the edges around the listed parties.
 */
import type { CsrGraph } from '../csr.js';
import { EPSILON } from './fixed-point.js';
import { edgeBounds } from './holdings.js';

export const UK_THRESHOLD = 50;

export interface UkPass {
  /** 1 for entities owned or controlled by some listed person (listed ones excluded). */
  owned: Uint8Array;
  /** 1 where control, not a majority holding, brought the entity in. */
  viaControl: Uint8Array;
  /** The largest holding of any one listed person (with its vehicles and joint holders). */
  best: Float64Array;
  /** 1 where a holding with no share known was counted. */
  unknown: Uint8Array;
}

interface UkInput {
  graph: CsrGraph;
  listed: Uint8Array;
  ownership: Uint8Array;
  control: Uint8Array | undefined;
  jointGroup: Int32Array | undefined;
}

export function ukPass(input: UkInput, bound: 'low' | 'high'): UkPass {
  const { graph, listed, ownership, control, jointGroup } = input;
  const n = graph.nodeCount;
  const owned = new Uint8Array(n);
  const viaControl = new Uint8Array(n);
  const best = new Float64Array(n);
  const unknown = new Uint8Array(n);
  const member = new Uint32Array(n);
  const queue: number[] = [];
  const pick = bound === 'low' ? 0 : 1;
  let stamp = 0;
  // What the members of the current person's set hold in v: per owner, conflicting claims fold
  // into one bound (as in holdings.ts); joint groups touched by a member count whole. Per-owner
  // bounds live in arrays stamped per call, so a call allocates nothing (it runs once per holding
  // of every set member).
  const ownerStamp = new Uint32Array(n);
  const ownerShare = new Float64Array(n);
  const owners: number[] = [];
  let call = 0;
  const noGroups = new Set<number>();
  const holding = (v: number): [number, boolean] => {
    const ins = graph.in;
    let groups = noGroups;
    if (jointGroup) {
      for (let s = ins.offsets[v]!; s < ins.offsets[v + 1]!; s++) {
        const e = ins.edges[s]!;
        if (ownership[e] && jointGroup[e]! >= 0 && member[ins.nodes[s]!] === stamp) {
          if (groups === noGroups) groups = new Set<number>();
          groups.add(jointGroup[e]!);
        }
      }
    }
    call++;
    owners.length = 0;
    let unk = false;
    for (let s = ins.offsets[v]!; s < ins.offsets[v + 1]!; s++) {
      const e = ins.edges[s]!;
      const u = ins.nodes[s]!;
      if (!ownership[e] || u === v) continue;
      const counted = member[u] === stamp || (jointGroup && groups.has(jointGroup[e]!));
      if (!counted) continue;
      const bounds = edgeBounds(graph, e);
      const share = bounds[pick] as number;
      if (bounds[2]) unk = true;
      if (ownerStamp[u] !== call) {
        ownerStamp[u] = call;
        ownerShare[u] = share;
        owners.push(u);
      } else {
        const seen = ownerShare[u]!;
        ownerShare[u] = pick ? Math.max(seen, share) : Math.min(seen, share);
      }
    }
    let sum = 0;
    for (const u of owners) sum += ownerShare[u]!;
    return [sum, unk];
  };
  for (let p = 0; p < n; p++) {
    if (!listed[p]) continue;
    stamp++;
    member[p] = stamp;
    queue.length = 0;
    queue.push(p);
    while (queue.length > 0) {
      const u = queue.pop()!;
      for (let s = graph.out.offsets[u]!; s < graph.out.offsets[u + 1]!; s++) {
        const v = graph.out.nodes[s]!;
        const e = graph.out.edges[s]!;
        if (member[v] === stamp) continue;
        if (control?.[e]) {
          member[v] = stamp;
          if (!owned[v]) viaControl[v] = 1;
          owned[v] = 1;
          queue.push(v);
          continue;
        }
        if (!ownership[e]) continue;
        const [sum, unk] = holding(v);
        if (sum > best[v]!) best[v] = sum;
        if (unk) unknown[v] = 1;
        if (sum > UK_THRESHOLD + EPSILON) {
          member[v] = stamp;
          viaControl[v] = 0;
          owned[v] = 1;
          queue.push(v);
        }
      }
    }
  }
  for (let i = 0; i < n; i++) if (listed[i]) owned[i] = 0;
  return { owned, viaControl, best, unknown };
}
