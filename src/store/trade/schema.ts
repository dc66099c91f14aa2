/**
 * The `trade` domain's versioned layout: one row per dataset, one per shipment. A shipment is kept
 * whole as JSON beside the columns a query filters on (HS code, currency), since the flag rules
 * read a dataset whole and the record's shape may grow.
 */
import type { DomainSchema } from '../sqlite/index.js';

const V1 = `
CREATE TABLE trade_datasets (
  dataset TEXT PRIMARY KEY,
  source_file TEXT NOT NULL,
  loaded_at TEXT NOT NULL,
  records INTEGER NOT NULL,
  rejected INTEGER NOT NULL
);
CREATE TABLE trade_shipments (
  dataset TEXT NOT NULL REFERENCES trade_datasets (dataset) ON DELETE CASCADE,
  id TEXT NOT NULL,
  line INTEGER NOT NULL,
  hs_code TEXT,
  currency TEXT,
  record TEXT NOT NULL,
  PRIMARY KEY (dataset, id)
) WITHOUT ROWID;
CREATE INDEX trade_shipments_by_line ON trade_shipments (dataset, line);
`;

export const TRADE_SCHEMA: DomainSchema = {
  domain: 'trade',
  migrations: [
    {
      version: 1,
      description: 'trade_datasets and trade_shipments',
      up(db) {
        db.exec(V1);
      },
    },
  ],
};
