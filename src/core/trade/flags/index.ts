/**
 * Red flags on shipment records and the risk summary per party and per route. Every rule is a pure
 * function of the records and the facts looked up beforehand (see ./types.ts).
 *
 * @example
 * ```ts
 * const flags = evaluateFlags(shipments, context);
 * const { parties, routes } = summarise(shipments, flags);
 * ```
 */
import type { Shipment } from '../types.js';
import { chplFlags, settlementFlags } from './goods.js';
import { listedPartyFlags, newConsigneeFlags, sharedContactFlags } from './parties.js';
import { transshipmentFlags } from './route.js';
import type { Flag, FlagContext } from './types.js';

export { DUAL_USE_CHAPTERS, isDualUse, SETTLEMENT_CURRENCIES } from './goods.js';
export { addressKey, partyKey, phoneKey } from './keys.js';
export { INVASION_DAY, partiesOf, type PartyAppearance, type Role } from './parties.js';
export { type PartyRisk, type RiskSummary, type RouteRisk, routeOf, summarise } from './summary.js';
export * from './types.js';

const RULES = [
  chplFlags,
  settlementFlags,
  transshipmentFlags,
  listedPartyFlags,
  newConsigneeFlags,
  sharedContactFlags,
];

/** Every rule's flags, in rule order. */
export function evaluateFlags(shipments: readonly Shipment[], ctx: FlagContext): Flag[] {
  return RULES.flatMap((rule) => rule(shipments, ctx));
}

export {
  chplFlags,
  listedPartyFlags,
  newConsigneeFlags,
  settlementFlags,
  sharedContactFlags,
  transshipmentFlags,
};
