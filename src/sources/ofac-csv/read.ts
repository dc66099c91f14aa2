/**
 * Reading OFAC's legacy delimited files (sdn.csv and its companions, or the cons_*.csv set of the
 * consolidated non-SDN lists) into typed records. The files have no header row, CRLF line
 * endings, a trailing 0x1A byte, and write `-0-` (often followed by a space) for an empty field.
 */
import { readCsv, SourceError } from '../io/index.js';
import type { FileKind } from './files.js';

/** The number of fields each kind of file has on every line. */
export const FIELD_COUNT: Record<FileKind, number> = {
  primary: 12,
  address: 6,
  alias: 5,
  comment: 2,
};

const KIND_LABEL: Record<FileKind, string> = {
  primary: 'an SDN/primary record',
  address: 'an address record',
  alias: 'an alternate-name record',
  comment: 'a remarks-continuation record',
};

export type EntryType = 'individual' | 'vessel' | 'aircraft';

/** One line of sdn.csv or cons_prim.csv: a listed party. */
export interface PrimaryRecord {
  line: number;
  /** ent_num: OFAC's unique number for the entry, shared by the companion files. */
  entNum: string;
  /** SDN_Name: the primary name; individuals are written "SURNAME, Given Names". */
  name: string;
  /** SDN_Type: null (`-0-`) for entities (companies, organisations, groups). */
  type: EntryType | null;
  /** Program: the sanctions program codes, written "SDGT] [IRGC" in the file. */
  programs: string[];
  /** Title: an individual's position or rank. */
  title: string | null;
  /** Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner: vessels only. */
  callSign: string | null;
  vesselType: string | null;
  tonnage: string | null;
  grossTonnage: string | null;
  vesselFlag: string | null;
  vesselOwner: string | null;
  /**
   * Remarks, untrimmed: OFAC cuts this field at 1,000 characters and continues it in the
   * comments file, sometimes in the middle of a word or right before a space.
   */
  remarks: string | null;
}

/** One line of add.csv or cons_add.csv. */
export interface AddressRecord {
  entNum: string;
  /** add_num: the address's own number. */
  addNum: string;
  /** Address: street and building, sometimes a "c/o" or P.O. box. */
  street: string | null;
  /** City/State/Province/Postal Code, all in one field ("Zapopan, Jalisco 45010"). */
  cityStatePostal: string | null;
  country: string | null;
  remarks: string | null;
}

export type AliasType = 'aka' | 'fka' | 'nka';

/** One line of alt.csv or cons_alt.csv: a strong alias. (Weak ones are in the remarks.) */
export interface AliasRecord {
  entNum: string;
  altNum: string;
  /** alt_type: also known as, formerly known as, now known as. */
  type: AliasType;
  name: string;
  remarks: string | null;
}

/** One line of sdn_comments.csv or cons_comments.csv: the rest of an entry's remarks. */
export interface CommentRecord {
  entNum: string;
  /** The continuation, untrimmed, to be appended to the remarks as is. */
  text: string;
}

/** A field's value, or null for OFAC's `-0-` and blank fields. */
export function field(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const text = raw.trim();
  return text === '' || text === '-0-' ? null : text;
}

/** The rows of one file, each checked for its field count and its ent_num. */
async function* rows(path: string, kind: FileKind, progress: (bytes: number) => void) {
  for await (const row of readCsv(path, { encoding: 'auto', progress })) {
    const where = `line ${row.line}`;
    if (row.fields.length !== FIELD_COUNT[kind]) {
      throw new SourceError(
        path,
        where,
        `expected ${FIELD_COUNT[kind]} fields for ${KIND_LABEL[kind]}, found ${row.fields.length}`,
      );
    }
    const entNum = field(row.fields[0]);
    if (entNum === null || !/^\d+$/.test(entNum)) {
      throw new SourceError(path, where, `ent_num "${row.fields[0] ?? ''}" is not a number`);
    }
    yield { line: row.line, where, entNum, fields: row.fields };
  }
}

const ENTRY_TYPES = new Set<string>(['individual', 'vessel', 'aircraft']);

/** Split "SDGT] [IRGC" (the brackets of "[SDGT] [IRGC]" minus the outer pair) into codes. */
export function splitPrograms(raw: string | null): string[] {
  if (raw === null) return [];
  return raw
    .split(/\]\s*\[/)
    .map((p) => p.replace(/^\[|\]$/g, '').trim())
    .filter((p) => p !== '');
}

/** Stream the records of a primary file (sdn.csv, cons_prim.csv). */
export async function* readPrimary(
  path: string,
  progress: (bytes: number) => void,
): AsyncIterable<PrimaryRecord> {
  for await (const { line, where, entNum, fields: f } of rows(path, 'primary', progress)) {
    const name = field(f[1]);
    if (name === null) throw new SourceError(path, where, `entry ${entNum} has no SDN_Name`);
    const type = field(f[2])?.toLowerCase() ?? null;
    if (type !== null && !ENTRY_TYPES.has(type)) {
      throw new SourceError(path, where, `entry ${entNum} has an unknown SDN_Type "${f[2]}"`);
    }
    yield {
      line,
      entNum,
      name,
      type: type as EntryType | null,
      programs: splitPrograms(field(f[3])),
      title: field(f[4]),
      callSign: field(f[5]),
      vesselType: field(f[6]),
      tonnage: field(f[7]),
      grossTonnage: field(f[8]),
      vesselFlag: field(f[9]),
      vesselOwner: field(f[10]),
      remarks: field(f[11]) === null ? null : (f[11] ?? null),
    };
  }
}

/** Stream the records of an address file (add.csv, cons_add.csv). */
export async function* readAddresses(path: string, progress: (bytes: number) => void) {
  for await (const { entNum, fields: f } of rows(path, 'address', progress)) {
    const record: AddressRecord = {
      entNum,
      addNum: field(f[1]) ?? '',
      street: field(f[2]),
      cityStatePostal: field(f[3]),
      country: field(f[4]),
      remarks: field(f[5]),
    };
    yield record;
  }
}

const ALIAS_TYPES = new Set<string>(['aka', 'fka', 'nka']);

/** Stream the records of an alternate-name file (alt.csv, cons_alt.csv). */
export async function* readAliases(path: string, progress: (bytes: number) => void) {
  for await (const { where, entNum, fields: f } of rows(path, 'alias', progress)) {
    const type = field(f[2])?.toLowerCase() ?? '';
    if (!ALIAS_TYPES.has(type)) {
      throw new SourceError(path, where, `alt_type "${f[2] ?? ''}" is not aka, fka or nka`);
    }
    const name = field(f[3]);
    if (name === null) throw new SourceError(path, where, `entry ${entNum} has no alt_name`);
    const record: AliasRecord = {
      entNum,
      altNum: field(f[1]) ?? '',
      type: type as AliasType,
      name,
      remarks: field(f[4]),
    };
    yield record;
  }
}

/** Stream the records of a comments file (sdn_comments.csv, cons_comments.csv). */
export async function* readComments(path: string, progress: (bytes: number) => void) {
  for await (const { entNum, fields: f } of rows(path, 'comment', progress)) {
    const record: CommentRecord = { entNum, text: f[1] ?? '' };
    yield record;
  }
}
