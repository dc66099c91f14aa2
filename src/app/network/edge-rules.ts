/**
 * Which stored edges the exposure rules count, and which parties are listed: the bridge between the
 * store's loose edge properties and the masks the pure rules read.
 */
import type { FtmEntity } from '../../core/model/entity.js';
import type { GraphEdge } from '../../store/graph/index.js';

/**
 * Interest types that confer control without being a holding: BODS 0.4's interest codes (written
 * here folded: lower case, no separators) and the words loaders may use.
 */
const CONTROL_INTERESTS = new Set([
  'appointmentofboard',
  'otherinfluenceorcontrol',
  'controlviacompanyrulesorarticles',
  'controlbylegalframework',
  'control',
]);
/** BODS 0.4 interests that are holdings: shares and votes. */
const HOLDING_INTERESTS = new Set(['shareholding', 'votingrights']);
/** Edge properties that may name interest types, as loaders write them. */
const INTEREST_KEYS = ['interestType', 'interestTypes', 'interest', 'interests', 'ownershipType'];
/** Edge properties naming a joint holding or an arrangement: equal values are one group. */
const JOINT_KEYS = ['jointly', 'arrangement'];

const fold = (value: string) => value.toLowerCase().replace(/[^a-z]/g, '');

function interests(edge: GraphEdge): string[] {
  return INTEREST_KEYS.flatMap((key) => edge.properties[key] ?? []).map(fold);
}

/** An ownership edge is a holding unless it names only interests that are not shares or votes. */
export function isHolding(edge: GraphEdge): boolean {
  if (edge.type !== 'ownership') return false;
  const named = interests(edge);
  return named.length === 0 || named.some((i) => HOLDING_INTERESTS.has(i));
}

/** Directorships, and ownership edges that name a control interest (the right to appoint the board). */
export function isControl(edge: GraphEdge): boolean {
  if (edge.type === 'directorship') return true;
  return edge.type === 'ownership' && interests(edge).some((i) => CONTROL_INTERESTS.has(i));
}

export function jointKey(edge: GraphEdge): string | null {
  for (const key of JOINT_KEYS) {
    const value = edge.properties[key]?.[0];
    if (value) return `${key}:${value}`;
  }
  return null;
}

/** An edge that ended before today counts no more; a partial end date (`2024`) runs to its end. */
export function inForce(edge: GraphEdge, today: string): boolean {
  const end = edge.endDate;
  return !end || end >= today.slice(0, end.length);
}

/** A sanctioned party: a list entity with the topic `sanction`. */
export function isListed(entity: FtmEntity | null): boolean {
  return entity?.properties.topics?.includes('sanction') ?? false;
}
