/**
 * Trade records and their red flags (issue 12): shipment rows read with their columns recognised
 * in English, Russian and Chinese, the Common High Priority List, the transshipment jurisdictions
 * of the FinCEN/BIS alerts, and pure flag rules with a risk summary per party and route.
 *
 * @example
 * ```ts
 * const columns = resolveColumns(headers, parseTradeMap(['shipper=Exporter']));
 * const row = rowToShipment(2, (field) => cells[columns.get(field) ?? -1] ?? '');
 * if (row.ok) console.log(chplMatch(CHPL_2024_02_23, row.shipment.hsCode));
 * ```
 */
export {
  CHPL_2024_02_23,
  CHPL_TIERS,
  type ChplMatch,
  chplMatch,
  type ChplTable,
  type ChplTier,
  readChplCsv,
  readChplJson,
} from './chpl.js';
export {
  detectField,
  headerKey,
  parseTradeMap,
  REQUIRED_FIELDS,
  resolveColumns,
  TRADE_FIELDS,
  TradeColumnsError,
  type TradeField,
} from './columns.js';
export { tradeCountry } from './countries.js';
export * from './flags/index.js';
export {
  DIVERSION_DESTINATIONS,
  type Jurisdiction,
  TRANSSHIPMENT_JURISDICTIONS,
} from './jurisdictions.js';
export { readAmount, type RowOutcome, rowToShipment } from './record.js';
export type { Shipment, TradeParty } from './types.js';
