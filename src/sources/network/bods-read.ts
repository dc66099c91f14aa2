/**
 * Reading BODS 0.4 files (Open Ownership's Beneficial Ownership Data Standard): the statements of
 * a JSON array or of JSON lines, the parties of entity and person records, and share objects.
 */
import { SourceError } from '../io/index.js';
import { type PartyIdentifier, type PartyRef, type Share, UNKNOWN_SHARE } from './types.js';

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const text = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() ? v.trim() : null;

/** BODS entityType.type → FtM schema. */
const ENTITY_SCHEMA: Record<string, string> = {
  registeredEntity: 'Company',
  legalEntity: 'LegalEntity',
  arrangement: 'LegalEntity',
  anonymousEntity: 'LegalEntity',
  unknownEntity: 'LegalEntity',
  state: 'PublicBody',
  stateBody: 'PublicBody',
};

export const OWNERSHIP = new Set(['shareholding', 'votingRights']);
export const CONTROL = new Set([
  'appointmentOfBoard',
  'otherInfluenceOrControl',
  'controlViaCompanyRulesOrArticles',
  'controlByLegalFramework',
  'rightsGrantedByContract',
  'boardMember',
  'boardChair',
  'seniorManagingOfficial',
]);

export interface BodsStatement {
  where: string;
  value: unknown;
}

/** The statements of a BODS file, each with where it was. */
export function bodsStatements(raw: string, file: string): BodsStatement[] {
  const body = raw.replace(/^\uFEFF/, '');
  if (body.trimStart().startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      throw new SourceError(file, null, `invalid JSON: ${(error as Error).message}`);
    }
    return (parsed as unknown[]).map((value, i) => ({ where: `statement ${i + 1}`, value }));
  }
  const out: BodsStatement[] = [];
  body.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      out.push({ where: `line ${i + 1}`, value: JSON.parse(line) });
    } catch (error) {
      throw new SourceError(file, `line ${i + 1}`, `invalid JSON: ${(error as Error).message}`);
    }
  });
  return out;
}

function personName(details: Json): string | null {
  const names = Array.isArray(details.names) ? details.names.filter(isObject) : [];
  const best = names.find((n) => n.type === 'legal' || n.type === 'individual') ?? names[0];
  if (!best) return null;
  const parts = [best.givenName, best.familyName].map(text).filter(Boolean).join(' ');
  return text(best.fullName) ?? (parts || null);
}

/** A record's identifiers with both a scheme code and a value (a scheme name alone links nothing). */
function identifiersOf(details: Json): PartyIdentifier[] {
  const raw = Array.isArray(details.identifiers) ? details.identifiers.filter(isObject) : [];
  return raw.flatMap((i) => {
    const scheme = text(i.scheme);
    const id = text(i.id);
    return scheme && id ? [{ scheme, id }] : [];
  });
}

export function bodsParty(recordId: string, type: string, details: Json): PartyRef {
  const identifiers = identifiersOf(details);
  const ids = identifiers.length ? { identifiers } : {};
  if (type === 'person') {
    return { id: recordId, name: personName(details), schema: 'Person', ...ids };
  }
  const kind = isObject(details.entityType) ? text(details.entityType.type) : null;
  return {
    id: recordId,
    name: text(details.name),
    schema: ENTITY_SCHEMA[kind ?? ''] ?? 'LegalEntity',
    ...ids,
  };
}

const bound = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/** A BODS share object as a share; `{ error }` for a value outside 0-100. */
export function bodsShare(share: unknown): Share | { error: string } {
  if (!isObject(share)) return UNKNOWN_SHARE;
  const values = ['exact', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'];
  for (const key of values) {
    const v = bound(share[key]);
    if (v !== null && (v < 0 || v > 100)) return { error: `share.${key} ${v} is not 0-100` };
  }
  const exact = bound(share.exact);
  if (exact !== null) return { ...UNKNOWN_SHARE, percentage: exact };
  const min = bound(share.minimum) ?? bound(share.exclusiveMinimum);
  const max = bound(share.maximum) ?? bound(share.exclusiveMaximum);
  if (min === null && max === null) return UNKNOWN_SHARE;
  if (min !== null && max !== null && min > max)
    return { error: `share ${min}-${max} runs backwards` };
  return {
    percentage: null,
    low: min ?? 0,
    high: max ?? 100,
    lowExclusive: bound(share.minimum) === null && bound(share.exclusiveMinimum) !== null,
    highExclusive: bound(share.maximum) === null && bound(share.exclusiveMaximum) !== null,
  };
}
