/**
 * FollowTheMoney's relation schemata as graph relations: the interval schemata that join two
 * parties (Ownership, Directorship, Employment, Membership, Representation, Family, Associate,
 * UnknownLink) and Payment. Which property is the source and which the target is FtM's own edge
 * definition (Ownership: owner → asset; Directorship: director → organization...), so the edge
 * points as FtM draws it. A vessel's or aircraft's `owner` is an ownership of unknown share.
 */
import { getSchema, schemaNamed } from '../../core/model/index.js';
import { isShare, parseShare, shareProperties } from './share.js';
import { type ParsedRelation, type RelationType, UNKNOWN_SHARE } from './types.js';

/** FtM schema → the graph's relation type. */
export const FTM_RELATIONS: Readonly<Record<string, RelationType>> = {
  Ownership: 'ownership',
  Directorship: 'directorship',
  Employment: 'employment',
  Membership: 'membership',
  Representation: 'representation',
  Family: 'family',
  Associate: 'associate',
  UnknownLink: 'linked',
  Payment: 'payment',
};

/** Values kept on the edge as they are; the ends, dates, share and amount have fields of their own. */
const FIELDS = new Set(['percentage', 'startDate', 'endDate', 'date', 'amount', 'currency']);

export interface FtmLike {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

export type FtmRelationResult =
  | { relation: ParsedRelation; warning: string | null }
  | { problem: string }
  | null;

const first = (entity: FtmLike, prop: string) => entity.properties[prop]?.[0] ?? null;

/**
 * The relation an FtM entity states, null when it states none (a party, a sanction), or the
 * problem that keeps it out (an end missing). A share FtM holds as text that reads as no
 * percentage is kept as text and the share left unknown, with a warning.
 */
export function ftmRelation(entity: FtmLike, where: string): FtmRelationResult {
  const type = FTM_RELATIONS[entity.schema];
  if (!type) return null;
  const edge = getSchema(entity.schema).edge;
  if (!edge) return null;
  const source = first(entity, edge.source);
  const target = first(entity, edge.target);
  if (!source || !target) {
    return {
      problem: `${entity.schema} ${entity.id} has no ${source ? edge.target : edge.source}`,
    };
  }
  let share = UNKNOWN_SHARE;
  let warning: string | null = null;
  const properties: Record<string, string[]> = {};
  const percentage = first(entity, 'percentage');
  if (percentage) {
    const parsed = parseShare(percentage);
    if (isShare(parsed)) {
      share = parsed;
      Object.assign(properties, shareProperties(parsed));
      if (parsed.percentage === null) properties.percentText = [percentage];
    } else {
      warning = `${where}: ${entity.schema} ${entity.id}: ${parsed.error}; the share is unknown`;
      properties.percentText = [percentage];
    }
  }
  for (const [prop, values] of Object.entries(entity.properties)) {
    if (prop !== edge.source && prop !== edge.target && !FIELDS.has(prop) && values.length) {
      properties[prop] = values;
    }
  }
  const amount = Number(first(entity, 'amount'));
  const relation: ParsedRelation = {
    where,
    key: entity.id,
    type,
    source: { id: source, name: null, schema: null },
    target: { id: target, name: null, schema: null },
    share,
    startDate: first(entity, 'startDate') ?? first(entity, 'date'),
    endDate: first(entity, 'endDate'),
    amount: first(entity, 'amount') !== null && Number.isFinite(amount) ? amount : null,
    currency: first(entity, 'currency'),
    // FtM entities carry no statement id of their own here: the relation's entity id stands in.
    statementId: entity.id,
    properties,
  };
  return { relation, warning };
}

/** Vessels' and aircraft's owners (OFAC's "Vessel Owner") as ownership of unknown share. */
export function ftmAssetOwners(entity: FtmLike, where: string): ParsedRelation[] {
  const schema = schemaNamed(entity.schema);
  if (!schema?.isA('Vehicle')) return [];
  return (entity.properties.owner ?? []).map((owner) => ({
    where,
    key: `${entity.id}.owner.${owner}`,
    type: 'ownership' as const,
    source: { id: owner, name: null, schema: null },
    target: { id: entity.id, name: null, schema: null },
    share: UNKNOWN_SHARE,
    startDate: null,
    endDate: null,
    amount: null,
    currency: null,
    statementId: entity.id,
    properties: { via: ['owner'] },
  }));
}
