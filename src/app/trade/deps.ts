import type { PartyExposure } from '../../core/trade/index.js';
import type { GraphStore } from '../../store/graph/index.js';
import type { Store } from '../../store/index.js';
import type { TradeStore } from '../../store/trade/index.js';
import type { MatchService } from '../matching/index.js';

/**
 * HOOK for the exposure service (src/app/network, issue 12): given a graph node id, the exposure
 * findings for it under each jurisdiction, or none. Until that service is wired in
 * `tradeDepsOf`, the `exposed_party` flag does not run and the report says so.
 */
export type ExposureHook = (nodeId: string) => Promise<PartyExposure[]>;

/** What the trade services need; `tradeDepsOf(dossier)` gives them from the composition root. */
export interface TradeDeps {
  trade: TradeStore;
  graph: GraphStore;
  lists: Store;
  matching: () => Promise<MatchService>;
  exposure?: ExposureHook;
}

export function tradeDepsOf(dossier: {
  trade: TradeStore;
  graph: GraphStore;
  lists: Store;
  matching(): Promise<MatchService>;
}): TradeDeps {
  return {
    trade: dossier.trade,
    graph: dossier.graph,
    lists: dossier.lists,
    matching: () => dossier.matching(),
  };
}
