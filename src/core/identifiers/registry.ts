/** Every identifier format by type, with convenience functions that dispatch on the type. */
import { bicFormat, isinFormat, leiFormat } from './finance.js';
import { ibanFormat } from './iban.js';
import { imoFormat } from './imo.js';
import { innFormat, ogrnFormat } from './russia.js';
import { genericFormat, mmsiFormat, passportFormat } from './simple.js';
import type { IdentifierFormat, IdentifierType } from './types.js';
import { usccFormat } from './uscc.js';

export const IDENTIFIER_FORMATS: Readonly<Record<IdentifierType, IdentifierFormat>> = {
  inn: innFormat,
  ogrn: ogrnFormat,
  uscc: usccFormat,
  imo: imoFormat,
  lei: leiFormat,
  bic: bicFormat,
  iban: ibanFormat,
  isin: isinFormat,
  mmsi: mmsiFormat,
  passport: passportFormat,
  generic: genericFormat,
};

export const IDENTIFIER_TYPES = Object.keys(IDENTIFIER_FORMATS) as IdentifierType[];

/** Normalise a raw value as the given type (null when nothing usable remains). */
export function normalizeIdentifier(type: IdentifierType, raw: string): string | null {
  return IDENTIFIER_FORMATS[type].normalize(raw);
}

/** Normalise and validate in one step: the normalised value, or null when it is not valid. */
export function validIdentifier(type: IdentifierType, raw: string): string | null {
  const format = IDENTIFIER_FORMATS[type];
  const value = format.normalize(raw);
  return value !== null && format.isValid(value) ? value : null;
}
