/** The identifier types the matcher understands, and the shape every format implements. */

/** Identifier types with their own normalisation and (where one exists) checksum. */
export type IdentifierType =
  | 'inn'
  | 'ogrn'
  | 'uscc'
  | 'imo'
  | 'lei'
  | 'bic'
  | 'iban'
  | 'isin'
  | 'mmsi'
  | 'passport'
  | 'generic';

/** One identifier format: how to clean a raw value, check it, and compare it. */
export interface IdentifierFormat {
  readonly type: IdentifierType;
  /** A human label for explanations. */
  readonly label: string;
  /** True when `isValid` verifies a check digit rather than only a shape. */
  readonly checksum: boolean;
  /** An equal valid value is decisive on its own (an entity has one such number). */
  readonly decisiveMatch: boolean;
  /**
   * A different valid value counts against the match. False where one entity legitimately holds
   * several values (passports, bank accounts, securities) or the number changes (MMSI on reflagging).
   */
  readonly mismatchCounts: boolean;
  /** Strip separators and prefixes, fold case and scripts; null when nothing usable remains. */
  normalize(raw: string): string | null;
  /** Whether a normalised value has the right shape and check digits. */
  isValid(normalized: string): boolean;
  /** The part two lists are compared on (a BIC's first 8 characters; otherwise the value). */
  key(normalized: string): string;
  /** Which variant a valid value is (INN: legal-entity/individual; IMO: ship/company). */
  variant(normalized: string): string | null;
}
