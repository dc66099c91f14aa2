/**
 * Who may make a request, and how often: the key is read (header, or `?api_key=` where a route
 * allows it) and verified, the caller's token bucket is charged, then the key's role is checked.
 * Failed attempts are charged to the client's address too, so guessing keys is rate-limited.
 *
 * An open server (loopback, keys not required) lets anonymous callers do everything, but a key that
 * is sent is always checked, and its role applies.
 */
import type { IncomingMessage } from 'node:http';
import {
  AuthenticationError,
  requireRole,
  type StoredKey,
  tokenFromHeader,
  verifyToken,
} from '../auth/index.js';
import type { AppDeps } from './context.js';
import { BadRequest, TooManyRequests } from './errors.js';
import type { RateLimiter } from './rate-limit.js';
import type { Access } from './router.js';

/** The key from the Authorization header, or from `api_key` (removed from the query) if allowed. */
function presentedToken(req: IncomingMessage, query: URLSearchParams, access: Access) {
  const header = tokenFromHeader(req.headers.authorization);
  if (!access.keyInQuery) return header;
  const inQuery = query.getAll('api_key');
  query.delete('api_key');
  if (inQuery.length > 1) throw new BadRequest('api_key was given more than once');
  return header ?? inQuery[0] ?? null;
}

async function identify(deps: AppDeps, token: string | null): Promise<StoredKey | null> {
  if (token === null) {
    if (!deps.config.requireKeys) return null;
    throw new AuthenticationError(
      'this server needs an API key: send "Authorization: Bearer <key>" (or "ApiKey <key>")',
    );
  }
  if (!deps.keys) throw new AuthenticationError('this server has no API keys; send none');
  return verifyToken(deps.keys, token);
}

/** The request's key (null for an anonymous caller), or the 401, 403 or 429 it gets instead. */
export async function admit(
  deps: AppDeps,
  limiter: RateLimiter,
  req: IncomingMessage,
  query: URLSearchParams,
  access: Access,
): Promise<StoredKey | null> {
  if (access.role === null) return null;
  let key: StoredKey | null = null;
  let refusal: unknown = null;
  try {
    key = await identify(deps, presentedToken(req, query, access));
  } catch (error) {
    refusal = error;
  }
  const wait = limiter.take(key ? `key:${key.id}` : `address:${req.socket.remoteAddress}`);
  if (wait > 0) throw new TooManyRequests(wait);
  if (refusal) throw refusal;
  if (key) requireRole(key, access.role);
  return key;
}
