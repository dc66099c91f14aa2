/**
 * Shipment records, as any backend keeps them: a named dataset of records read from one file. A
 * reload replaces the dataset's records in one transaction, so that a reader sees the old set or
 * the new one, never a mixture.
 */
import type { Shipment } from '../../core/trade/index.js';

export interface TradeDataset {
  dataset: string;
  /** The file the records were read from. */
  sourceFile: string;
  loadedAt: string;
  records: number;
  /** Rows of the file that could not be read (reported at ingest, not stored). */
  rejected: number;
}

export interface TradeStore {
  /**
   * Replace every record of a dataset with these, in one transaction; ids must be unique within
   * the batch (a duplicate fails the whole batch and the previous records stay).
   */
  replace(
    dataset: string,
    shipments: readonly Shipment[],
    meta: { sourceFile: string; rejected: number },
  ): Promise<TradeDataset>;
  /** A dataset's records in the order of their lines. */
  shipments(dataset: string): Promise<Shipment[]>;
  dataset(name: string): Promise<TradeDataset | null>;
  /** Every dataset, by name. */
  datasets(): Promise<TradeDataset[]>;
  /** Removes a dataset and its records; false when there was none. */
  remove(dataset: string): Promise<boolean>;
  close(): Promise<void>;
}
