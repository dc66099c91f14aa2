/**
 * The workbench's files under /app/, beside the API on the same port. They hold no data, so they
 * need no key (the app asks for one, then sends it with every API call). Hashed assets are cached
 * for good; index.html is revalidated, so a new build is picked up at once. A strict
 * Content-Security-Policy lets the page load its own scripts and styles and talk to this origin
 * only. Any other path under /app/ is a view of the app (index.html), except under /app/assets/,
 * where a missing file is a 404, never the page. API paths never reach this module.
 */
import type { IncomingMessage } from 'node:http';
import { MethodNotAllowed, NotFound } from '../errors.js';
import type { Reply } from '../http.js';
import type { StaticFile } from './files.js';

export const WORKBENCH_PREFIX = '/app';

/** Everything the page may load or call: this origin, nothing else (no fonts, scripts or tiles). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';

export function isWorkbenchPath(path: string): boolean {
  return path === WORKBENCH_PREFIX || path.startsWith(`${WORKBENCH_PREFIX}/`);
}

function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
}

function fileReply(req: IncomingMessage, file: StaticFile, cache: string): Reply {
  const gzip = file.gzip !== null && acceptsGzip(req);
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'cache-control': cache,
    vary: 'accept-encoding',
  };
  if (gzip) headers['content-encoding'] = 'gzip';
  return {
    status: 200,
    contentType: file.contentType,
    body: gzip ? file.gzip! : file.body,
    headers,
  };
}

/** The answer to a request under /app, or the error it gets (mapped to JSON like any other). */
export function workbenchReply(
  files: ReadonlyMap<string, StaticFile> | null,
  req: IncomingMessage,
  path: string,
): Reply {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new MethodNotAllowed(['GET']);
  if (!files) {
    throw new NotFound('the workbench is not built here: run "npm run build" and restart serve');
  }
  if (path === WORKBENCH_PREFIX) {
    return { status: 308, body: '', headers: { location: `${WORKBENCH_PREFIX}/` } };
  }
  const inner = path.slice(WORKBENCH_PREFIX.length + 1);
  if (inner.startsWith('assets/')) {
    const file = files.get(inner);
    if (!file) throw new NotFound(`no such file in the workbench: ${path}`);
    // Names carry their content's hash: a new build makes new names.
    return fileReply(req, file, IMMUTABLE);
  }
  // Every other path is a view: the page routes it in the browser.
  return fileReply(req, files.get('index.html')!, 'no-cache');
}
