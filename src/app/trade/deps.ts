import type { PartyExposure } from '../../core/trade/index.js';
import type { GraphStore } from '../../store/graph/index.js';
import type { CaseStore } from '../../store/cases/index.js';
import type { Store } from '../../store/index.js';
import type { TradeStore } from '../../store/trade/index.js';
import type { MatchService } from '../matching/index.js';
import type { NetworkService } from '../network/index.js';

/**
 * The exposure findings for a graph node under each jurisdiction, or none. `tradeDepsOf` wires it
 * to the network service (src/app/network) when the dossier has one; without it the
 * `exposed_party` flag does not run and the report says so.
 */
/** null: the network holds no ownership at all, so nothing could be checked. */
export type ExposureHook = (nodeId: string) => Promise<PartyExposure[] | null>;

/** What the trade services need; `tradeDepsOf(dossier)` gives them from the composition root. */
export interface TradeDeps {
  trade: TradeStore;
  graph: GraphStore;
  lists: Store;
  matching: () => Promise<MatchService>;
  exposure?: ExposureHook;
  /** For `dossier flags <case>`: the case's claims as records. */
  cases?: CaseStore;
}

export function tradeDepsOf(dossier: {
  trade: TradeStore;
  graph: GraphStore;
  lists: Store;
  matching(): Promise<MatchService>;
  network?: () => Pick<NetworkService, 'partyExposure'>;
  cases?: CaseStore;
}): TradeDeps {
  const network = dossier.network;
  return {
    trade: dossier.trade,
    graph: dossier.graph,
    lists: dossier.lists,
    matching: () => dossier.matching(),
    ...(dossier.cases && { cases: dossier.cases }),
    ...(network && { exposure: exposureThrough(network.call(dossier), dossier.graph) }),
  };
}

function exposureThrough(
  network: Pick<NetworkService, 'partyExposure'>,
  graph: GraphStore,
): ExposureHook {
  return async (nodeId) => {
    const found = await network.partyExposure(nodeId);
    if (!found) return (await graph.counts()).byType.ownership ? [] : null;
    const node = await graph.getNode(nodeId);
    const entityId = node?.entityId ?? nodeId;
    const caption = node?.caption ?? nodeId;
    // A listed party is flagged as listed, not as exposed through its owners.
    const jurisdictions = (Object.keys(found) as (keyof typeof found)[]).filter(
      (j) => found[j].status !== 'listed',
    );
    return jurisdictions.map((jurisdiction) => ({
      entityId,
      caption,
      jurisdiction,
      exposed: found[jurisdiction].exposed,
      share: found[jurisdiction].share,
    }));
  };
}
