/**
 * From FollowTheMoney properties to typed identifier values. Specific properties (innCode,
 * imoNumber...) declare their type; generic ones (registrationNumber, taxNumber...) are tried
 * against the checksummed types, because lists file INNs and OGRNs as plain registration numbers.
 */
import { IDENTIFIER_FORMATS } from './registry.js';
import type { IdentifierType } from './types.js';

/** FtM property name → identifier type. Properties not listed are not identifiers for matching. */
export const PROPERTY_TYPES: Readonly<Record<string, IdentifierType>> = {
  innCode: 'inn',
  ogrnCode: 'ogrn',
  uscCode: 'uscc',
  imoNumber: 'imo',
  leiCode: 'lei',
  swiftBic: 'bic',
  bic: 'bic',
  iban: 'iban',
  ibanMentioned: 'iban',
  isinCode: 'isin',
  isin: 'isin',
  mmsi: 'mmsi',
  passportNumber: 'passport',
  registrationNumber: 'generic',
  taxNumber: 'generic',
  idNumber: 'generic',
  vatCode: 'generic',
  okpoCode: 'generic',
  bikCode: 'generic',
  dunsCode: 'generic',
  npiCode: 'generic',
  uniqueEntityId: 'generic',
  cageCode: 'generic',
  permId: 'generic',
  figiCode: 'generic',
  cikCode: 'generic',
  voenCode: 'generic',
  jibCode: 'generic',
  pfrNumber: 'generic',
  socialSecurityNumber: 'generic',
  personalNumber: 'generic',
  wikidataId: 'generic',
};

/** The identifier type a property declares, if it is one the matcher compares. */
export function identifierTypeOf(prop: string): IdentifierType | undefined {
  return Object.hasOwn(PROPERTY_TYPES, prop) ? PROPERTY_TYPES[prop] : undefined;
}

/** One identifier value of an entity, normalised and typed. */
export interface IdentifierValue {
  type: IdentifierType;
  /** The normalised value. */
  value: string;
  /** The compared form (a BIC's first 8 characters; otherwise the value). */
  key: string;
  /** Which variant it is (INN legal-entity/individual, IMO ship/company...), when known. */
  variant: string | null;
  prop: string;
  raw: string;
  /** The type the property declared; differs from `type` for inferred or failed values. */
  declared: IdentifierType;
}

/**
 * Checksummed types tried on generic values, in order. Country-specific ones are only inferred
 * when the entity has no country or the right one: a Turkish 10-digit tax number passes the INN
 * check one time in ten. IMO needs its label, because any 7 digits pass one time in ten.
 */
const INFERABLE: readonly {
  type: IdentifierType;
  countries?: readonly string[];
  label?: RegExp;
}[] = [
  { type: 'ogrn', countries: ['ru', 'suhh'] },
  { type: 'inn', countries: ['ru', 'suhh'] },
  { type: 'uscc', countries: ['cn'] },
  { type: 'lei' },
  { type: 'iban' },
  { type: 'isin' },
  { type: 'imo', label: /\bIMO\b/i },
];

/** Properties that carry an entity's countries, for gating inference. */
const COUNTRY_PROPS = ['country', 'jurisdiction', 'mainCountry', 'nationality', 'citizenship'];

/** Type a generic value: the first inferable type it is valid as, else generic. */
function inferType(raw: string, countries: ReadonlySet<string>): IdentifierType {
  for (const rule of INFERABLE) {
    if (rule.countries && countries.size > 0 && !rule.countries.some((c) => countries.has(c)))
      continue;
    if (rule.label && !rule.label.test(raw)) continue;
    const format = IDENTIFIER_FORMATS[rule.type];
    const value = format.normalize(raw);
    if (value !== null && format.isValid(value)) return rule.type;
  }
  return 'generic';
}

/**
 * Classify one raw value of a property. A value that fails its declared type's check is kept as a
 * generic value, so that a typo both lists copied still counts as (weak) evidence.
 */
export function classifyIdentifier(
  prop: string,
  raw: string,
  countries: ReadonlySet<string> = new Set(),
): IdentifierValue | null {
  const declared = identifierTypeOf(prop);
  if (declared === undefined) return null;
  let type = declared === 'generic' ? inferType(raw, countries) : declared;
  let value = IDENTIFIER_FORMATS[type].normalize(raw);
  if (value === null || !IDENTIFIER_FORMATS[type].isValid(value)) {
    type = 'generic';
    value = IDENTIFIER_FORMATS.generic.normalize(raw);
    if (value === null || !IDENTIFIER_FORMATS.generic.isValid(value)) return null;
  }
  const format = IDENTIFIER_FORMATS[type];
  return {
    type,
    value,
    key: format.key(value),
    variant: format.variant(value),
    prop,
    raw,
    declared,
  };
}

/** FtM properties as entities carry them. */
export type IdentifierProps = Readonly<Record<string, readonly string[] | undefined>>;

/** Every usable identifier value of an entity's properties, deduplicated by type and key. */
export function extractIdentifiers(props: IdentifierProps): IdentifierValue[] {
  const countries = new Set(
    COUNTRY_PROPS.flatMap((p) => props[p] ?? []).map((c) => c.toLowerCase()),
  );
  const seen = new Set<string>();
  const values: IdentifierValue[] = [];
  for (const [prop, raws] of Object.entries(props)) {
    if (identifierTypeOf(prop) === undefined) continue;
    for (const raw of raws ?? []) {
      const value = classifyIdentifier(prop, raw, countries);
      if (value === null || seen.has(`${value.type}:${value.key}`)) continue;
      seen.add(`${value.type}:${value.key}`);
      values.push(value);
    }
  }
  return values;
}
