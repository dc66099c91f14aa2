/**
 * Trade records as a service (issue 12): `ingestTrade` reads a shipment file into the trade store
 * and the network; `tradeFlags` raises the red flags and the risk summary of a dataset.
 *
 * @example
 * ```ts
 * const deps = tradeDepsOf(openDossier({ db: 'dossier.db' }));
 * await ingestTrade(deps, { file: 'shipments.csv', dataset: 'shipments', map: ['shipper=Exporter'] });
 * const { flags, summary } = await tradeFlags(deps, 'shipments');
 * ```
 */
export { type ExposureHook, type TradeDeps, tradeDepsOf } from './deps.js';
export { type ClaimLink, type ClaimRecords, recordsFromClaims } from './claims.js';
export {
  FlagsSourceAmbiguous,
  NoTradeRecords,
  TradeDatasetConflict,
  TradeDatasetNotFound,
} from './errors.js';
export {
  type CaseFlagsReport,
  caseFlags,
  type FlagsReport,
  flagsByName,
  tradeFlags,
  type TradeFlagsReport,
} from './flags.js';
export { tradeNodeId } from './graph.js';
export {
  ingestTrade,
  TRADE_FORMATS,
  type TradeIngestRequest,
  type TradeIngestSummary,
} from './ingest.js';
export { FLAG_THRESHOLD, RESOLVE_THRESHOLD } from './parties.js';
export { readTradeFile, type RejectedRow, type TradeFile } from './read.js';
