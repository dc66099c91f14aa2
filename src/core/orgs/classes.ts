/**
 * Comparable classes of legal forms. Lists translate forms loosely (ООО as LLC or Ltd, АО as JSC
 * or OJSC), so the matcher compares classes, never the forms themselves, and a form never makes
 * or blocks a match on its own.
 */

export const LEGAL_FORM_CLASSES = [
  /** Private limited company: ООО, GmbH, Ltd, SARL, B.V., s.r.o., Sp. z o.o. */
  'llc',
  /** Joint-stock (share) company: АО, ПАО, AG, S.A., N.V., S.p.A., A.Ş. */
  'jsc',
  /** Common-law public limited company and listed forms: PLC, Berhad, Tbk. */
  'plc',
  /** Generic incorporated company: Inc, Corp, Co, Company, 公司. */
  'corporation',
  /** Partnerships: LP, LLP, KG, OHG, SNC, GbR. */
  'partnership',
  /** State-owned, unitary and municipal enterprises and state institutions: ФГУП, ДП. */
  'soe',
  'cooperative',
  /** Foundations, associations and other non-profits: e.V., Stiftung, АНО, NGO. */
  'ngo',
  /** Individual entrepreneurs: ИП, ФОП, e.K. */
  'sole-trader',
  /** Branches and representative offices: филиал, succursale, 分公司. */
  'branch',
  /** Groups, holdings and associations of enterprises: Group, Holding, НПО, 集团. */
  'group',
  /** Joint ventures and consortia: СП, JV, GIE. */
  'jv',
] as const;

export type LegalFormClass = (typeof LEGAL_FORM_CLASSES)[number];

export function isLegalFormClass(value: string): value is LegalFormClass {
  return (LEGAL_FORM_CLASSES as readonly string[]).includes(value);
}
