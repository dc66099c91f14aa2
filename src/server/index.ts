/**
 * The HTTP API, compatible with OpenSanctions yente v5: `/match`, `/search`, `/entities`,
 * `/catalog`, `/algorithms`, `/healthz`, `/readyz`, `/openapi.json`, and the W3C reconciliation
 * API at `/reconcile` (OpenRefine). API keys with roles, a body size limit and a rate limit guard it.
 *
 * @example
 * ```ts
 * const app = createApp({ service, store, config: serverConfig({}, process.env) });
 * console.log(`listening on ${await app.listen()}`);
 * ```
 */
export { type App, createApp, type StartOptions, startServer } from './app.js';
export {
  ConfigError,
  type ConfigInput,
  DEFAULT_SERVER_CONFIG,
  isLoopback,
  type ServerConfig,
  serverConfig,
} from './config.js';
export type { AppDeps, ScreeningSetup, ServerKeys } from './context.js';
export { ApiError, BadRequest, NotFound } from './errors.js';
export { MAX_BATCH } from './routes/index.js';
