/**
 * BODS identifier schemes and the identifier types of the lists they correspond to, kept as data.
 * BODS 0.4 says an entity's `identifiers[].scheme` is drawn from the org-id.guide codelist, and a
 * person's is `{ISO 3166 alpha-3}-{PASSPORT|TAXID|IDCARD}` (openownership/data-standard,
 * docs/schema/guidance/identifiers.rst). The org-id.guide codes below are the registers whose
 * numbers the sanctions lists carry: GB-COH (Companies House, the guidance's own example), XI-LEI
 * (GLEIF's LEI, org-id.guide's code for it), RU-INN and RU-OGRN (the Russian tax and state
 * registration numbers) and CN-USCC (China's unified social credit code). `LEI` alone is accepted
 * too, as files write it. A scheme not listed here links nothing: an identifier is only compared
 * with values of the same type.
 */

/** `type` is a type of core/identifiers, or `register` for a plain registration number. */
export interface SchemeRule {
  type: 'inn' | 'ogrn' | 'uscc' | 'lei' | 'register';
  /** For a register number, the country whose register it is (FtM code): compared only there. */
  country?: string;
}

const ENTITY_SCHEMES: Record<string, SchemeRule> = {
  'GB-COH': { type: 'register', country: 'gb' },
  'RU-INN': { type: 'inn' },
  'RU-OGRN': { type: 'ogrn' },
  'CN-USCC': { type: 'uscc' },
  'XI-LEI': { type: 'lei' },
  LEI: { type: 'lei' },
};

/** Persons: a Russian taxpayer number is an INN (12 digits for an individual). */
const PERSON_SCHEMES: Record<string, SchemeRule> = {
  'RUS-TAXID': { type: 'inn' },
};

/** The rule for a scheme code (case and spacing folded), or null when it links nothing. */
export function schemeRule(scheme: string): SchemeRule | null {
  const code = scheme.trim().toUpperCase();
  return ENTITY_SCHEMES[code] ?? PERSON_SCHEMES[code] ?? null;
}
