/**
 * `dossier flags <dataset>`: the red flags of a trade dataset's records and the risk summary per
 * party and per route. The facts the pure rules need (matches, incorporation dates, contacts of
 * listed parties, exposure) are looked up here once per distinct party.
 */
import {
  CHPL_2024_02_23,
  type ChplTable,
  evaluateFlags,
  type Flag,
  type FlagContext,
  type PartyFacts,
  partiesOf,
  type RiskSummary,
  summarise,
  TRANSSHIPMENT_JURISDICTIONS,
} from '../../core/trade/index.js';
import type { TradeDataset } from '../../store/trade/index.js';
import type { TradeDeps } from './deps.js';
import { TradeDatasetNotFound } from './errors.js';
import { resolveParty } from './graph.js';
import {
  incorporationOf,
  listedContacts,
  listedMatch,
  partyMatcher,
  RESOLVE_THRESHOLD,
} from './parties.js';

export interface TradeFlagsReport {
  dataset: TradeDataset;
  chpl: string;
  flags: Flag[];
  summary: RiskSummary;
  /** Rules that could not run, and why. */
  notes: string[];
}

export async function tradeFlags(
  deps: TradeDeps,
  name: string,
  options: { chpl?: ChplTable } = {},
): Promise<TradeFlagsReport> {
  const dataset = await deps.trade.dataset(name);
  if (!dataset) {
    const known = (await deps.trade.datasets()).map((d) => d.dataset);
    throw new TradeDatasetNotFound(
      `no trade dataset named ${name}` +
        (known.length
          ? ` (there are: ${known.join(', ')})`
          : ': load one with dossier ingest <file> --format trade-csv'),
    );
  }
  const shipments = await deps.trade.shipments(name);
  const notes: string[] = [];
  const hasLists = (await deps.lists.datasets()).length > 0;
  const { matcher, problem } = hasLists
    ? await partyMatcher(deps.matching)
    : { matcher: null, problem: 'no list is loaded' };
  if (!matcher) {
    notes.push(`listed-party, incorporation and shared-contact flags not checked: ${problem}`);
  }
  if (!deps.exposure) {
    notes.push('ownership exposure not checked: no exposure service is wired (ExposureHook)');
  }
  let noOwnership = false;
  const exposureOf = async (id: string) => {
    const found = deps.exposure ? await deps.exposure(id) : [];
    if (found === null) noOwnership = true;
    return found ?? [];
  };
  const parties = new Map<string, PartyFacts>();
  for (const [key, seen] of partiesOf(shipments)) {
    const results = matcher?.match(seen.party) ?? [];
    const sure = results.find((r) => r.score >= RESOLVE_THRESHOLD);
    const node = resolveParty(seen.party, matcher);
    parties.set(key, {
      listed: results.map(listedMatch),
      exposure: await exposureOf(node.id),
      incorporated: sure ? incorporationOf(sure.entity) : null,
    });
  }
  if (noOwnership) notes.push('ownership exposure not checked: the network holds no ownership');
  const contacts = matcher
    ? await listedContacts(deps.lists)
    : { addresses: new Map(), phones: new Map() };
  const ctx: FlagContext = {
    chpl: options.chpl ?? CHPL_2024_02_23,
    transshipment: TRANSSHIPMENT_JURISDICTIONS,
    parties,
    listedAddresses: contacts.addresses,
    listedPhones: contacts.phones,
  };
  const flags = evaluateFlags(shipments, ctx);
  return {
    dataset,
    chpl: ctx.chpl.published,
    flags,
    summary: summarise(shipments, flags),
    notes,
  };
}
