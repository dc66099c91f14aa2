/**
 * Loading a network file into the graph (`dossier ingest <file> --format ownership-csv|bods
 * --dataset <name>`): read it, resolve its ids against the loaded lists and the graph, and
 * replace the dataset's edges in one transaction. Rows that cannot load are reported by line and
 * the rest loads; a file of which nothing loads is refused, so that the previous edges stay.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkFile, readCsv, SourceError } from '../../sources/io/index.js';
import {
  type ParsedNetwork,
  type Problem,
  parseBods,
  parseOwnershipCsv,
} from '../../sources/network/index.js';
import type { EdgeType, GraphStore } from '../../store/graph/index.js';
import type { Store } from '../../store/index.js';
import { checkDatasetName } from '../ingest.js';
import { IngestInputError } from '../ingest-guards.js';
import { resolveNetwork } from './ingest-resolve.js';

/** A network file as large as this is read whole; a larger one is refused. */
const MAX_BYTES = 2 * 1024 ** 3;

/** Each network format and how its file is read. */
const READERS: Record<string, (file: string) => Promise<ParsedNetwork>> = {
  'ownership-csv': (file) =>
    parseOwnershipCsv(readCsv(file, { encoding: 'utf-8', progress: () => {} }), basename(file)),
  bods: async (file) => parseBods(await readFile(file, 'utf-8'), basename(file)),
};

export const NETWORK_FORMATS = Object.keys(READERS);

export function isNetworkFormat(format: string | undefined): format is string {
  return format !== undefined && format in READERS;
}

export interface NetworkIngestRequest {
  file: string;
  format: string;
  dataset: string;
}

export interface NetworkIngestSummary {
  dataset: string;
  format: string;
  file: string;
  /** Nodes written (new parties, and list entities linked into the graph). */
  nodes: number;
  edges: number;
  byType: Partial<Record<EdgeType, number>>;
  /** The dataset's edges of the previous load, now replaced. */
  replaced: number;
  /** Rows and records not loaded, with where they are and why, in file order. */
  problems: Problem[];
  notes: string[];
  seconds: number;
}

const position = (where: string) => Number(/\d+/.exec(where)?.[0] ?? 0);

export async function ingestNetwork(
  deps: { lists: Store; graph: GraphStore },
  request: NetworkIngestRequest,
): Promise<NetworkIngestSummary> {
  const started = performance.now();
  checkDatasetName(request.dataset);
  const read = READERS[request.format];
  if (!read) throw new IngestInputError(`"${request.format}" is not a network format`);
  // A list's edges are derived from the list at each load: a file sharing its name would be lost.
  const lists = await deps.lists.datasets();
  if (lists.some((v) => v.dataset === request.dataset)) {
    throw new IngestInputError(
      `"${request.dataset}" is a loaded list; load a network file into a dataset of its own`,
    );
  }
  checkFile(request.file, MAX_BYTES);
  const parsed = await read(request.file);
  const batch = await resolveNetwork(parsed, request.dataset, {
    entity: (id) => deps.lists.entity(id),
    node: (id) => deps.graph.getNode(id),
    entities: (schemata) => deps.lists.allEntities(schemata),
  });
  const problems = [...parsed.problems, ...batch.problems].sort(
    (a, b) => position(a.where) - position(b.where),
  );
  if (batch.edges.length === 0) {
    const first = problems.slice(0, 3).map((p) => `${p.where}: ${p.reason}`);
    throw new SourceError(
      request.file,
      null,
      `no relation could be loaded${first.length ? ` (${first.join('; ')})` : ''}; the dataset's previous edges stay`,
    );
  }
  const replaced = await deps.graph.replaceEdgesFrom({ dataset: request.dataset }, batch);
  const byType: NetworkIngestSummary['byType'] = {};
  for (const e of batch.edges) byType[e.type] = (byType[e.type] ?? 0) + 1;
  return {
    dataset: request.dataset,
    format: request.format,
    file: request.file,
    nodes: batch.nodes.length,
    edges: batch.edges.length,
    byType,
    replaced,
    problems,
    notes: [
      ...parsed.notes,
      ...(batch.linked.length
        ? [`linked to list entities by identifier: ${batch.linked.join('; ')}`]
        : []),
    ],
    seconds: (performance.now() - started) / 1000,
  };
}
