/**
 * The route table: method and path pattern to handler. Path captures are percent-decoded here, so
 * that handlers see entity IDs and dataset names as they are.
 */
import type { Handler } from './context.js';
import { BadRequest, MethodNotAllowed, NotFound } from './errors.js';
import {
  algorithmsRoute,
  catalogRoute,
  healthzRoute,
  indexRoute,
  openapiRoute,
  readyzRoute,
} from './routes/admin.js';
import { entityRoute } from './routes/entities.js';
import { matchRoute } from './routes/match.js';
import { searchRoute } from './routes/search.js';

interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  handler: Handler;
}

const ROUTES: readonly Route[] = [
  { method: 'POST', pattern: /^\/match\/([^/]+)$/, handler: matchRoute },
  { method: 'GET', pattern: /^\/search\/([^/]+)$/, handler: searchRoute },
  { method: 'GET', pattern: /^\/entities\/([^/]+)$/, handler: entityRoute },
  { method: 'GET', pattern: /^\/catalog$/, handler: catalogRoute },
  { method: 'GET', pattern: /^\/algorithms$/, handler: algorithmsRoute },
  { method: 'GET', pattern: /^\/healthz$/, handler: healthzRoute },
  { method: 'GET', pattern: /^\/readyz$/, handler: readyzRoute },
  { method: 'GET', pattern: /^\/openapi\.json$/, handler: openapiRoute },
  { method: 'GET', pattern: /^\/$/, handler: indexRoute },
];

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new BadRequest(`malformed percent-encoding in the path: ${segment}`);
  }
}

/** The handler for a request line, with its decoded captures; 404 or 405 otherwise. */
export function route(method: string, path: string): { handler: Handler; captures: string[] } {
  const allowed: string[] = [];
  for (const r of ROUTES) {
    const m = r.pattern.exec(path);
    if (!m) continue;
    // HEAD is not served: yente's clients do not use it, and a body-less GET is not worth a branch.
    if (r.method === method) return { handler: r.handler, captures: m.slice(1).map(decode) };
    allowed.push(r.method);
  }
  if (allowed.length > 0) throw new MethodNotAllowed(allowed);
  throw new NotFound(`no route for ${path}`);
}
