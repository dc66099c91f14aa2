/**
 * The server's settings: defaults in one place, then `DOSSIER_*` environment variables, then
 * command-line flags, all validated at start-up so that a bad value stops `serve` at once.
 */
import { isIP } from 'node:net';
import { DEFAULT_MAX_QUEUED_PER_KEY } from '../app/screening/index.js';
import { DossierError } from '../core/errors/index.js';

export interface ServerConfig {
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** How often to look for datasets ingested by another process. */
  refreshSeconds: number;
  /** Larger request bodies are refused with 413 before they are parsed. */
  maxBodyBytes: number;
  /** Larger portfolio files (`POST /screen/jobs`, streamed to disk) are refused with 413. */
  maxUploadBytes: number;
  /**
   * Jobs one key (or every caller without a key, together) may have waiting for their turn; one
   * more is refused with 429 before its file is received.
   */
  maxQueuedJobsPerKey: number;
  /** Every request but /healthz and /readyz needs an API key: always off loopback. */
  requireKeys: boolean;
  /** Requests per second per key (or per client address without one); 0 turns the limit off. */
  rateLimit: number;
  /** How many requests a key may send at once before the rate applies. */
  rateBurst: number;
  /** The address clients reach the server at (behind a proxy), for links in /reconcile. */
  publicUrl: string | null;
  /**
   * Names the server answers to besides its own address, loopback names and the public URL's
   * host (`Host` header check, against DNS rebinding); `*` answers any name.
   */
  allowedHosts: readonly string[];
}

/** Loopback by default: exposing the API must be a choice, and then it needs keys. */
export const DEFAULT_SERVER_CONFIG: Readonly<ServerConfig> = {
  host: '127.0.0.1',
  port: 8000,
  refreshSeconds: 5,
  maxBodyBytes: 1024 * 1024,
  maxUploadBytes: 200 * 1024 * 1024,
  maxQueuedJobsPerKey: DEFAULT_MAX_QUEUED_PER_KEY,
  requireKeys: false,
  rateLimit: 50,
  rateBurst: 100,
  publicUrl: null,
  allowedHosts: [],
};

/** A setting the user got wrong: a usage mistake, like a bad flag. */
export class ConfigError extends DossierError {
  override readonly name = 'ConfigError';
  readonly code = 'usage';
}

export interface ConfigInput {
  host?: string;
  port?: string | number;
  refreshSeconds?: string | number;
  maxBodyBytes?: string | number;
  maxUploadBytes?: string | number;
  maxQueuedJobsPerKey?: string | number;
  requireKeys?: boolean;
  rateLimit?: string | number;
  rateBurst?: string | number;
  publicUrl?: string;
  /** Names (a list, or comma-separated as in `DOSSIER_ALLOWED_HOSTS`). */
  allowedHosts?: string | readonly string[];
}

function number(name: string, raw: string | number, min: number, max: number, integer: boolean) {
  const value = typeof raw === 'number' ? raw : Number(raw);
  const ok =
    String(raw).trim() !== '' &&
    Number.isFinite(value) &&
    (!integer || Number.isInteger(value)) &&
    value >= min &&
    value <= max;
  if (!ok) throw new ConfigError(`${name} must be a number from ${min} to ${max}, not "${raw}"`);
  return value;
}

/** 127.0.0.0/8, ::1 and localhost: addresses no other machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  const v4 = h.startsWith('::ffff:') ? h.slice(7) : h;
  if (isIP(v4) === 4) return v4.startsWith('127.');
  return isIP(h) === 6 && /^(0{0,4}:){2,7}0{0,3}1$/.test(h);
}

function flag(raw: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === '0' || raw.toLowerCase() === 'false') return false;
  if (raw === '1' || raw.toLowerCase() === 'true') return true;
  throw new ConfigError(`DOSSIER_REQUIRE_KEYS must be true or false, not "${raw}"`);
}

function publicUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  if (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(raw)) {
    throw new ConfigError(`the public URL must be an http(s) URL without query, not "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}

/** A host name as a Host header may carry it: letters, digits, dots and dashes, or an IP. */
const HOST_NAME = /^(\*|\[[0-9a-f:.]+\]|[0-9a-f:]*:[0-9a-f:.]*|[a-z0-9.-]+)$/i;

function allowedHosts(raw: string | readonly string[] | undefined): string[] {
  if (raw === undefined) return [];
  const names = (typeof raw === 'string' ? raw.split(',') : raw)
    .map((n) => n.trim())
    .filter((n) => n !== '');
  for (const name of names) {
    if (!HOST_NAME.test(name)) {
      throw new ConfigError(`an allowed host must be a host name or address, not "${name}"`);
    }
  }
  return names;
}

/** Flags win over the environment, which wins over the defaults. */
export function serverConfig(flags: ConfigInput = {}, env: NodeJS.ProcessEnv = {}): ServerConfig {
  const d = DEFAULT_SERVER_CONFIG;
  const host = flags.host ?? env.DOSSIER_HOST ?? d.host;
  if (host.trim() === '') throw new ConfigError('the host must not be empty');
  const pick = (value: string | number | undefined, name: string, fallback: number) =>
    value ?? env[name] ?? fallback;
  const rate = pick(flags.rateLimit, 'DOSSIER_RATE_LIMIT', d.rateLimit);
  const requireKeys = flags.requireKeys || flag(env.DOSSIER_REQUIRE_KEYS) || !isLoopback(host);
  const hosts = allowedHosts(flags.allowedHosts ?? env.DOSSIER_ALLOWED_HOSTS);
  // Any name: a page that re-points its own name at an open server could use it (DNS rebinding).
  if (hosts.includes('*') && !requireKeys) {
    throw new ConfigError('--allow-host "*" answers any name, so it needs --require-keys');
  }
  return {
    host,
    port: number('the port', pick(flags.port, 'DOSSIER_PORT', d.port), 0, 65535, true),
    refreshSeconds: number(
      'the refresh interval (seconds)',
      pick(flags.refreshSeconds, 'DOSSIER_REFRESH_SECONDS', d.refreshSeconds),
      0.05,
      86400,
      false,
    ),
    maxBodyBytes: number(
      'the body size limit (bytes)',
      pick(flags.maxBodyBytes, 'DOSSIER_MAX_BODY_BYTES', d.maxBodyBytes),
      1024,
      1024 ** 3,
      true,
    ),
    maxUploadBytes: number(
      'the upload size limit (bytes)',
      pick(flags.maxUploadBytes, 'DOSSIER_MAX_UPLOAD_BYTES', d.maxUploadBytes),
      1024,
      1024 ** 4,
      true,
    ),
    maxQueuedJobsPerKey: number(
      'the jobs one key may have waiting',
      pick(flags.maxQueuedJobsPerKey, 'DOSSIER_MAX_QUEUED_JOBS_PER_KEY', d.maxQueuedJobsPerKey),
      1,
      1e6,
      true,
    ),
    requireKeys,
    rateLimit: number('the rate limit (requests per second)', rate, 0, 1e6, false),
    rateBurst: number(
      'the burst',
      pick(flags.rateBurst, 'DOSSIER_RATE_BURST', d.rateBurst),
      1,
      1e6,
      true,
    ),
    publicUrl: publicUrl(flags.publicUrl ?? env.DOSSIER_PUBLIC_URL),
    allowedHosts: hosts,
  };
}
