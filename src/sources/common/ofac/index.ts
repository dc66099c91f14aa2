/**
 * What OFAC's two XML formats (SDN.XML and the advanced XML) share: what a labelled value means,
 * how one entry becomes its party, Sanction and derived entities, how names link entries, and
 * how OFAC's uncertain dates read. The legacy CSV source uses the authority's name only.
 */
export { OFAC_AUTHORITY } from './authority.js';
export { dateTextValues, spanValues } from './dates.js';
export { type AddressParts, EntryDrafts, type LabelledValue } from './entry.js';
export { isRussianCode, type LabelRule, type LinkKind, labelKey, ruleFor } from './labels.js';
export { LinkBook, type PendingLink } from './name-links.js';
