/**
 * Reading a trade file (CSV or XLSX) into shipments, with the same readers as screening's
 * portfolios (separator sniffing, Windows-1252 fallback, XLSX through its central directory). A
 * row that cannot be a shipment is reported with its line and every reason, and the rest loads.
 */
import {
  resolveColumns,
  rowToShipment,
  type Shipment,
  TradeColumnsError,
  type TradeField,
} from '../../core/trade/index.js';
// The portfolio readers, shared: a trade file is read as screening reads an upload.
import { fileFormat, readInput } from '../screening/input.js';

export interface RejectedRow {
  /** The line (CSV) or sheet row (XLSX). */
  line: number;
  reasons: string[];
}

export interface TradeFile {
  shipments: Shipment[];
  rejected: RejectedRow[];
  /** Which column each field was read from, for the summary. */
  columns: Partial<Record<TradeField, string>>;
}

export async function readTradeFile(
  path: string,
  overrides: ReadonlyMap<TradeField, string> = new Map(),
): Promise<TradeFile> {
  const format = fileFormat(path, 'trade file');
  if (format === 'jsonl') {
    throw new TradeColumnsError(`${path}: trade records are read from .csv or .xlsx files`);
  }
  const shipments: Shipment[] = [];
  const rejected: RejectedRow[] = [];
  const ids = new Map<string, number>();
  let columns: Map<TradeField, number> | null = null;
  let headers: string[] = [];
  for await (const event of readInput(path, format, () => {})) {
    if (event.kind === 'header') {
      headers = event.headers;
      columns = resolveColumns(headers, overrides);
    } else if (event.kind === 'problem') {
      rejected.push({ line: event.row, reasons: [event.message] });
    } else if (columns) {
      const cells = event.cells;
      const at = columns;
      const outcome = rowToShipment(event.row, (field) => {
        const i = at.get(field);
        return i === undefined ? '' : (cells[i]?.values[0] ?? '');
      });
      if (!outcome.ok) {
        rejected.push({ line: event.row, reasons: outcome.reasons });
        continue;
      }
      const first = ids.get(outcome.shipment.id);
      if (first !== undefined) {
        rejected.push({
          line: event.row,
          reasons: [`id "${outcome.shipment.id}" was already given on line ${first}`],
        });
        continue;
      }
      ids.set(outcome.shipment.id, event.row);
      shipments.push(outcome.shipment);
    }
  }
  const named: Partial<Record<TradeField, string>> = {};
  for (const [field, i] of columns ?? []) named[field] = headers[i];
  return { shipments, rejected, columns: named };
}
