/**
 * What several list sources share: the derived entities every source builds the same way
 * (Address, Sanction, identity documents, links), text helpers for the UN and UK lists (languages, countries with remarks,
 * document numbers in sentences, UN references), and links resolved once a file is read.
 * What only the OFAC sources share is in `ofac/`.
 */
export { type AddressFields, addressEntity } from './address.js';
export { addCountry, countryText } from './countries.js';
export { type DocumentSchema, documentId, identityDocument } from './documents.js';
export { addFields, type FieldValue } from './fields.js';
export { extractIdNumber } from './id-numbers.js';
export { guessLang, languageCode, splitLanguageLabel } from './languages.js';
export { LinkResolver } from './link-resolver.js';
export { unknownLink } from './links.js';
export { addIf, hasProp } from './props.js';
export { type SanctionFields, sanctionEntity } from './sanction.js';
export { mentionedRefs, ownUnRef, type RefMention } from './un-refs.js';
export {
  calendarDay,
  dayOfIso,
  dayOfSlashed,
  headElementText,
  tagAttribute,
} from './published.js';
