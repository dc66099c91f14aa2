/**
 * Row identity: a row is known by the customer's own ID (its ID column), so that hits, decisions
 * and rescreens follow the customer when a file is re-sorted or a row is inserted above it. A row
 * without an ID, or whose ID an earlier row of the same file already has, is known by its line
 * instead (`line:<n>`), with a warning: two customers are never merged under one ID.
 */

/** The key of a row that has no usable customer ID: its line (CSV, JSONL) or sheet row (XLSX). */
export function lineKey(row: number): string {
  return `line:${row}`;
}

export interface RowIdentity {
  /** What the row is known by: the customer ID, or `line:<n>`. */
  key: string;
  /** The customer ID when it identifies the row; null when the row is keyed by its line. */
  customerId: string | null;
  /** Why the row is keyed by its line although the file has an ID column. */
  warning: string | null;
}

/** Hands out row keys in file order, remembering which IDs earlier rows took. */
export class RowKeys {
  private readonly seen = new Map<string, number>();

  /**
   * `id` is the row's customer ID (null when its ID cell is empty or the file has no ID column);
   * `hasIdColumn` says whether a missing ID is worth a warning.
   */
  keyOf(row: number, id: string | null, hasIdColumn: boolean): RowIdentity {
    const key = lineKey(row);
    if (id === null) {
      const warning = hasIdColumn ? `no customer ID: keyed by its line (${key})` : null;
      return { key, customerId: null, warning };
    }
    const first = this.seen.get(id);
    if (first !== undefined && first !== row) {
      const warning =
        `customer ID ${JSON.stringify(id)} is also on line ${first}: ` +
        `keyed by its line (${key}), not merged with that customer`;
      return { key, customerId: null, warning };
    }
    this.seen.set(id, row);
    return { key: id, customerId: id, warning: null };
  }
}
