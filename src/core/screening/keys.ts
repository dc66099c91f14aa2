/**
 * Stable digests: canonical JSON (keys sorted, no spaces) hashed with SHA-256. A party's key and
 * a listed entity's digest are made from content only, so that the same party screened again in
 * another file, or the same list entry in another load, gets the same value.
 */
import { createHash } from 'node:crypto';
import { ANY_SCHEMA, type EntityExample } from '../matching/index.js';

/** JSON with object keys sorted at every level: one text for one value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new Error(`cannot put ${value} in canonical JSON`);
    }
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Case, spacing and Unicode form do not make another party: "ACME  Ltd" is "Acme Ltd". */
function foldValue(value: string): string {
  return value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function sortedProperties(properties: Record<string, string[]>, fold: (v: string) => string) {
  const out: Record<string, string[]> = {};
  for (const [prop, values] of Object.entries(properties)) {
    const set = [...new Set(values.map(fold))].filter((v) => v !== '').sort();
    if (set.length > 0) out[prop] = set;
  }
  return out;
}

/**
 * The key of a screened party: what decisions are attached to. It is made from the cleaned
 * example (schema and values) and the customer's ID when the row has one, so the row's position
 * in a file and the file itself do not count, and two customers with the same name are two
 * parties. A row without an ID gets the key it had before IDs were read, so older decisions hold.
 */
export function partyKey(example: EntityExample, customerId: string | null = null): string {
  const properties = sortedProperties(example.properties, foldValue);
  // Rows that say nothing of their kind were LegalEntity queries before they became Thing (any
  // kind of party): the same party keeps the same key, so decisions taken then still hold.
  const schema = example.schema === ANY_SCHEMA ? 'LegalEntity' : example.schema;
  const content = { schema, properties };
  return sha256(
    canonicalJson(customerId === null ? content : { ...content, customer: customerId }),
  );
}

/**
 * The digest of a listed entity's content (schema and values, not when they were seen): a
 * decision holds while the digest is the same and lapses when the list entry changes.
 */
export function entityDigest(entity: {
  schema: string;
  properties: Record<string, string[]>;
}): string {
  const properties = sortedProperties(entity.properties, (v) => v);
  return sha256(canonicalJson({ schema: entity.schema, properties }));
}
