/**
 * The Address entity a list entry's address becomes. Every source builds it the same way: its ID
 * derives from the party's ID and the address's full text (so the same address on two entries
 * gives two entities, and the same text twice on one entry gives one), and the party gets the
 * full text as its `address` and the entity's ID as its `addressEntity`.
 */
import { derivedId, EntityDraft } from '../../core/model/index.js';
import { addFields, type FieldValue } from './fields.js';

/** What a source may say of an address besides its full text: one value, or several. */
export type AddressFields = Partial<Record<AddressProp, FieldValue>>;

type AddressProp =
  | 'street'
  | 'street2'
  | 'postOfficeBox'
  | 'city'
  | 'state'
  | 'region'
  | 'postalCode'
  | 'country'
  | 'remarks';

/**
 * The Address entity of `owner` for the address written `full`, with `fields` added in the
 * order given (each source keeps the order of its statements), linked from the owner. A caller
 * adds any value that needs options (a country with its original text) to the returned draft.
 */
export function addressEntity(
  owner: EntityDraft,
  full: string,
  fields: AddressFields = {},
): EntityDraft {
  const address = new EntityDraft('Address', derivedId(owner.id, 'addr', full));
  address.add('full', full);
  addFields(address, fields);
  owner.add('address', full);
  owner.add('addressEntity', address.id);
  return address;
}
