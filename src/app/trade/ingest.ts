/**
 * `dossier ingest <file> --format trade-csv --dataset <name>`: shipment records into the trade
 * store (the dataset's records replaced at once) and into the network as shipment edges. Bad
 * rows are reported by line and the rest loads; a file with no readable row loads nothing.
 */
import { parseTradeMap, type TradeField } from '../../core/trade/index.js';
import type { TradeDeps } from './deps.js';
import { NoTradeRecords, TradeDatasetConflict } from './errors.js';
import { loadShipmentEdges } from './graph.js';
import { partyMatcher } from './parties.js';
import { readTradeFile, type RejectedRow } from './read.js';

/** The formats `dossier ingest --format` sends here; the file's extension picks CSV or XLSX. */
export const TRADE_FORMATS: ReadonlySet<string> = new Set(['trade-csv', 'trade-xlsx', 'trade']);

export interface TradeIngestRequest {
  file: string;
  dataset: string;
  /** `--map` values: `field=Column` pairs, comma-separated. */
  map?: readonly string[];
}

export interface TradeIngestSummary {
  dataset: string;
  file: string;
  records: number;
  rejected: RejectedRow[];
  columns: Partial<Record<TradeField, string>>;
  edges: number;
  resolved: number;
  unresolved: number;
  /** Things the user should know: no lists loaded, so no party was resolved. */
  notes: string[];
  seconds: number;
}

export async function ingestTrade(
  deps: TradeDeps,
  request: TradeIngestRequest,
): Promise<TradeIngestSummary> {
  const started = performance.now();
  const { dataset, file } = request;
  const lists = await deps.lists.datasets();
  if (lists.some((d) => d.dataset === dataset)) {
    throw new TradeDatasetConflict(
      `${dataset} is a loaded list; give the trade records a dataset name of their own`,
    );
  }
  const read = await readTradeFile(file, parseTradeMap(request.map ?? []));
  if (read.shipments.length === 0) {
    throw new NoTradeRecords(
      `${file}: no row could be read as a shipment (${read.rejected.length} rejected); ` +
        `dataset ${dataset} is left as it was`,
    );
  }
  await deps.trade.replace(dataset, read.shipments, {
    sourceFile: file,
    rejected: read.rejected.length,
  });
  const notes: string[] = [];
  const { matcher, problem } =
    lists.length > 0 ? await partyMatcher(deps.matching) : { matcher: null, problem: 'no list' };
  if (!matcher) {
    notes.push(`parties not resolved to listed entities (${problem}): each got a node of its own`);
  }
  const graph = await loadShipmentEdges(deps.graph, dataset, read.shipments, matcher);
  return {
    dataset,
    file,
    records: read.shipments.length,
    rejected: read.rejected,
    columns: read.columns,
    ...graph,
    notes,
    seconds: (performance.now() - started) / 1000,
  };
}
