/**
 * An entity as a loader builds it: schema, stable ID and cleaned values, each with its source text.
 * The store turns drafts into statements by adding the dataset and the time seen.
 */
import type { Schema } from '@opensanctions/followthemoney';
import { type CleanOptions, cleanValue } from '../normalise/index.js';
import { getProperty, getSchema, isTargetSchema, schemaHasProperty } from './ftm.js';
import { BASE_PROP, type Statement } from './statement.js';

export interface DraftValue {
  prop: string;
  value: string;
  lang: string | null;
  /** The text as the source wrote it, when cleaning changed it. */
  original: string | null;
}

export interface AddOptions extends Omit<CleanOptions, 'prop'> {
  lang?: string | null;
  /** The source text to record when it differs from `raw` (a whole remark, say). */
  original?: string;
}

/** A value that cleaning rejected: kept so the loader can report it instead of losing it silently. */
export interface Rejected {
  entityId: string;
  prop: string;
  raw: string;
}

export class EntityDraft {
  readonly schema: Schema;
  readonly values: DraftValue[] = [];
  readonly rejected: Rejected[] = [];
  private readonly seen = new Set<string>();

  /**
   * @param target true for a designated party (a list entry), false for the addresses,
   * sanctions and links derived from it.
   */
  constructor(
    schema: string | Schema,
    readonly id: string,
    public target = false,
  ) {
    this.schema = typeof schema === 'string' ? getSchema(schema) : schema;
    if (this.schema.abstract) throw new Error(`schema ${this.schema.name} is abstract`);
    if (id.trim() === '') throw new Error(`empty entity ID for a ${this.schema.name}`);
  }

  /**
   * Clean `raw` for the property's type and add it. Returns false (and records the rejection)
   * when the text is not a valid value of that type; blank text is ignored.
   */
  add(prop: string, raw: string | null | undefined, options: AddOptions = {}): boolean {
    if (raw === null || raw === undefined || raw.trim() === '') return false;
    const property = getProperty(this.schema, prop);
    const value = cleanValue(property.type.name, raw, { ...options, prop });
    if (value === null) {
      this.rejected.push({ entityId: this.id, prop, raw });
      return false;
    }
    const lang = options.lang ?? null;
    const key = `${prop}\u0000${value}\u0000${lang ?? ''}`;
    if (this.seen.has(key)) return true;
    this.seen.add(key);
    const source = options.original ?? raw;
    this.values.push({ prop, value, lang, original: source === value ? null : source });
    return true;
  }

  /** Add each of several raw values. */
  addAll(prop: string, raws: Iterable<string | null | undefined>, options: AddOptions = {}) {
    for (const raw of raws) this.add(prop, raw, options);
  }

  /** Whether this entity's schema has the property, so that `add` would not throw. */
  accepts(prop: string): boolean {
    return schemaHasProperty(this.schema, prop);
  }

  has(prop: string): boolean {
    return this.values.some((v) => v.prop === prop);
  }

  get(prop: string): string[] {
    return this.values.filter((v) => v.prop === prop).map((v) => v.value);
  }

  /** Whether this draft should be counted as a designated party. */
  get isTarget(): boolean {
    return this.target && isTargetSchema(this.schema);
  }

  /** The statements of this entity for a dataset: the base statement first, then each value. */
  toStatements(dataset: string, seen: string | null = null): Statement[] {
    const base: Statement = {
      entityId: this.id,
      schema: this.schema.name,
      prop: BASE_PROP,
      value: this.id,
      dataset,
      lang: null,
      originalValue: null,
      firstSeen: seen,
      lastSeen: seen,
    };
    return [
      base,
      ...this.values.map((v) => ({
        entityId: this.id,
        schema: this.schema.name,
        prop: v.prop,
        value: v.value,
        dataset,
        lang: v.lang,
        originalValue: v.original,
        firstSeen: seen,
        lastSeen: seen,
      })),
    ];
  }
}

/** A derived entity's ID: the parent's ID, a kind, and a short digest of what identifies it. */
export function derivedId(parentId: string, kind: string, ...parts: string[]): string {
  if (parts.length === 0) return `${parentId}-${kind}`;
  return `${parentId}-${kind}-${shortHash(parts.join('\u0000'))}`;
}

/** A 10-hex-digit FNV-1a digest: stable across runs and platforms, enough to keep siblings apart. */
export function shortHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return (h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).slice(0, 10);
}
