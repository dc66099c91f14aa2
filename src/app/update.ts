/**
 * `dossier update`: download the current lists from their publishers, then ingest each as a new
 * version. A list whose download or load fails is reported and leaves its dataset as it was; the
 * other lists still update. A failed download names its URL and the cause (ENOTFOUND,
 * ECONNREFUSED...), so that an offline machine or a blocked host is told apart from a bad file.
 */
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Store } from '../store/index.js';
import { type IngestRequest, type IngestSummary, ingest } from './ingest.js';
import type { PublishedList } from './publishers.js';

export interface UpdateResult {
  dataset: string;
  summary?: IngestSummary;
  error?: string;
  /** Set when the list could not be downloaded: the URL that failed... */
  failedUrl?: string;
  /** ...and, when the network failed (not the publisher), the system's code: ENOTFOUND... */
  networkCode?: string;
}

/** What the system's network error codes mean, said for someone who did not write the code. */
const NETWORK_CAUSES: Record<string, string> = {
  ENOTFOUND: 'the host name could not be resolved: no network, or no DNS?',
  EAI_AGAIN: 'the host name could not be resolved for now: no network, or no DNS?',
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  ETIMEDOUT: 'the connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  ENETUNREACH: 'the network is unreachable',
  EHOSTUNREACH: 'the host is unreachable',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the certificate could not be verified (a proxy?)',
  SELF_SIGNED_CERT_IN_CHAIN: 'the certificate could not be verified (a proxy?)',
};

/** A download that failed, with the URL and the cause. */
export class DownloadError extends Error {
  override readonly name = 'DownloadError';
  constructor(
    readonly url: string,
    message: string,
    readonly networkCode: string | null,
  ) {
    super(`${url}: ${message}`);
  }
}

/**
 * The code under Node's "fetch failed": undici puts the system error in `cause`, or an
 * AggregateError of one per address it tried (IPv6 and IPv4).
 */
function causeCode(error: unknown): { code: string | null; message: string } {
  const cause = (error as { cause?: unknown }).cause;
  const first = (cause as { errors?: unknown[] } | undefined)?.errors?.[0] ?? cause;
  const code = (cause as { code?: unknown })?.code ?? (first as { code?: unknown })?.code;
  const message = (first as Error | undefined)?.message ?? (error as Error).message;
  return { code: typeof code === 'string' ? code : null, message };
}

function downloadError(url: string, error: unknown, timeoutMs: number): DownloadError {
  if ((error as Error).name === 'TimeoutError') {
    return new DownloadError(url, `no answer within ${timeoutMs / 1000} s`, 'ETIMEDOUT');
  }
  const { code, message } = causeCode(error);
  if (code === null) return new DownloadError(url, message, null);
  const meaning = NETWORK_CAUSES[code] ?? message;
  return new DownloadError(url, `${code} (${meaning})`, code);
}

async function download(
  fetcher: typeof fetch,
  url: string,
  path: string,
  timeoutMs: number,
): Promise<void> {
  let response: Response;
  try {
    response = await fetcher(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw downloadError(url, error, timeoutMs);
  }
  if (!response.ok || !response.body) {
    throw new DownloadError(url, `HTTP ${response.status} ${response.statusText}`, null);
  }
  await pipeline(Readable.fromWeb(response.body as never), createWriteStream(path));
}

export interface UpdateOptions {
  keepDir?: string;
  timeoutMs?: number;
  onList?: (dataset: string) => void;
  /** How to download (tests give one that fails, rather than touch the network). */
  fetch?: typeof fetch;
  /** The checks' settings for every list's load (the share of targets it may lose). */
  ingest?: Pick<IngestRequest, 'maxShrink' | 'allowShrink'>;
}

export async function update(
  store: Store,
  lists: readonly PublishedList[],
  options: UpdateOptions = {},
): Promise<UpdateResult[]> {
  const dir = options.keepDir ?? mkdtempSync(join(tmpdir(), 'dossier-update-'));
  const fetcher = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const results: UpdateResult[] = [];
  try {
    for (const list of lists) {
      options.onList?.(list.dataset);
      const listDir = join(dir, list.dataset);
      mkdirSync(listDir, { recursive: true });
      try {
        const files: string[] = [];
        for (const file of list.files) {
          const path = join(listDir, file.saveAs);
          await download(fetcher, file.url, path, timeoutMs);
          files.push(path);
        }
        const summary = await ingest(store, {
          ...options.ingest,
          files,
          dataset: list.dataset,
          format: list.format,
        });
        results.push({ dataset: list.dataset, summary });
      } catch (error) {
        const failed: UpdateResult = { dataset: list.dataset, error: (error as Error).message };
        if (error instanceof DownloadError) {
          failed.failedUrl = error.url;
          if (error.networkCode) failed.networkCode = error.networkCode;
        }
        results.push(failed);
      }
    }
  } finally {
    if (!options.keepDir) rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
