/** What every route handler is given: the app's dependencies and the parsed request line. */
import type { IncomingMessage } from 'node:http';
import {
  type MatchIndex,
  type MatchService,
  notBuiltReason,
  requireLists,
} from '../app/matching/index.js';
import type { NetworkService } from '../app/network/index.js';
import type { DocumentService } from '../app/documents/index.js';
import type { AuditKeptSources, JobRunner } from '../app/screening/index.js';
import type { KeyLookup, StoredKey } from '../auth/index.js';
import type { MatcherTools } from '../core/matching/index.js';
import type { Store } from '../store/index.js';
import type { ScreeningStore } from '../store/screening/index.js';
import type { ServerConfig } from './config.js';
import { NotFound, NotReady } from './errors.js';
import type { Reply } from './http.js';

/** The API keys the server checks requests against (the key store, or a stand-in in tests). */
export interface ServerKeys extends KeyLookup {
  /** How many keys are not revoked: a server that requires keys will not start without one. */
  countActive(): Promise<number>;
}

/** What batch jobs, decisions, the audit trail and the recording of screenings need. */
export interface ScreeningSetup {
  /** Screening's store, on the same database file as the lists. */
  repo: ScreeningStore;
  tools: MatcherTools;
  /** Where uploaded portfolio files are kept, a folder per job (`<db>.jobs` for serve). */
  jobsDir: string;
  /** Rows per commit of a job (what a stop costs); the screening default unless set. */
  jobBatchSize?: number;
}

export interface AppDeps {
  service: MatchService;
  store: Store;
  config: ServerConfig;
  /** Without keys, the server can only run open (on loopback, without `requireKeys`). */
  keys?: ServerKeys;
  /**
   * Without it the server answers the yente routes only: no jobs, decisions or audit trail, and
   * `/match` is not recorded (an embedding program, a benchmark).
   */
  screening?: ScreeningSetup;
  /**
   * What the audit trail must account for besides runs and decisions (splits, xref decisions,
   * notes, tags), checked by GET /audit/verify; without it only runs and decisions are.
   */
  auditKept?: () => AuditKeptSources;
  /** Cases and their documents (/cases/...); without it those routes answer 404. */
  documents?: DocumentService;
  /**
   * A case's offline HTML report with its CSP (src/app/report's reportDownload, wired where the
   * stores are opened); without it GET /cases/{case}/report answers 404.
   */
  caseReport?: (caseName: string, threshold: number) => Promise<{ html: string; policy: string }>;
  /** Where start-up, refresh and internal-error lines go (default: nowhere). */
  log?: (line: string) => void;
  /**
   * The built web workbench served under /app/ (default: dist/workbench, made by `npm run
   * build`); null serves none.
   */
  workbench?: string | null;
  /** The network: match results carry the exposure of candidates that are graph nodes. */
  network?: NetworkService;
}

/** What handlers get: the app's dependencies and the job runner the app made from them. */
export interface ServerDeps extends AppDeps {
  jobs: JobRunner | null;
}

export interface RequestContext {
  req: IncomingMessage;
  query: URLSearchParams;
  /** The decoded path segments the route captured, e.g. the dataset of /match/{dataset}. */
  captures: string[];
  /** The key the request came with, once checked; null for an anonymous caller of an open server. */
  key: StoredKey | null;
}

export type Handler = (deps: ServerDeps, ctx: RequestContext) => Reply | Promise<Reply>;

/** The screening store and the job runner, or 404 on a server started without them. */
export function screeningOf(deps: ServerDeps): { repo: ScreeningStore; jobs: JobRunner } {
  if (!deps.screening || !deps.jobs) {
    throw new NotFound('this server keeps no screening runs (it was started without them)');
  }
  return { repo: deps.screening.repo, jobs: deps.jobs };
}

/**
 * The current matcher and what it was built from; 503 while the first index is built (or after
 * its build failed, saying why), and 503
 * (no_lists) while it holds no list: an empty answer would read as "clear".
 */
export function readyIndex(deps: AppDeps): MatchIndex {
  // One read of the index in use: a swap during the request does not change what it answers from.
  const catalog = deps.service.catalog;
  if (!catalog) throw new NotReady(notBuiltReason(deps.service.failure));
  requireLists(catalog);
  return { matcher: deps.service.matcher, catalog };
}
