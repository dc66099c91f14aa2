/**
 * Flags on what was shipped and how it was paid: goods on the Common High Priority List, and
 * dual-use goods settled in yuan or roubles (the currencies the FinCEN/BIS alerts describe for
 * payments that avoid the dollar and the euro).
 */
import { CHPL_TIERS, type ChplTier, chplMatch, type ChplTable } from '../chpl.js';
import type { Shipment } from '../types.js';
import type { Flag, FlagContext, Severity } from './types.js';

/** Tiers 1 and 2 are the items the list calls most critical. */
const TIER_SEVERITY: Record<ChplTier, Severity> = {
  '1': 'high',
  '2': 'high',
  '3.A': 'medium',
  '3.B': 'medium',
  '4.A': 'medium',
  '4.B': 'medium',
};

/**
 * HS chapters of machinery, electrical equipment, aircraft and instruments: 84 (engines,
 * machines), 85 (electronics), 88 (aircraft, drones and parts), 90 (optics, measuring). The CHPL
 * draws on the same chapters; a code in them is treated as possibly dual-use.
 */
export const DUAL_USE_CHAPTERS: ReadonlySet<string> = new Set(['84', '85', '88', '90']);

export const SETTLEMENT_CURRENCIES: ReadonlySet<string> = new Set(['CNY', 'RUB']);

function what(s: Shipment): string {
  return `${s.goods || 'goods'} (HS ${s.hsCode})`;
}

export function chplFlags(shipments: readonly Shipment[], ctx: FlagContext): Flag[] {
  const flags: Flag[] = [];
  for (const s of shipments) {
    const match = chplMatch(ctx.chpl, s.hsCode);
    if (!match) continue;
    if (match.kind === 'listed') {
      flags.push({
        code: 'chpl_goods',
        severity: TIER_SEVERITY[match.tier],
        explanation:
          `${what(s)} is on the Common High Priority List (${ctx.chpl.published}), tier ` +
          `${match.tier}: ${CHPL_TIERS[match.tier]}`,
        records: [s.id],
        facts: { hs6: match.hs6, tier: match.tier },
      });
    } else {
      const tiers = [...new Set(match.codes.map((c) => c.tier))].join(', ');
      flags.push({
        code: 'chpl_heading',
        severity: 'low',
        explanation:
          `${what(s)} is declared by its heading only; the heading holds ${match.codes.length} ` +
          `code(s) of the Common High Priority List (tiers ${tiers}): ask for the full code`,
        records: [s.id],
        facts: { heading: match.heading, codes: match.codes.map((c) => c.hs6).join(' ') },
      });
    }
  }
  return flags;
}

/** On the CHPL, or in a chapter of machines, electronics, aircraft or instruments. */
export function isDualUse(chpl: ChplTable, hsCode: string | null): boolean {
  if (!hsCode) return false;
  return chplMatch(chpl, hsCode) !== null || DUAL_USE_CHAPTERS.has(hsCode.slice(0, 2));
}

export function settlementFlags(shipments: readonly Shipment[], ctx: FlagContext): Flag[] {
  return shipments
    .filter((s) => s.currency && SETTLEMENT_CURRENCIES.has(s.currency))
    .filter((s) => isDualUse(ctx.chpl, s.hsCode))
    .map((s) => ({
      code: 'dual_use_settlement' as const,
      severity: 'medium' as const,
      explanation:
        `${what(s)} is dual-use (on the CHPL or in HS chapter ${s.hsCode!.slice(0, 2)}) and was ` +
        `settled in ${s.currency}`,
      records: [s.id],
      facts: { currency: s.currency, chapter: s.hsCode!.slice(0, 2) },
    }));
}
