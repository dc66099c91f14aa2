/**
 * Values given to a derived entity (an Address, a Sanction) as one object, property by property.
 * The order of the object's properties is the order the values are added in, so that a source
 * moved onto a shared builder keeps its statements in the order it always made them.
 */
import type { EntityDraft } from '../../core/model/index.js';

/** One value of a property, or several; null and undefined add nothing. */
export type FieldValue = string | null | undefined | readonly (string | null | undefined)[];

/** Add each property's value or values, in the order the object lists them. */
export function addFields(draft: EntityDraft, fields: Partial<Record<string, FieldValue>>): void {
  for (const [prop, value] of Object.entries(fields)) {
    if (typeof value === 'string' || value === null || value === undefined) draft.add(prop, value);
    else draft.addAll(prop, value);
  }
}
