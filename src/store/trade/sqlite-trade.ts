/**
 * The trade store on SQLite, on a connection of its own (see ../sqlite/connection.ts). A reload
 * deletes and writes the dataset's records in one immediate transaction.
 */
import type { Shipment } from '../../core/trade/index.js';
import { migrate, openSqlite, type SqliteDatabase } from '../sqlite/index.js';
import { InvalidTradeData } from './errors.js';
import { TRADE_SCHEMA } from './schema.js';
import type { TradeDataset, TradeStore } from './types.js';

interface DatasetRow {
  dataset: string;
  source_file: string;
  loaded_at: string;
  records: number;
  rejected: number;
}

function toDataset(row: DatasetRow): TradeDataset {
  return {
    dataset: row.dataset,
    sourceFile: row.source_file,
    loadedAt: row.loaded_at,
    records: row.records,
    rejected: row.rejected,
  };
}

export class SqliteTradeStore implements TradeStore {
  private readonly conn: SqliteDatabase;

  constructor(path: string) {
    this.conn = openSqlite(path);
    this.conn.pragma('foreign_keys = ON');
    migrate(this.conn, TRADE_SCHEMA);
  }

  private get db(): SqliteDatabase {
    if (!this.conn.open) throw new Error('the trade store is closed');
    return this.conn;
  }

  async replace(
    dataset: string,
    shipments: readonly Shipment[],
    meta: { sourceFile: string; rejected: number },
  ): Promise<TradeDataset> {
    const seen = new Set<string>();
    for (const s of shipments) {
      if (seen.has(s.id)) {
        throw new InvalidTradeData(`record id "${s.id}" appears twice in dataset ${dataset}`);
      }
      seen.add(s.id);
    }
    const db = this.db;
    const row: DatasetRow = {
      dataset,
      source_file: meta.sourceFile,
      loaded_at: new Date().toISOString(),
      records: shipments.length,
      rejected: meta.rejected,
    };
    const put = db.prepare(
      `INSERT INTO trade_shipments (dataset, id, line, hs_code, currency, record)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    db.transaction(() => {
      db.prepare('DELETE FROM trade_shipments WHERE dataset = ?').run(dataset);
      db.prepare(
        `INSERT INTO trade_datasets (dataset, source_file, loaded_at, records, rejected)
         VALUES (@dataset, @source_file, @loaded_at, @records, @rejected)
         ON CONFLICT (dataset) DO UPDATE SET source_file = excluded.source_file,
           loaded_at = excluded.loaded_at, records = excluded.records, rejected = excluded.rejected`,
      ).run(row);
      for (const s of shipments) {
        put.run(dataset, s.id, s.line, s.hsCode, s.currency, JSON.stringify(s));
      }
    }).immediate();
    return toDataset(row);
  }

  async shipments(dataset: string): Promise<Shipment[]> {
    const rows = this.db
      .prepare('SELECT record FROM trade_shipments WHERE dataset = ? ORDER BY line, id')
      .pluck()
      .all(dataset) as string[];
    return rows.map((r) => JSON.parse(r) as Shipment);
  }

  async dataset(name: string): Promise<TradeDataset | null> {
    const row = this.db.prepare('SELECT * FROM trade_datasets WHERE dataset = ?').get(name) as
      | DatasetRow
      | undefined;
    return row ? toDataset(row) : null;
  }

  async datasets(): Promise<TradeDataset[]> {
    const rows = this.db
      .prepare('SELECT * FROM trade_datasets ORDER BY dataset')
      .all() as DatasetRow[];
    return rows.map(toDataset);
  }

  async remove(dataset: string): Promise<boolean> {
    const db = this.db;
    return db.transaction(() => {
      db.prepare('DELETE FROM trade_shipments WHERE dataset = ?').run(dataset);
      return db.prepare('DELETE FROM trade_datasets WHERE dataset = ?').run(dataset).changes > 0;
    })();
  }

  async close(): Promise<void> {
    if (this.conn.open) this.conn.close();
  }
}
