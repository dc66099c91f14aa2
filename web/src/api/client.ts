/**
 * The one way the workbench talks to the API: same origin, the API key (if any) as a Bearer
 * token, and `{detail}` errors turned into ApiError. Views call these functions, never fetch.
 */
import type {
  CatalogAnswer,
  DecisionJson,
  DecisionKind,
  EntityJson,
  HitJson,
  JobJson,
  SearchAnswer,
  SessionAnswer,
} from './types.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Where the key is read from: set by the session once signed in. */
let currentKey: string | null = null;

export function setApiKey(key: string | null): void {
  currentKey = key;
}

export function authHeaders(key: string | null): Record<string, string> {
  return key ? { authorization: `Bearer ${key}` } : {};
}

async function failure(response: Response): Promise<ApiError> {
  let detail = `${response.status} ${response.statusText}`;
  try {
    const body = (await response.json()) as { detail?: unknown };
    if (typeof body.detail === 'string') detail = body.detail;
  } catch {
    // Not JSON: the status line says enough.
  }
  return new ApiError(response.status, detail);
}

export async function request(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = { ...authHeaders(currentKey), ...(init.headers as Record<string, string>) };
  const response = await fetch(path, { ...init, headers, credentials: 'omit' });
  if (!response.ok) throw await failure(response);
  return response;
}

async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  return (await request(path, init)).json() as Promise<T>;
}

/** A query string from a record of values and lists; empty values are left out. */
export function queryString(params: Record<string, string | number | string[] | undefined>) {
  const out = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== '') out.append(name, String(v));
    }
  }
  const s = out.toString();
  return s ? `?${s}` : '';
}

export interface SearchParams {
  q: string;
  dataset?: string;
  schema?: string;
  countries?: string[];
  topics?: string[];
  limit?: number;
  offset?: number;
}

export function search(p: SearchParams, signal?: AbortSignal): Promise<SearchAnswer> {
  const qs = queryString({
    q: p.q,
    schema: p.schema,
    countries: p.countries,
    topics: p.topics,
    limit: p.limit ?? 50,
    offset: p.offset,
    facets: ['datasets', 'schema', 'countries', 'topics'],
  });
  return getJson(`/search/${encodeURIComponent(p.dataset || 'default')}${qs}`, { signal });
}

export const session = (key: string | null) =>
  getJson<SessionAnswer>('/session', { headers: authHeaders(key) });
export const catalog = () => getJson<CatalogAnswer>('/catalog');
export const entity = (id: string) => getJson<EntityJson>(`/entities/${encodeURIComponent(id)}`);

export const jobs = () => getJson<{ jobs: JobJson[] }>('/screen/jobs');
export const job = (id: string) => getJson<JobJson>(`/screen/jobs/${encodeURIComponent(id)}`);

const FILE_TYPES: Record<string, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jsonl: 'application/x-ndjson',
};

/** The portfolio's format from its name: the server reads the kind from the content type. */
export function fileFormat(name: string): string | null {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  return ext in FILE_TYPES ? ext : null;
}

export async function submitJob(file: File, dataset: string): Promise<JobJson> {
  const format = fileFormat(file.name);
  if (!format) throw new ApiError(415, `${file.name}: choose a .csv, .xlsx or .jsonl file`);
  const qs = queryString({ dataset, format });
  return getJson(`/screen/jobs${qs}`, {
    method: 'POST',
    body: file,
    headers: { 'content-type': FILE_TYPES[format]! },
  });
}

export function resultsUrl(id: string, format: 'jsonl' | 'csv'): string {
  const base = `/screen/jobs/${encodeURIComponent(id)}/results`;
  return format === 'csv' ? `${base}?format=csv` : base;
}

export async function hits(id: string): Promise<HitJson[]> {
  const text = await (await request(resultsUrl(id, 'jsonl'))).text();
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as HitJson);
}

export const decisions = (runId: string) =>
  getJson<{ decisions: DecisionJson[] }>(`/decisions${queryString({ run_id: runId })}`);

export interface DecisionInput {
  run_id: string;
  key?: string;
  row?: number;
  entity_id: string;
  decision: DecisionKind;
  reason: string;
}

export const decide = (d: DecisionInput) =>
  getJson<DecisionJson>('/decisions', {
    method: 'POST',
    body: JSON.stringify(d),
    headers: { 'content-type': 'application/json' },
  });

/** A download needs the key too: fetched, then handed to the browser as a blob. */
export async function download(path: string, filename: string): Promise<void> {
  const blob = await (await request(path)).blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
