/**
 * Organisation names: legal forms and generic words.
 *
 * `extractLegalForms` splits a name into its legal forms (over 300 forms in some 40 languages and
 * legal systems, native script and transliterations) and the rest; each form maps to a comparable
 * class, so that a legal form neither makes nor blocks a match. `canonicalGenericName` maps the
 * generic words lists translate inconsistently (zavod / plant / factory / завод / 工厂) to one
 * canonical token. Both fold the name first: lower case, decorative diacritics removed.
 *
 * @example
 * ```ts
 * import { canonicalGenericName, extractLegalForms } from '../orgs/index.js';
 *
 * extractLegalForms('JOINT STOCK COMPANY IZHEVSK ELECTROMECHANICAL PLANT KUPOL');
 * // { name: 'izhevsk electromechanical plant kupol',
 * //   forms: [{ text: 'joint stock company', class: 'jsc', display: 'JSC', lang: 'en' }] }
 * extractLegalForms('ООО «Ромашка»'); // { name: 'ромашка', forms: [{ class: 'llc', ... }] }
 * canonicalGenericName('Izhevskiy Elektromekhanicheskiy Zavod');
 * // 'izhevskiy electromechanical plant'
 * ```
 *
 * @packageDocumentation
 */

export { isLegalFormClass, LEGAL_FORM_CLASSES, type LegalFormClass } from './classes.js';
export type { LegalFormEntry } from './entries.js';
export { foldOrgText } from './fold.js';
export { LEGAL_FORMS } from './forms.js';
export {
  type CanonicalToken,
  canonicalGenericName,
  canonicalGenericToken,
  canonicalGenericTokens,
  genericWordStats,
} from './generic.js';
export { hanOrgReadings } from './han-names.js';
export {
  extractLegalForms,
  type LegalForm,
  type LegalFormExtraction,
  legalFormStats,
  normaliseOrgName,
} from './legal-forms.js';
export { type ReducedName, reducedOrgNames } from './reduce.js';
