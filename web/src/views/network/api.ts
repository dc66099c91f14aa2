/** The network endpoints, through the workbench's one client (same origin, the key as Bearer). */
import { queryString, request } from '../../api/client.js';
import type { NeighboursJson, OwnersJson, PathsJson } from './types.js';

async function getJson<T>(path: string): Promise<T> {
  return (await request(path)).json() as Promise<T>;
}

export function neighbours(
  id: string,
  options: { relations: readonly string[]; limit?: number; at?: string | null },
): Promise<NeighboursJson> {
  const qs = queryString({
    relation: options.relations.join(','),
    limit: options.limit ?? 20,
    at: options.at ?? undefined,
  });
  return getJson(`/network/${encodeURIComponent(id)}/neighbours${qs}`);
}

export function owners(id: string, options: { depth?: number; at?: string | null }) {
  const qs = queryString({ depth: options.depth ?? 4, at: options.at ?? undefined });
  return getJson<OwnersJson>(`/network/${encodeURIComponent(id)}/owners${qs}`);
}

export function paths(from: string, to: string, hops = 4) {
  return getJson<PathsJson>(`/network/paths${queryString({ from, to, hops })}`);
}
