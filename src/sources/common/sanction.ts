/**
 * The Sanction entity that says who listed a party, under which programme and when. Every source
 * builds it the same way: its ID derives from the party's ID (and, where a party is listed by
 * several orders, from what tells the orders apart), and it names the party as its `entity`.
 */
import { derivedId, EntityDraft } from '../../core/model/index.js';
import { addFields, type FieldValue } from './fields.js';

/** What a source says of a sanction when it makes it: one value, or several. */
export type SanctionFields = Partial<Record<SanctionProp, FieldValue>>;

type SanctionProp =
  | 'authority'
  | 'country'
  | 'authorityId'
  | 'unscId'
  | 'program'
  | 'programId'
  | 'listingDate'
  | 'startDate'
  | 'endDate'
  | 'modifiedAt'
  | 'provisions'
  | 'reason'
  | 'sourceUrl';

/**
 * The Sanction of the party `entityId`, with `fields` added in the order given. `orderKey` tells
 * apart the sanctions of a party listed several times (by two denial orders, say); a source that
 * gives one sanction per party leaves it out. Values that need options, or that a source adds
 * while reading the entry further, are added to the returned draft by the caller.
 */
export function sanctionEntity(
  entityId: string,
  fields: SanctionFields = {},
  ...orderKey: string[]
): EntityDraft {
  const sanction = new EntityDraft('Sanction', derivedId(entityId, 'sanction', ...orderKey));
  sanction.add('entity', entityId);
  addFields(sanction, fields);
  return sanction;
}
