/**
 * The composition root of the HTTP API: `createApp({ service, store, config })` wires the routes
 * to their dependencies over node:http. Each request is routed, handled and rendered, and every
 * error is mapped to `{detail}` with its status here, once.
 *
 * @example
 * ```ts
 * const service = new MatchService(store, await loadMatcherTools());
 * const app = createApp({ service, store, config: serverConfig({ port: 0 }) });
 * const url = await app.listen();
 * await service.refresh(); // /readyz answers 503 until this is done
 * // ... later
 * await app.close();
 * ```
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { JobRunner } from '../app/screening/index.js';
import { admit } from './access.js';
import { ConfigError, type ConfigInput, isLoopback, serverConfig } from './config.js';
import type { AppDeps, ServerDeps } from './context.js';
import { checkCrossSite } from './cross-site.js';
import { errorReply } from './errors.js';
import { checkHost, type HostPolicy, hostPolicy } from './hosts.js';
import { discardBody, type Reply } from './http.js';
import { type Poller, startPoller } from './poller.js';
import { RateLimiter } from './rate-limit.js';
import { route } from './router.js';
import {
  defaultWorkbenchDir,
  isWorkbenchPath,
  readWorkbench,
  type StaticFile,
  workbenchReply,
} from './workbench/index.js';

export interface App {
  readonly server: Server;
  /** Listen on the configured host and port and start polling the store; resolves to the URL. */
  listen(): Promise<string>;
  /** Stop polling, close every connection and wait for the server to stop. */
  close(): Promise<void>;
}

async function send(res: ServerResponse, reply: Reply): Promise<void> {
  if (res.headersSent || res.destroyed) return;
  const contentType = reply.contentType ?? 'application/json';
  if (reply.stream) {
    // Chunked: written as the client reads it; a client that goes away stops the stream.
    res.writeHead(reply.status, { 'content-type': contentType, ...reply.headers });
    await pipeline(Readable.from(reply.stream(), { objectMode: false }), res);
    return;
  }
  res.writeHead(reply.status, {
    'content-type': contentType,
    // Known length: no chunked framing for bodies that are complete before they are sent.
    'content-length': Buffer.byteLength(reply.body),
    ...reply.headers,
  });
  res.end(reply.body);
}

async function dispatch(deps: ServerDeps, guard: Guard, req: IncomingMessage, res: ServerResponse) {
  const log = deps.log ?? (() => {});
  let reply: Reply;
  try {
    checkHost(guard.hosts, req);
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    const query = new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
    // The workbench's files need no key: they hold no data, and the page asks for a key itself.
    if (isWorkbenchPath(path)) reply = workbenchReply(guard.workbench, req, path);
    else {
      const { handler, captures, access, body } = route(req.method ?? 'GET', path);
      // Whatever the key (an open server needs none): a page of another site never acts here.
      checkCrossSite(req, body, deps.config.publicUrl);
      const key = await admit(deps, guard.limiter, req, query, access);
      reply = await handler(deps, { req, query, captures, key });
    }
  } catch (error) {
    reply = errorReply(error, log);
  }
  // Refused before its body was read (a bad key, a bad parameter): Node would read all of it to
  // keep the connection; a file of hundreds of megabytes is cut off instead.
  if (!req.complete && req.listenerCount('data') === 0) discardBody(req);
  await send(res, reply);
}

/** What every request passes before its handler: its Host, then the caller's rate. */
interface Guard {
  hosts: HostPolicy;
  limiter: RateLimiter;
  /** The built workbench's files, or null when it was not built (or is turned off). */
  workbench: ReadonlyMap<string, StaticFile> | null;
}

/** A server that requires keys does not start without one: it would refuse every request. */
async function checkKeys(deps: AppDeps): Promise<void> {
  const { host, requireKeys } = deps.config;
  if (!requireKeys) return;
  if (deps.keys && (await deps.keys.countActive()) > 0) return;
  const why = isLoopback(host)
    ? 'keys are required (--require-keys)'
    : `${host} is not a loopback address, so every request needs an API key`;
  throw new ConfigError(
    `${why}, and no key exists: create one with "dossier keys create --role screen", ` +
      'or listen on 127.0.0.1',
  );
}

function urlOf(server: Server): string {
  const { address, family, port } = server.address() as AddressInfo;
  return `http://${family === 'IPv6' ? `[${address}]` : address}:${port}`;
}

/** The runner of batch jobs, when the server keeps screening runs. */
function jobRunner(deps: AppDeps): JobRunner | null {
  if (!deps.screening) return null;
  const { repo, tools, jobsDir, jobBatchSize } = deps.screening;
  const { store, service, log, config, network } = deps;
  const maxQueuedPerKey = config.maxQueuedJobsPerKey;
  return new JobRunner(
    { store, repo, tools, service, ...(network ? { network } : {}) },
    { dir: jobsDir, batchSize: jobBatchSize, maxQueuedPerKey, log },
  );
}

/** An answer to a client still waiting to send its body: the connection ends with it. */
function closeWith(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
): true {
  res.writeHead(status, { ...headers, 'content-type': 'application/json', connection: 'close' });
  res.end(body);
  return true;
}

/**
 * A client that asks before sending its body (`Expect: 100-continue`, as curl does for large
 * files) hears at once that its Host is refused, or 413 when the declared length is over the
 * limit, instead of sending it all.
 */
function refusedBeforeBody(
  deps: ServerDeps,
  guard: Guard,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  try {
    checkHost(guard.hosts, req);
  } catch (error) {
    const { status, body, headers } = errorReply(error, deps.log ?? (() => {}));
    return closeWith(res, status, body, headers);
  }
  const upload = req.method === 'POST' && (req.url ?? '').split('?')[0] === '/screen/jobs';
  const limit = upload ? deps.config.maxUploadBytes : deps.config.maxBodyBytes;
  if (!(Number(req.headers['content-length']) > limit)) return false;
  const detail = `the ${upload ? 'file' : 'body'} exceeds ${limit} bytes`;
  // The body was never sent: the connection cannot carry another request after this answer.
  return closeWith(res, 413, JSON.stringify({ detail }));
}

export function createApp(appDeps: AppDeps): App {
  const deps: ServerDeps = { ...appDeps, jobs: jobRunner(appDeps) };
  const guard: Guard = {
    hosts: hostPolicy(deps.config),
    limiter: new RateLimiter(deps.config.rateLimit, deps.config.rateBurst),
    workbench:
      appDeps.workbench === null ? null : readWorkbench(appDeps.workbench ?? defaultWorkbenchDir()),
  };
  const server = createServer((req, res) => {
    // dispatch maps every handler error; this is the last guard, so that no request can crash
    // the process with an unhandled rejection. A download cut short by its client ends here too.
    dispatch(deps, guard, req, res).catch((error: Error) => {
      if (
        res.headersSent &&
        (error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE'
      ) {
        return;
      }
      deps.log?.(`failed to answer ${req.method} ${req.url}: ${error.stack ?? error.message}`);
      res.destroy();
    });
  });
  server.on('checkContinue', (req, res) => {
    if (refusedBeforeBody(deps, guard, req, res)) return;
    res.writeContinue();
    server.emit('request', req, res);
  });
  let poller: Poller | null = null;
  return {
    server,
    async listen() {
      await checkKeys(deps);
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(deps.config.port, deps.config.host, () => {
          server.off('error', reject);
          poller = startPoller(deps.service, deps.config.refreshSeconds, deps.log ?? (() => {}));
          const resuming = deps.jobs?.resumeUnfinished() ?? Promise.resolve([]);
          resuming.then((resumed) => {
            if (resumed.length > 0) deps.log?.(`resuming ${resumed.length} unfinished job(s)`);
            resolve(urlOf(server));
          }, reject);
        });
      });
    },
    async close() {
      // The job in progress stops at its last commit, before the store can be closed under it.
      await deps.jobs?.stop();
      // A build in its worker is ended, not waited for: closing takes no longer than a request.
      await deps.service.stop();
      await poller?.stop();
      poller = null;
      if (!server.listening) return;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

export interface StartOptions extends Omit<AppDeps, 'config'> {
  /** Settings as `serve` takes them, except that the rate limit is off unless given. */
  config?: ConfigInput;
  host?: string;
  port?: number;
  refreshSeconds?: number;
}

/**
 * Create and start an app in one call (benchmarks, embedding). Settings default as for serve, but
 * the rate limit is off unless `config.rateLimit` is given: an embedding program (or a benchmark)
 * is its own only client.
 */
export async function startServer(options: StartOptions) {
  const { host, port, refreshSeconds, config: input, ...deps } = options;
  const config = serverConfig({
    rateLimit: 0,
    ...input,
    host: host ?? input?.host,
    port: port ?? input?.port,
    refreshSeconds: refreshSeconds ?? input?.refreshSeconds,
  });
  const app = createApp({ ...deps, config });
  const url = await app.listen();
  return { app, url, port: (app.server.address() as AddressInfo).port, close: () => app.close() };
}
