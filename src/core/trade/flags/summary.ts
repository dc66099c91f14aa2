/**
 * The risk of each party and each route (origin → transit → destination), from the flags on their
 * records: a reviewer starts with the party or route that gathers the most serious flags. A
 * flag counts once per party or route however many of its records it rests on.
 */
import type { Shipment } from '../types.js';
import { partiesOf, type Role } from './parties.js';
import type { Flag, FlagCode, Severity } from './types.js';

/** A high flag outweighs a medium one, which outweighs a low one. */
const WEIGHT: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

export interface PartyRisk {
  party: string;
  roles: Role[];
  shipments: number;
  score: number;
  flags: Partial<Record<FlagCode, number>>;
}

export interface RouteRisk {
  /** `cn → kz → ru`; `?` where a country is not known. */
  route: string;
  origin: string | null;
  transit: string[];
  destination: string | null;
  shipments: number;
  /** Declared value per currency. */
  value: Record<string, number>;
  score: number;
  flags: Partial<Record<FlagCode, number>>;
}

export interface RiskSummary {
  parties: PartyRisk[];
  routes: RouteRisk[];
}

export function routeOf(s: Shipment): string {
  return [s.origin ?? '?', ...s.transit, s.destination ?? '?'].join(' → ');
}

function tally(flags: Iterable<Flag>) {
  const counts: Partial<Record<FlagCode, number>> = {};
  let score = 0;
  for (const f of new Set(flags)) {
    counts[f.code] = (counts[f.code] ?? 0) + 1;
    score += WEIGHT[f.severity];
  }
  return { counts, score };
}

function byRecord(flags: readonly Flag[]): Map<string, Flag[]> {
  const map = new Map<string, Flag[]>();
  for (const f of flags) {
    for (const id of f.records) map.set(id, [...(map.get(id) ?? []), f]);
  }
  return map;
}

/** Highest score first, then the most shipments, then by name. */
function ranked<T extends { score: number; shipments: number }>(rows: T[], name: (r: T) => string) {
  return rows.sort(
    (a, b) => b.score - a.score || b.shipments - a.shipments || name(a).localeCompare(name(b)),
  );
}

export function summarise(shipments: readonly Shipment[], flags: readonly Flag[]): RiskSummary {
  const onRecord = byRecord(flags);
  const parties = [...partiesOf(shipments).values()].map((seen) => {
    // A party's own flags, and the flags on the goods and routes of its records.
    const touching = seen.records.flatMap((id) =>
      (onRecord.get(id) ?? []).filter((f) => f.party === undefined || f.party === seen.party.name),
    );
    const { counts, score } = tally(touching);
    return {
      party: seen.party.name,
      roles: [...seen.roles],
      shipments: seen.records.length,
      score,
      flags: counts,
    };
  });
  const routes = new Map<string, { first: Shipment; records: Shipment[] }>();
  for (const s of shipments) {
    const key = routeOf(s);
    const entry = routes.get(key) ?? { first: s, records: [] };
    entry.records.push(s);
    routes.set(key, entry);
  }
  const routeRows = [...routes].map(([route, { first, records }]) => {
    const value: Record<string, number> = {};
    for (const s of records) {
      if (s.value !== null) value[s.currency ?? '?'] = (value[s.currency ?? '?'] ?? 0) + s.value;
    }
    const { counts, score } = tally(records.flatMap((s) => onRecord.get(s.id) ?? []));
    return {
      route,
      origin: first.origin,
      transit: first.transit,
      destination: first.destination,
      shipments: records.length,
      value,
      score,
      flags: counts,
    };
  });
  return { parties: ranked(parties, (p) => p.party), routes: ranked(routeRows, (r) => r.route) };
}
