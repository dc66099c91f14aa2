/**
 * How far a screening input may expand, in one place. An upload is untrusted: an XLSX of a few
 * megabytes can unpack to gigabytes (its shared strings held in memory), and a small file can
 * hold tens of millions of rows. Each limit is checked as the bytes are unpacked or the rows
 * read, never after, and a file past one is refused with the part and the limit it broke.
 * The defaults are documented in docs/screening.md ("Input limits"); a user changes them with
 * `DOSSIER_*` environment variables (read on each input, so the CLI and the server's jobs alike),
 * a caller by passing its own `InputLimits` (tests set them low to build small bombs).
 */
import {
  DEFAULT_WIDTH_LIMITS,
  ScreeningError,
  type WidthLimits,
} from '../../core/screening/index.js';

export interface XlsxLimits {
  /** Entries (files) in the zip, read from its central directory before anything is unpacked. */
  maxEntries: number;
  /** Bytes unpacked from all the parts read, the sheet included. */
  maxUnpackedBytes: number;
  /** Unpacked bytes per packed byte, per part: ordinary workbooks stay far below it. */
  maxRatio: number;
  /** Below this many unpacked bytes a part's ratio is not checked (a tiny, empty styles part). */
  ratioFloorBytes: number;
  /** Shared strings (`<si>`), all held in memory while the sheet is read. */
  maxSharedStrings: number;
  /** Characters in all the shared strings together. */
  maxSharedStringChars: number;
}

/** With the width limits (`maxColumns`, `maxFieldChars`), checked on every header and row. */
export interface InputLimits extends WidthLimits {
  /** Rows one screening input may hold (rows that cannot be read count too), in every format. */
  maxRows: number;
  xlsx: XlsxLimits;
}

const MIB = 1024 * 1024;

export const DEFAULT_INPUT_LIMITS: InputLimits = Object.freeze({
  ...DEFAULT_WIDTH_LIMITS,
  maxRows: 5_000_000,
  xlsx: Object.freeze({
    maxEntries: 10_000,
    maxUnpackedBytes: 2048 * MIB,
    maxRatio: 100,
    ratioFloorBytes: 1 * MIB,
    maxSharedStrings: 10_000_000,
    maxSharedStringChars: 100_000_000,
  }),
});

/** The defaults with some limits changed. */
export function inputLimits(
  changes: Partial<Omit<InputLimits, 'xlsx'>> & { xlsx?: Partial<XlsxLimits> } = {},
): InputLimits {
  const { xlsx, ...rest } = changes;
  return { ...DEFAULT_INPUT_LIMITS, ...rest, xlsx: { ...DEFAULT_INPUT_LIMITS.xlsx, ...xlsx } };
}

/** A limit set in the environment to something that is not one. */
export class InputLimitSettingError extends ScreeningError {
  override readonly name = 'InputLimitSettingError';
  readonly code = 'usage';
}

/** The environment variable that sets each XLSX limit. */
const XLSX_ENV: Record<keyof XlsxLimits, string> = {
  maxEntries: 'DOSSIER_XLSX_MAX_ENTRIES',
  maxUnpackedBytes: 'DOSSIER_XLSX_MAX_UNPACKED_BYTES',
  maxRatio: 'DOSSIER_XLSX_MAX_RATIO',
  ratioFloorBytes: 'DOSSIER_XLSX_RATIO_FLOOR_BYTES',
  maxSharedStrings: 'DOSSIER_XLSX_MAX_SHARED_STRINGS',
  maxSharedStringChars: 'DOSSIER_XLSX_MAX_SHARED_STRING_CHARS',
};

/** The defaults, with those the environment sets (`DOSSIER_MAX_INPUT_ROWS`, `DOSSIER_XLSX_*`). */
export function inputLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): InputLimits {
  const read = (name: string, fallback: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new InputLimitSettingError(`${name}=${raw}: use a whole number, 1 or more`);
    }
    return value;
  };
  const defaults = DEFAULT_INPUT_LIMITS.xlsx;
  const xlsx = { ...defaults };
  for (const [key, name] of Object.entries(XLSX_ENV) as [keyof XlsxLimits, string][]) {
    xlsx[key] = read(name, defaults[key]);
  }
  return {
    maxRows: read('DOSSIER_MAX_INPUT_ROWS', DEFAULT_INPUT_LIMITS.maxRows),
    maxColumns: read('DOSSIER_MAX_COLUMNS', DEFAULT_INPUT_LIMITS.maxColumns),
    maxFieldChars: read('DOSSIER_MAX_FIELD_CHARS', DEFAULT_INPUT_LIMITS.maxFieldChars),
    xlsx,
  };
}

/** A byte count as people read it. */
export function showBytes(bytes: number): string {
  if (bytes >= MIB) return `${(bytes / MIB).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
