/**
 * Which column of a trade file holds which field. Headers are recognised in English, Russian and
 * Chinese, as customs and broker exports write them (Russian declarations: "Код ТН ВЭД",
 * "Отправитель"; Chinese: "发货人", "收货人", "海关编码"); `--map field=Column` overrides, and a
 * file whose shipper, consignee or goods cannot be placed is refused before any row is read.
 */
import { DossierError } from '../errors/index.js';
import { SYNONYMS } from './headers.js';

export class TradeColumnsError extends DossierError {
  override readonly name = 'TradeColumnsError';
  readonly code = 'invalid_input';
}

export const TRADE_FIELDS = [
  'id',
  'date',
  'shipper',
  'shipper_address',
  'shipper_phone',
  'shipper_id',
  'consignee',
  'consignee_address',
  'consignee_phone',
  'consignee_id',
  'consignee_incorporated',
  'notify_party',
  'hs_code',
  'goods',
  'quantity',
  'value',
  'currency',
  'origin',
  'destination',
  'transit',
] as const;

export type TradeField = (typeof TRADE_FIELDS)[number];

/** Fields without which a row is no shipment. */
export const REQUIRED_FIELDS: readonly TradeField[] = ['shipper', 'consignee'];

/** A header reduced to its words: case, punctuation and spacing do not matter. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}№]+/gu, ' ')
    .trim();
}

const BY_KEY: ReadonlyMap<string, TradeField> = new Map(
  TRADE_FIELDS.flatMap((field) => SYNONYMS[field].map((s) => [headerKey(s), field] as const)),
);

const FIELDS: ReadonlySet<string> = new Set(TRADE_FIELDS);

/** The field a header names by itself (its synonyms, or the field's own name), or null. */
export function detectField(header: string): TradeField | null {
  const key = headerKey(header);
  return (
    BY_KEY.get(key) ??
    (FIELDS.has(key.replace(/ /g, '_')) ? (key.replace(/ /g, '_') as TradeField) : null)
  );
}

/**
 * `--map shipper=Exporter,consignee=Importer`: field=column pairs, comma-separated, also given
 * one per flag. `Column=field` is read too when only its right side is a field, since the
 * screening command's `--map` is written that way round.
 */
export function parseTradeMap(specs: readonly string[]): Map<TradeField, string> {
  const mapping = new Map<TradeField, string>();
  for (const spec of specs.flatMap((s) => s.split(','))) {
    if (spec.trim() === '') continue;
    const eq = spec.indexOf('=');
    const left = spec.slice(0, eq).trim();
    const right = spec.slice(eq + 1).trim();
    if (eq <= 0 || left === '' || right === '') {
      throw new TradeColumnsError(`--map takes <field>=<column>, not "${spec}"`);
    }
    if (FIELDS.has(left)) mapping.set(left as TradeField, right);
    else if (FIELDS.has(right)) mapping.set(right as TradeField, left);
    else {
      throw new TradeColumnsError(
        `--map ${spec}: neither side is a trade field (${TRADE_FIELDS.join(', ')})`,
      );
    }
  }
  return mapping;
}

/**
 * The column index of every field found: `--map` first (its column must exist), then each
 * header's own words; the first column naming a field wins. Refuses a file without its shipper,
 * consignee, or any of goods description and HS code.
 */
export function resolveColumns(
  headers: readonly string[],
  overrides: ReadonlyMap<TradeField, string> = new Map(),
): Map<TradeField, number> {
  const columns = new Map<TradeField, number>();
  const byHeader = new Map(headers.map((h, i) => [headerKey(h), i] as const));
  for (const [field, column] of overrides) {
    const index = byHeader.get(headerKey(column));
    if (index === undefined) {
      throw new TradeColumnsError(
        `--map ${field}=${column}: the file has no column "${column}" (it has ${headers.join(', ')})`,
      );
    }
    columns.set(field, index);
  }
  const taken = new Set(columns.values());
  headers.forEach((header, i) => {
    const field = detectField(header);
    if (field && !columns.has(field) && !taken.has(i)) columns.set(field, i);
  });
  const missing = REQUIRED_FIELDS.filter((f) => !columns.has(f));
  if (!columns.has('goods') && !columns.has('hs_code')) missing.push('goods');
  if (missing.length > 0) {
    throw new TradeColumnsError(
      `no column found for ${missing.join(', ')} among ${headers.join(', ')}: name it with ` +
        `--map ${missing[0]}=<column>`,
    );
  }
  return columns;
}
