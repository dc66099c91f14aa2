/**
 * Requests a web page on another site can make the user's browser send: any page may submit a
 * form or `fetch` without a preflight to the loopback server, and on an open server that needs no
 * key, so each would act. State-changing requests are refused when their `Origin` is another
 * site's, or when their body is of a type a form can send (`text/plain`, form-encoded, multipart)
 * on an endpoint that does not read forms: such a body needs no CORS preflight, which this server
 * never grants. `/reconcile` reads forms, since OpenRefine (a desktop program, no Origin) sends
 * them; it stays behind the Origin check.
 */
import type { IncomingMessage } from 'node:http';
import { Forbidden, UnsupportedMediaType } from './errors.js';

/** What a route reads from a body: JSON, a portfolio file, or a form (as OpenRefine sends it). */
export type BodyKind = 'json' | 'file' | 'form';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The content types an HTML form (or a `no-cors` fetch) sends without asking first. */
const FORM_TYPES = new Set([
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
]);

const HINTS: Record<Exclude<BodyKind, 'form'> | 'none', string> = {
  json: 'send the body as application/json (curl -d sends a form type: add -H "content-type: application/json")',
  file:
    'send the file with its own type (text/csv, ' +
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/x-ndjson), ' +
    'or as application/octet-stream and say ?format=csv|xlsx|jsonl',
  none: 'this endpoint takes no body',
};

/** Whether `origin` is the server's own: the public URL's, or that of the Host asked for. */
function isOwnOrigin(origin: string, req: IncomingMessage, publicUrl: string | null): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null": a sandboxed frame, a file, a redirect from elsewhere
  }
  if (publicUrl !== null && url.origin === new URL(publicUrl).origin) return true;
  // https too: a page of this server behind a TLS proxy that passes the Host on.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = req.headers.host;
  return host !== undefined && url.host === new URL(`http://${host}`).host;
}

/**
 * 403 for a state-changing request from another site's page; 415 for a body a form can send to
 * an endpoint that reads none. Called after the Host check, so the Host is one of the server's.
 */
export function checkCrossSite(
  req: IncomingMessage,
  body: BodyKind | null,
  publicUrl: string | null,
): void {
  if (!STATE_CHANGING.has(req.method ?? '')) return;
  const origin = req.headers.origin;
  if (origin !== undefined && !isOwnOrigin(origin, req, publicUrl)) {
    throw new Forbidden(
      `refused a request from the web page at ${origin}: only this server's own pages may ` +
        'change anything here (cross-site request)',
    );
  }
  if (body === 'form') return;
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!FORM_TYPES.has(type)) return;
  throw new UnsupportedMediaType(
    `a body of type "${type}" is refused here, since any web page can send one from another ` +
      `site: ${HINTS[body ?? 'none']}`,
  );
}
