/**
 * For the server's tests: a real server on 127.0.0.1 with a free port, over a store of real lists
 * (src/testing/stores.ts), with the request helpers (src/testing/http.ts) and a one-query batch.
 */
import type { NetworkService } from '../app/network/index.js';
import { defaultTools } from '../core/matching/index.js';
import type { DocumentService } from '../app/documents/index.js';
import { MatchService } from '../app/matching/index.js';
import type { Store } from '../store/index.js';
import type { ScreeningStore } from '../store/screening/index.js';
import { type App, createApp } from './app.js';
import { type ConfigInput, serverConfig } from './config.js';
import type { AppDeps, ServerKeys } from './context.js';

export {
  get,
  type JsonResponse,
  LISTS,
  type ListName,
  loadStore,
  post,
  postForm,
  readResponse,
} from '../testing/index.js';

export interface TestServer {
  url: string;
  app: App;
  service: MatchService;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** False: the index is left for the test to build. */
  build?: boolean;
  /** Match results then carry exposure. */
  network?: NetworkService;
  refreshSeconds?: number;
  keys?: ServerKeys;
  /** Other settings; the rate limit is off unless given, so that tests can send many requests. */
  config?: ConfigInput;
  /** Jobs, decisions and the audit trail in this repository; uploads beside its file. */
  repo?: ScreeningStore;
  /** Rows per commit of a job. */
  jobBatchSize?: number;
  /** Where the server's log lines go (none unless given). */
  log?: (line: string) => void;
  /** The match service to serve with (e.g. one from `heldIndex`); a new one unless given. */
  service?: MatchService;
  /** The built workbench's folder (dist/workbench unless given); null serves none. */
  workbench?: string | null;
  /** Cases and their documents, for the /cases routes. */
  documents?: DocumentService;
  /** A case's report, for GET /cases/{case}/report. */
  caseReport?: AppDeps['caseReport'];
  /** What GET /audit/verify checks besides runs and decisions (a Dossier's `auditKept()`). */
  auditKept?: AppDeps['auditKept'];
}

/** A running server on 127.0.0.1 with a free port. */
export async function startTestServer(
  store: Store,
  options: TestServerOptions = {},
): Promise<TestServer> {
  const service = options.service ?? new MatchService(store, defaultTools());
  if (options.build !== false) await service.refresh();
  const config = serverConfig({
    rateLimit: 0,
    ...options.config,
    port: 0,
    refreshSeconds: options.refreshSeconds ?? 3600,
  });
  const { repo, jobBatchSize } = options;
  const screening = repo && {
    repo,
    tools: defaultTools(),
    jobsDir: `${repo.location}.jobs`,
    jobBatchSize,
  };
  const { keys, log, workbench, network, documents, caseReport, auditKept } = options;
  const app = createApp({
    service,
    store,
    config,
    keys,
    screening,
    log,
    workbench,
    network,
    documents,
    caseReport,
    auditKept,
  });
  const url = await app.listen();
  return { url, app, service, close: () => app.close() };
}

/**
 * A match service whose index is not built before `release()`: a job that needs it waits for as
 * long as the test wants, not for as long as a build happens to take on the machine. After
 * `seconds` it is released anyway, so that a request that wrongly waits for the index makes its
 * test fail rather than hang. Release it before closing a server that uses it.
 */
export function heldIndex(store: Store, seconds = 30): { service: MatchService; release(): void } {
  const service = new MatchService(store, defaultTools());
  let open!: () => void;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const timer = setTimeout(open, seconds * 1000);
  timer.unref();
  const build = service.refresh.bind(service);
  service.refresh = async () => {
    await gate;
    return build();
  };
  const release = () => {
    clearTimeout(timer);
    open();
  };
  return { service, release };
}

/** A one-query batch: the most common request. */
export function person(name: string, properties: Record<string, string[]> = {}) {
  return { queries: { q: { schema: 'Person', properties: { name: [name], ...properties } } } };
}
