/** What every route handler is given: the app's dependencies and the parsed request line. */
import type { IncomingMessage } from 'node:http';
import type { Catalog, MatchService } from '../app/match-service.js';
import type { KeyLookup, StoredKey } from '../auth/index.js';
import type { Matcher } from '../core/matching/index.js';
import type { Store } from '../store/index.js';
import type { ServerConfig } from './config.js';
import { NotReady } from './errors.js';
import type { Reply } from './http.js';

/** The API keys the server checks requests against (the key store, or a stand-in in tests). */
export interface ServerKeys extends KeyLookup {
  /** How many keys are not revoked: a server that requires keys will not start without one. */
  countActive(): Promise<number>;
}

export interface AppDeps {
  service: MatchService;
  store: Store;
  config: ServerConfig;
  /** Without keys, the server can only run open (on loopback, without `requireKeys`). */
  keys?: ServerKeys;
  /** Where start-up, refresh and internal-error lines go (default: nowhere). */
  log?: (line: string) => void;
}

export interface RequestContext {
  req: IncomingMessage;
  query: URLSearchParams;
  /** The decoded path segments the route captured, e.g. the dataset of /match/{dataset}. */
  captures: string[];
  /** The key the request came with, once checked; null for an anonymous caller of an open server. */
  key: StoredKey | null;
}

export type Handler = (deps: AppDeps, ctx: RequestContext) => Reply | Promise<Reply>;

/** The current matcher and what it was built from, or 503 while the first index is built. */
export function readyIndex(deps: AppDeps): { matcher: Matcher; catalog: Catalog } {
  const catalog = deps.service.catalog;
  if (!catalog) throw new NotReady();
  return { matcher: deps.service.matcher, catalog };
}
