/**
 * Shipment records (issue 12): named datasets of trade records behind an interface with a SQLite
 * backend; a reload replaces a dataset's records at once.
 *
 * @example
 * ```ts
 * const trade = openTradeStore('dossier.db');
 * await trade.replace('shipments-2024', shipments, { sourceFile: 'shipments.csv', rejected: 0 });
 * const records = await trade.shipments('shipments-2024');
 * ```
 */
export { InvalidTradeData } from './errors.js';
export { SqliteTradeStore } from './sqlite-trade.js';
export type { TradeDataset, TradeStore } from './types.js';

import { sqliteLocation } from '../sqlite/connection.js';
import { SqliteTradeStore } from './sqlite-trade.js';
import type { TradeStore } from './types.js';

export function openTradeStore(location: string): TradeStore {
  return new SqliteTradeStore(sqliteLocation(location));
}
