/**
 * `dossier flags <dataset|case>`: the red flags of a trade dataset's records, or of a case's supply
 * and payment claims read as records (./claims.ts), and the risk summary per party and per route. The facts the pure rules need (matches, incorporation dates, contacts of
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
  type Shipment,
  summarise,
  TRANSSHIPMENT_JURISDICTIONS,
} from '../../core/trade/index.js';
import type { TradeDataset } from '../../store/trade/index.js';
import { caseClaims } from '../documents/index.js';
import { type ClaimLink, recordsFromClaims } from './claims.js';
import type { TradeDeps } from './deps.js';
import { FlagsSourceAmbiguous, TradeDatasetNotFound } from './errors.js';
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

/** The flags of a case's claims: each record is a claim, linked back to its document and page. */
export interface CaseFlagsReport {
  caseName: string;
  /** Supply and payment claims read, and records built from them. */
  claims: number;
  records: number;
  chpl: string;
  flags: Flag[];
  summary: RiskSummary;
  /** By record id (the claim id, `/<hs>` added when a supply named several HS codes). */
  links: Record<string, ClaimLink>;
  notes: string[];
}

export type FlagsReport =
  | ({ source: 'dataset' } & TradeFlagsReport)
  | ({ source: 'case' } & CaseFlagsReport);

/**
 * The flags of a trade dataset or a case by name; a name that is both must say which with `as`,
 * a name that is neither is not found.
 */
export async function flagsByName(
  deps: TradeDeps,
  name: string,
  options: { chpl?: ChplTable; as?: 'case' | 'dataset' } = {},
): Promise<FlagsReport> {
  const isCase =
    options.as !== 'dataset' && deps.cases && (await deps.cases.getCase(name)) !== null;
  const isDataset = options.as !== 'case' && (await deps.trade.dataset(name)) !== null;
  if (isCase && isDataset) {
    throw new FlagsSourceAmbiguous(
      `${name} is both a trade dataset and a case: say which with --dataset or --case`,
    );
  }
  if (isCase) return { source: 'case', ...(await caseFlags(deps, name, options)) };
  if (options.as === 'case') {
    const known = deps.cases ? (await deps.cases.listCases()).map((c) => c.name) : [];
    throw new TradeDatasetNotFound(
      `no case named ${name}${known.length ? ` (there are: ${known.join(', ')})` : ''}`,
    );
  }
  return { source: 'dataset', ...(await tradeFlags(deps, name, options)) };
}

export async function caseFlags(
  deps: TradeDeps,
  caseName: string,
  options: { chpl?: ChplTable } = {},
): Promise<CaseFlagsReport> {
  if (!deps.cases || !(await deps.cases.getCase(caseName))) {
    throw new TradeDatasetNotFound(`no case named ${caseName}`);
  }
  const built = recordsFromClaims(await caseClaims(deps.cases, caseName));
  const found = await flagRecords(deps, built.shipments, options);
  if (built.read === 0) {
    found.notes.unshift(
      `case ${caseName} has no supply or payment claims: add documents, or read them again with dossier claims ${caseName} --refresh`,
    );
  }
  if (built.skipped.length) {
    found.notes.push(`claims without a counterparty left out: ${built.skipped.join(', ')}`);
  }
  return {
    caseName,
    claims: built.read,
    records: built.shipments.length,
    ...found,
    links: Object.fromEntries(built.links),
  };
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
      `no trade dataset or case named ${name}` +
        (known.length
          ? ` (trade datasets: ${known.join(', ')})`
          : ': load one with dossier ingest <file> --format trade-csv'),
    );
  }
  return { dataset, ...(await flagRecords(deps, await deps.trade.shipments(name), options)) };
}

/** The rules on any records: facts looked up once per distinct party, then the pure rules. */
async function flagRecords(
  deps: TradeDeps,
  shipments: Shipment[],
  options: { chpl?: ChplTable },
): Promise<{ chpl: string; flags: Flag[]; summary: RiskSummary; notes: string[] }> {
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
    chpl: ctx.chpl.published,
    flags,
    summary: summarise(shipments, flags),
    notes,
  };
}
