/**
 * The three rules over one graph, computed once for every node: each as two passes, one with the
 * least share every holding may be and owners surely sanctioned, one with the most and owners
 * possibly sanctioned. A node blocked in the first is exposed; one blocked in neither is not; one
 * in between cannot be decided from what is known ("possibly" with ranges, "unknown" when a share
 * is missing), which is never reported as 0.
 */
import { aggregateFixedPoint } from './fixed-point.js';
import { foldHoldings } from './holdings.js';
import {
  EXPOSED,
  type ExposureInput,
  type ExposureResult,
  type Finding,
  type Jurisdiction,
  LISTED,
  NOT_EXPOSED,
  POSSIBLY,
  type RuleResult,
  STATUS_CODES,
  UNKNOWN,
} from './types.js';
import { ukPass } from './uk.js';

function statusOf(
  listed: Uint8Array,
  sure: Uint8Array,
  maybe: Uint8Array,
  unknown: Uint8Array,
): Uint8Array {
  const status = new Uint8Array(listed.length);
  for (let i = 0; i < status.length; i++) {
    if (listed[i]) status[i] = LISTED;
    else if (sure[i]) status[i] = EXPOSED;
    else if (maybe[i]) status[i] = unknown[i] ? UNKNOWN : POSSIBLY;
    else status[i] = NOT_EXPOSED;
  }
  return status;
}

function capped(sums: Float64Array): Float64Array {
  const out = new Float64Array(sums.length);
  for (let i = 0; i < sums.length; i++) out[i] = Math.min(100, sums[i]!);
  return out;
}

export function computeExposure(input: ExposureInput): ExposureResult {
  const { graph, listed, ownership, control, jointGroup } = input;
  const n = graph.nodeCount;
  const holdings = foldHoldings(graph, ownership);
  const low = aggregateFixedPoint(graph, holdings, listed, { bound: 'low' });
  const high = aggregateFixedPoint(graph, holdings, listed, { bound: 'high' });
  const none = new Uint8Array(n);
  const usStatus = statusOf(listed, low.blocked, high.blocked, high.unknown);
  const us: RuleResult = {
    status: usStatus,
    low: low.sum,
    high: capped(high.sum),
    chainSet: high.blocked,
    controlled: none,
  };
  // EU: the same aggregate for ownership; control is a separate finding, reached from listed,
  // owned or controlled parties through control edges (treating chains as OFAC does is unverified).
  let euControlled = none;
  let euChainSet = high.blocked;
  if (control) {
    const withControl = aggregateFixedPoint(graph, holdings, listed, { bound: 'low', control });
    euControlled = withControl.blocked.map((b, i) => (b && !low.blocked[i] ? 1 : 0));
    euChainSet = high.blocked.map((b, i) => b | withControl.blocked[i]!);
  }
  const eu: RuleResult = { ...us, chainSet: euChainSet, controlled: euControlled };
  const ukInput = { graph, listed, ownership, control, jointGroup };
  const ukLow = ukPass(ukInput, 'low');
  const ukHigh = ukPass(ukInput, 'high');
  const ukSet = ukHigh.owned.map((o, i) => o | ukLow.owned[i]! | listed[i]!);
  const uk: RuleResult = {
    status: statusOf(listed, ukLow.owned, ukHigh.owned, ukHigh.unknown),
    low: ukLow.best,
    high: capped(ukHigh.best),
    chainSet: ukSet,
    controlled: ukLow.viaControl,
  };
  return { input, us, eu, uk };
}

/** One node's finding under one rule, from the arrays computed once. */
export function findingOf(
  result: ExposureResult,
  node: number,
  jurisdiction: Jurisdiction,
): Finding {
  const rule = result[jurisdiction];
  const code = rule.status[node]!;
  const low = rule.low[node]!;
  const high = Math.max(low, rule.high[node]!);
  const exposed = code === EXPOSED || code === LISTED ? true : code === NOT_EXPOSED ? false : null;
  return {
    node,
    jurisdiction,
    status: STATUS_CODES[code]!,
    exposed,
    controlled: rule.controlled[node] === 1,
    listed: code === LISTED,
    share: low === high ? round(low) : null,
    range: { low: round(low), high: round(high) },
  };
}

/** Shares are percentages with a few decimals; floating-point sums are shown rounded. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;
