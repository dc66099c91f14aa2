/**
 * The composition root: the one place that opens Dossier's stores on a database, loads the
 * matcher's tools and makes the services. Every command, the server and the benchmarks start
 * here, so that a new store or service is wired once. Stores open on first use (a command that
 * lists datasets never touches screening's tables) and `close()` closes what was opened, in
 * reverse order.
 */
import type { AuditKeptSources } from '../screening/index.js';
import { auditKeptSources } from './audit-kept.js';
import type { MatcherTools } from '../../core/matching/index.js';
import {
  type BlobStore,
  type CaseStore,
  openBlobStore,
  openCaseStore,
} from '../../store/cases/index.js';
import { type DesignationStore, openDesignationStore } from '../../store/designations/index.js';
import { type GraphStore, openGraphStore } from '../../store/graph/index.js';
import { NetworkService } from '../network/index.js';
import { openStore, type Store } from '../../store/index.js';
import { type KeyStore, openKeyStore } from '../../store/keys/index.js';
import { openScreeningStore, type ScreeningStore } from '../../store/screening/index.js';
import { openTradeStore, type TradeStore } from '../../store/trade/index.js';
import { DocumentService } from '../documents/index.js';
import { MatchService, snapshotPath } from '../matching/index.js';
import { loadMatcherTools } from '../matcher-tools.js';
import type { ScreeningDeps } from '../screening/index.js';
import { requireDatabase } from './missing.js';

export interface DossierOptions {
  /** Where the stores live: a SQLite file path (a `postgres://` URL later). */
  db: string;
  /** The matcher's tools; loaded from the dictionaries on first use unless given (tests). */
  tools?: MatcherTools;
  /**
   * Refuse a database that does not exist (DatabaseNotFound, code not_found) rather than create
   * an empty one: what every command that only reads asks for. Off by default, for programs that
   * make their own database.
   */
  mustExist?: boolean;
}

export interface Dossier {
  readonly location: string;
  /** The official lists: versions, entities, statements, changes. */
  readonly lists: Store;
  /** Screening runs, the portfolio, hits, decisions and the audit trail. */
  readonly screening: ScreeningStore;
  /** API keys. */
  readonly keys: KeyStore;
  /** Cases, their documents, pages, mentions and claims. */
  readonly cases: CaseStore;
  /** The bytes of documents, by SHA-256, in a folder beside the database. */
  readonly blobs: BlobStore;
  /** Cases and their documents as a service: add, list, show, find (same stores as above). */
  readonly documents: DocumentService;
  /** Nodes and edges of the network (ownership, control, payments...), each edge with its source. */
  readonly graph: GraphStore;
  /** Reviewers' splits of designations merged across lists. */
  readonly designations: DesignationStore;
  /** Shipment records (trade data), by dataset. */
  readonly trade: TradeStore;
  /** Exposure, paths and neighbourhoods over the graph, made once; arrays cached per revision. */
  network(): NetworkService;
  /** The matcher's tools, loaded once. */
  tools(): Promise<MatcherTools>;
  /** The match service over the lists, made once; `refresh()` builds its index. */
  matching(): Promise<MatchService>;
  /** What the screening services need: the lists, screening's store and the matcher tools. */
  screeningDeps(): Promise<ScreeningDeps>;
  /** What the audit trail must account for (splits, xref decisions, notes, tags), for verify. */
  auditKept(): AuditKeptSources;
  close(): Promise<void>;
}

export function openDossier(options: DossierOptions): Dossier {
  if (options.mustExist) requireDatabase(options.db);
  const opened: { close(): Promise<void> | void }[] = [];
  const once = <T extends { close(): Promise<void> | void }>(open: () => T) => {
    let value: T | null = null;
    return () => {
      if (!value) {
        value = open();
        opened.push(value);
      }
      return value;
    };
  };
  const lists = once(() => openStore(options.db));
  const screening = once(() => openScreeningStore(options.db));
  const keys = once(() => openKeyStore(options.db));
  const cases = once(() => openCaseStore(options.db));
  const graph = once(() => openGraphStore(options.db));
  const designations = once(() => openDesignationStore(options.db));
  const trade = once(() => openTradeStore(options.db));
  let blobs: BlobStore | null = null;
  let documents: DocumentService | null = null;
  let tools: Promise<MatcherTools> | null = options.tools ? Promise.resolve(options.tools) : null;
  let matching: Promise<MatchService> | null = null;
  let network: NetworkService | null = null;
  // Reviewers' splits are read at each build, so that a split shows at the next refresh.
  const splits = async () => (await designations().splits()).map((s) => s.entities);
  const dossier: Dossier = {
    location: options.db,
    get lists() {
      return lists();
    },
    get screening() {
      return screening();
    },
    get keys() {
      return keys();
    },
    get cases() {
      return cases();
    },
    get blobs() {
      // A folder: nothing to close.
      blobs ??= openBlobStore(options.db);
      return blobs;
    },
    get documents() {
      // Rendered page images sit beside the database, as the blobs do.
      const pageCache = `${options.db}.pages`;
      documents ??= new DocumentService({
        cases: cases(),
        blobs: dossier.blobs,
        pageCache,
        audit: () => screening(),
        entity: (id) => lists().entity(id),
        tools: () => dossier.tools(),
      });
      return documents;
    },
    get graph() {
      return graph();
    },
    get designations() {
      return designations();
    },
    get trade() {
      return trade();
    },
    network() {
      network ??= new NetworkService({ graph: graph(), lists: lists() });
      return network;
    },
    tools() {
      tools ??= loadMatcherTools();
      return tools;
    },
    matching() {
      // The index is saved beside the database and loaded from there while the lists stand. A
      // worker thread builds or reads it, so that a server answers meanwhile; only where it can
      // open the database and has the same tools (a test's own tools stay on this thread).
      const snapshot = snapshotPath(options.db);
      const worker = snapshot && !options.tools ? { db: options.db } : null;
      matching ??= dossier
        .tools()
        .then((t) => new MatchService(lists(), t, { snapshot, splits, worker }));
      return matching;
    },
    async screeningDeps() {
      const tools = await dossier.tools();
      return { store: lists(), repo: screening(), tools, splits, network: dossier.network() };
    },
    auditKept() {
      return auditKeptSources(cases, designations);
    },
    async close() {
      for (const store of opened.reverse()) await store.close();
      opened.length = 0;
    },
  };
  return dossier;
}
