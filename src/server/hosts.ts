/**
 * The names the server answers to, and the check of every request's `Host` header against them.
 * A web page can re-point its own name at 127.0.0.1 (DNS rebinding): the browser then treats the
 * loopback server as that page's own origin, and no Origin check stops it. Its requests still say
 * `Host: evil.example`, which is how they are told apart, before anything else is done.
 */
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { isLoopback, type ServerConfig } from './config.js';
import { BadRequest } from './errors.js';

export interface HostPolicy {
  /** Canonical names (as `URL.hostname` writes them). */
  readonly names: ReadonlySet<string>;
  /** Bound to every address: any IP address may reach it, and an IP cannot be re-pointed. */
  readonly anyAddress: boolean;
  /** `*` among the allowed hosts: the check is off. */
  readonly anyName: boolean;
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** A Host header: a name or IPv4 address, or an IPv6 address in brackets; then maybe a port. */
const HOST_HEADER = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;

/** A name as URLs write it (lower case, IPv6 in brackets and shortest), without a final dot. */
function canonical(hostAndPort: string): string | null {
  const bracketed = isIP(hostAndPort) === 6 ? `[${hostAndPort}]` : hostAndPort;
  try {
    return new URL(`http://${bracketed}`).hostname.replace(/\.$/, '');
  } catch {
    return null;
  }
}

function unbracketed(name: string): string {
  return name.replace(/^\[(.*)\]$/, '$1');
}

/** 0.0.0.0 or `::`: listening on every interface. */
function isWildcard(host: string): boolean {
  const h = unbracketed(host.trim());
  return h === '0.0.0.0' || (isIP(h) === 6 && /^[0:]+$/.test(h));
}

/** The names of a server with these settings: computed once, at start. */
export function hostPolicy(config: ServerConfig): HostPolicy {
  const names = new Set<string>();
  const add = (name: string) => {
    const c = canonical(name.trim());
    if (c) names.add(c);
  };
  const anyAddress = isWildcard(config.host);
  add(config.host);
  // A wildcard bind listens on loopback too.
  if (anyAddress || isLoopback(config.host)) LOOPBACK_NAMES.forEach(add);
  if (config.publicUrl) names.add(new URL(config.publicUrl).hostname);
  for (const name of config.allowedHosts) if (name !== '*') add(name);
  return { names, anyAddress, anyName: config.allowedHosts.includes('*') };
}

function answersTo(policy: HostPolicy, header: string | undefined): boolean {
  if (policy.anyName) return true;
  if (header === undefined || !HOST_HEADER.test(header)) return false;
  const name = canonical(header);
  if (name === null) return false;
  return policy.names.has(name) || (policy.anyAddress && isIP(unbracketed(name)) !== 0);
}

/** 400 for a request whose Host is not one of the server's names (or that has none). */
export function checkHost(policy: HostPolicy, req: IncomingMessage): void {
  const header = req.headers.host;
  if (answersTo(policy, header)) return;
  const what = header === undefined ? 'a request without a Host header' : `Host "${header}"`;
  throw new BadRequest(
    `this server does not answer to ${what}: a web page can point a name of its own at it (DNS ` +
      'rebinding). Use the address the server listens on, or add the name with --allow-host ' +
      '(DOSSIER_ALLOWED_HOSTS) or --public-url',
  );
}
