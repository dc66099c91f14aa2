/**
 * Countries written with remarks, as the UN and UK lists write them ("Bahrain (citizenship
 * revoked in Jan. 2015)"): cleaned without the remark, the full text kept as the original.
 */
import type { EntityDraft } from '../../core/model/index.js';
import { cleanCountry } from '../../core/normalise/index.js';
import { addIf } from './props.js';

/**
 * The text to clean as a country: itself when it names one, else without its parenthesised
 * remarks ("Bahrain (citizenship revoked in Jan. 2015)" → "Bahrain"). The full text is tried
 * first because some names carry their qualifier ("Congo (Democratic Republic of the)").
 */
export function countryText(text: string): string {
  if (cleanCountry(text) !== null) return text;
  const stripped = text.replace(/\([^)]*\)/g, ' ').trim();
  return stripped === '' ? text : stripped;
}

/**
 * Add a country written with or without a remark, keeping the text as written as the original;
 * nothing when the text is blank or the draft's schema lacks the property.
 */
export function addCountry(draft: EntityDraft, prop: string, text: string | null): void {
  if (text) addIf(draft, prop, countryText(text), { original: text });
}
