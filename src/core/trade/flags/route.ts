/** Transshipment: goods routed through a jurisdiction the FinCEN/BIS alerts name. */
import { DIVERSION_DESTINATIONS } from '../jurisdictions.js';
import type { Shipment } from '../types.js';
import { isDualUse } from './goods.js';
import type { Flag, FlagContext } from './types.js';

export function transshipmentFlags(shipments: readonly Shipment[], ctx: FlagContext): Flag[] {
  const named = new Map(ctx.transshipment.map((j) => [j.code, j]));
  const flags: Flag[] = [];
  for (const s of shipments) {
    for (const country of new Set(s.transit)) {
      const jurisdiction = named.get(country);
      // A transit through the destination or the origin itself is no detour.
      if (!jurisdiction || country === s.destination || country === s.origin) continue;
      const diverted = s.destination !== null && DIVERSION_DESTINATIONS.has(s.destination);
      const severe = diverted && isDualUse(ctx.chpl, s.hsCode);
      flags.push({
        code: 'transshipment',
        severity: severe ? 'high' : 'medium',
        explanation:
          `the goods passed through ${jurisdiction.name}, named as a transshipment point in ` +
          `${jurisdiction.source}` +
          (diverted ? `, on their way to ${s.destination!.toUpperCase()}` : ''),
        records: [s.id],
        facts: { country, destination: s.destination, source: jurisdiction.source },
      });
    }
  }
  return flags;
}
