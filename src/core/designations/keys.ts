/**
 * The strong keys of a listed party: the values that, shared by entries of two lists, say they
 * are the same designation. A UN reference number names one UN listing; an IMO number, LEI,
 * BIC, INN, OGRN or USCC names one ship or company (each has a check digit); a passport or
 * national ID number names one person when the issuing countries agree. Weak identifiers
 * (registration and tax numbers without a country, MMSI, call signs, aircraft serial numbers,
 * bank accounts) are not keys: registers reuse them, and related parties share them.
 */
import { classifyIdentifier, type IdentifierType, normalizeStrict } from '../identifiers/index.js';
import { canonicalUnRef } from './un-refs.js';

export type KeyKind =
  | 'unsc'
  | 'imo'
  | 'lei'
  | 'bic'
  | 'inn'
  | 'ogrn'
  | 'uscc'
  | 'passport'
  | 'national-id';

/** The kinds in the order they are applied: the surest first, so that they win a conflict. */
export const KEY_KINDS: readonly KeyKind[] = [
  'unsc',
  'imo',
  'lei',
  'bic',
  'inn',
  'ogrn',
  'uscc',
  'passport',
  'national-id',
];

/** How each kind reads in evidence. */
export const KEY_LABELS: Readonly<Record<KeyKind, string>> = {
  unsc: 'UN reference number',
  imo: 'IMO number',
  lei: 'LEI',
  bic: 'SWIFT/BIC',
  inn: 'INN',
  ogrn: 'OGRN',
  uscc: 'unified social credit code',
  passport: 'passport number',
  'national-id': 'national ID number',
};

export interface StrongKey {
  kind: KeyKind;
  /** The normalised value two lists agree on. */
  value: string;
  /** The issuing country of a passport or ID, when the list gives it. */
  country: string | null;
  /** The value as the list wrote it. */
  raw: string;
}

/** A key an adjunct entity (a sanction, a passport) gives the party it names. */
export interface HeldKey {
  holder: string;
  key: StrongKey;
}

/** Identifier types whose shared value is a designation's own: checksummed and not shared. */
const OWN_TYPES: ReadonlySet<IdentifierType> = new Set([
  'imo',
  'lei',
  'bic',
  'inn',
  'ogrn',
  'uscc',
]);

/** Passport and ID numbers shorter than this collide between people of different countries. */
const MIN_DOCUMENT_LENGTH = 6;

interface EntityLike {
  schema: string;
  properties: Readonly<Record<string, readonly string[] | undefined>>;
}

/**
 * The properties that declare a key's type. Generic numbers (registrationNumber, taxNumber) are
 * left out even where they pass an INN or OGRN check: without their country they are not sure.
 */
const KEY_PROPS = [
  'imoNumber',
  'leiCode',
  'swiftBic',
  'bic',
  'innCode',
  'ogrnCode',
  'uscCode',
  'passportNumber',
];

/** The keys in an entity's own properties (IMO, LEI, BIC, INN, OGRN, USCC, passport numbers). */
export function ownKeys(entity: EntityLike): StrongKey[] {
  const keys: StrongKey[] = [];
  for (const prop of KEY_PROPS) {
    for (const raw of entity.properties[prop] ?? []) {
      const id = classifyIdentifier(prop, raw);
      if (id) keys.push(...keyOf(id));
    }
  }
  return keys;
}

/** A value that failed its type's check is generic, and no key. */
function keyOf(id: NonNullable<ReturnType<typeof classifyIdentifier>>): StrongKey[] {
  if (OWN_TYPES.has(id.type)) {
    return [{ kind: id.type as KeyKind, value: id.key, country: null, raw: id.raw }];
  }
  if (id.type === 'passport' && id.value.length >= MIN_DOCUMENT_LENGTH) {
    return [{ kind: 'passport', value: id.value, country: null, raw: id.raw }];
  }
  return [];
}

function first(entity: EntityLike, prop: string): string | null {
  return entity.properties[prop]?.[0] ?? null;
}

/**
 * The keys an adjunct entity gives its party: a Sanction's UN reference (`unscId`, the UN
 * list's own and the one the UK list cites), a Passport's or Identification's number with its
 * country. Other schemata give none.
 */
export function adjunctKeys(entity: EntityLike): HeldKey[] {
  const out: HeldKey[] = [];
  if (entity.schema === 'Sanction') {
    const holder = first(entity, 'entity');
    for (const raw of entity.properties.unscId ?? []) {
      const value = canonicalUnRef(raw);
      if (holder && value) out.push({ holder, key: { kind: 'unsc', value, country: null, raw } });
    }
  } else if (entity.schema === 'Passport' || entity.schema === 'Identification') {
    const holder = first(entity, 'holder');
    const country = first(entity, 'country');
    const kind: KeyKind = entity.schema === 'Passport' ? 'passport' : 'national-id';
    for (const raw of entity.properties.number ?? []) {
      const value = normalizeStrict(raw.replace(/^(?:passport|no|nr|number)[\s.:#]+/i, ''));
      if (!holder || !value || value.length < MIN_DOCUMENT_LENGTH || !/\d/.test(value)) continue;
      // An ID number means nothing without the state that issued it.
      if (kind === 'national-id' && !country) continue;
      out.push({ holder, key: { kind, value, country, raw } });
    }
  }
  return out;
}
