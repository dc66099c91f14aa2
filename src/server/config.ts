/**
 * The server's settings: defaults in one place, then `DOSSIER_*` environment variables, then
 * command-line flags, all validated at start-up so that a bad value stops `serve` at once.
 */

export interface ServerConfig {
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** How often to look for datasets ingested by another process. */
  refreshSeconds: number;
  /** Larger request bodies are refused with 413 before they are parsed. */
  maxBodyBytes: number;
}

/** Loopback by default: the API has no authentication, so exposing it must be a choice. */
export const DEFAULT_SERVER_CONFIG: Readonly<ServerConfig> = {
  host: '127.0.0.1',
  port: 8000,
  refreshSeconds: 5,
  maxBodyBytes: 1024 * 1024,
};

/** A setting the user got wrong; the CLI reports it as a usage error (exit code 2). */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly exitCode = 2;
}

export interface ConfigInput {
  host?: string;
  port?: string | number;
  refreshSeconds?: string | number;
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

/** Flags win over the environment, which wins over the defaults. */
export function serverConfig(flags: ConfigInput = {}, env: NodeJS.ProcessEnv = {}): ServerConfig {
  const host = flags.host ?? env.DOSSIER_HOST ?? DEFAULT_SERVER_CONFIG.host;
  if (host.trim() === '') throw new ConfigError('the host must not be empty');
  const port = flags.port ?? env.DOSSIER_PORT ?? DEFAULT_SERVER_CONFIG.port;
  const refresh =
    flags.refreshSeconds ?? env.DOSSIER_REFRESH_SECONDS ?? DEFAULT_SERVER_CONFIG.refreshSeconds;
  return {
    host,
    port: number('the port', port, 0, 65535, true),
    refreshSeconds: number('the refresh interval (seconds)', refresh, 0.05, 86400, false),
    maxBodyBytes: DEFAULT_SERVER_CONFIG.maxBodyBytes,
  };
}
