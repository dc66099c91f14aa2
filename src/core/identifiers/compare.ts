/**
 * Identifier comparison for the matcher: "a valid identifier that matches is decisive; a different
 * value of the same identifier type counts against". Pure: properties in, findings out.
 */
import { extractIdentifiers, type IdentifierProps, type IdentifierValue } from './ftm.js';
import { IDENTIFIER_FORMATS, IDENTIFIER_TYPES, validIdentifier } from './registry.js';
import type { IdentifierType } from './types.js';

/** What one identifier type says about a pair of entities. */
export interface IdentifierComparison {
  type: IdentifierType;
  /** match: a valid value is on both sides; mismatch: both sides have valid values, none shared. */
  outcome: 'match' | 'mismatch';
  /**
   * Whether the outcome should weigh heavily: a match of a type that identifies one entity, or a
   * mismatch of a type an entity has only one of (see IdentifierFormat).
   */
  strong: boolean;
  /** The keys both sides share (empty for a mismatch). */
  shared: string[];
  /** The values of this type on each side, for explanations. */
  query: IdentifierValue[];
  candidate: IdentifierValue[];
}

/**
 * Generic values of one side re-read as `type`, when that makes them equal to a typed value on the
 * other side: a query registrationNumber can match a candidate's innCode even where the country
 * did not allow inferring the type up front.
 */
function crossMatches(
  type: IdentifierType,
  generic: readonly IdentifierValue[],
  keys: ReadonlySet<string>,
): IdentifierValue[] {
  const format = IDENTIFIER_FORMATS[type];
  const found: IdentifierValue[] = [];
  for (const g of generic) {
    const value = validIdentifier(type, g.raw);
    if (value === null || !keys.has(format.key(value))) continue;
    found.push({ ...g, type, value, key: format.key(value), variant: format.variant(value) });
  }
  return found;
}

function compareType(
  type: IdentifierType,
  query: readonly IdentifierValue[],
  candidate: readonly IdentifierValue[],
  consumed: Set<IdentifierValue>,
): IdentifierComparison | null {
  const q = query.filter((v) => v.type === type);
  const c = candidate.filter((v) => v.type === type);
  if (q.length === 0 && c.length === 0) return null;
  const qGeneric = query.filter((v) => v.type === 'generic' && !consumed.has(v));
  const cGeneric = candidate.filter((v) => v.type === 'generic' && !consumed.has(v));
  const qCross =
    type === 'generic' ? [] : crossMatches(type, qGeneric, new Set(c.map((v) => v.key)));
  const cCross =
    type === 'generic' ? [] : crossMatches(type, cGeneric, new Set(q.map((v) => v.key)));
  const qAll = [...q, ...qCross];
  const cAll = [...c, ...cCross];
  const cKeys = new Set(cAll.map((v) => v.key));
  const shared = [...new Set(qAll.map((v) => v.key).filter((k) => cKeys.has(k)))];
  const format = IDENTIFIER_FORMATS[type];
  if (shared.length > 0) {
    for (const v of [...qGeneric, ...cGeneric]) {
      if (qCross.some((x) => x.raw === v.raw) || cCross.some((x) => x.raw === v.raw))
        consumed.add(v);
    }
    return {
      type,
      outcome: 'match',
      strong: format.decisiveMatch,
      shared,
      query: qAll,
      candidate: cAll,
    };
  }
  if (q.length === 0 || c.length === 0) return null;
  return {
    type,
    outcome: 'mismatch',
    strong: format.mismatchCounts,
    shared,
    query: q,
    candidate: c,
  };
}

/**
 * Compare the identifiers of two entities, type by type. Types absent from either side (and
 * types where only one side has values) yield nothing. Generic values compare last, without
 * those already used to match a specific type.
 */
export function compareIdentifiers(
  queryProps: IdentifierProps,
  candidateProps: IdentifierProps,
): IdentifierComparison[] {
  const query = extractIdentifiers(queryProps);
  const candidate = extractIdentifiers(candidateProps);
  const consumed = new Set<IdentifierValue>();
  const results: IdentifierComparison[] = [];
  for (const type of IDENTIFIER_TYPES) {
    if (type === 'generic') continue;
    const result = compareType(type, query, candidate, consumed);
    if (result) results.push(result);
  }
  const generic = compareType(
    'generic',
    query.filter((v) => !consumed.has(v)),
    candidate.filter((v) => !consumed.has(v)),
    consumed,
  );
  if (generic) results.push(generic);
  return results;
}
