/**
 * One row of a trade file to a shipment, or the reasons it cannot be one. Every problem of a row
 * is reported together, so that a user fixes a bad line once.
 */
import { cleanDate } from '../normalise/index.js';
import type { TradeField } from './columns.js';
import { tradeCountry } from './countries.js';
import type { Shipment, TradeParty } from './types.js';

export type RowOutcome = { ok: true; shipment: Shipment } | { ok: false; reasons: string[] };

/** Several transit countries in one cell: "KZ; KG", "Казахстан, Киргизия", "KZ > KG". */
const LIST_SEPARATOR = /\s*(?:[;,/|>→]|\s-\s)\s*/;

/** "1 234,50", "1,234.50", "1234.5" → 1234.5; null when the text is no number. */
export function readAmount(raw: string): number | null {
  let text = raw.replace(/[\s\u00a0']/g, '');
  if (text === '') return null;
  const comma = text.lastIndexOf(',');
  const dot = text.lastIndexOf('.');
  if (comma > dot) {
    // "1.234,50" or "1234,5": the comma is the decimal mark when one to two digits follow it.
    text = /,\d{1,2}$/.test(text)
      ? text.replace(/\./g, '').replace(',', '.')
      : text.replace(/,/g, '');
  } else text = text.replace(/,/g, '');
  if (!/^-?\d+(?:\.\d+)?$/.test(text)) return null;
  return Number(text);
}

export function rowToShipment(line: number, cell: (field: TradeField) => string): RowOutcome {
  const reasons: string[] = [];
  const text = (field: TradeField) => cell(field).trim();
  const party = (prefix: 'shipper' | 'consignee'): TradeParty => ({
    name: text(prefix),
    address: text(`${prefix}_address`) || null,
    phone: text(`${prefix}_phone`) || null,
    identifier: text(`${prefix}_id`) || null,
    incorporated: prefix === 'consignee' ? date('consignee_incorporated') : null,
  });
  function date(field: TradeField): string | null {
    const raw = text(field);
    if (raw === '') return null;
    const value = cleanDate(raw);
    if (!value) reasons.push(`${field} "${raw}" is not a date`);
    return value;
  }
  function amount(field: TradeField): number | null {
    const raw = text(field);
    if (raw === '') return null;
    const value = readAmount(raw);
    if (value === null || value < 0) reasons.push(`${field} "${raw}" is not a number of 0 or more`);
    return value;
  }
  function country(field: TradeField, raw = text(field)): string | null {
    if (raw === '') return null;
    const code = tradeCountry(raw);
    if (!code) reasons.push(`${field} "${raw}" is not a country`);
    return code;
  }
  const shipper = party('shipper');
  const consignee = party('consignee');
  if (shipper.name === '') reasons.push('no shipper');
  if (consignee.name === '') reasons.push('no consignee');
  const hsRaw = text('hs_code');
  const hsCode = hsRaw.replace(/[\s.]/g, '') || null;
  if (hsCode !== null && !/^\d{4,10}$/.test(hsCode)) {
    reasons.push(`hs_code "${hsRaw}" is not an HS code (4 to 10 digits)`);
  }
  const currencyRaw = text('currency');
  const currency = currencyRaw === '' ? null : currencyRaw.toUpperCase();
  if (currency !== null && !/^[A-Z]{3}$/.test(currency)) {
    reasons.push(`currency "${currencyRaw}" is not an ISO 4217 code such as CNY`);
  }
  const transitRaw = text('transit');
  const transit =
    transitRaw === ''
      ? []
      : transitRaw
          .split(LIST_SEPARATOR)
          .filter(Boolean)
          .map((c) => country('transit', c) ?? '');
  const notifyName = text('notify_party');
  const shipment: Shipment = {
    id: text('id') || `line-${line}`,
    line,
    date: date('date'),
    shipper,
    consignee,
    notifyParty: notifyName
      ? { name: notifyName, address: null, phone: null, identifier: null, incorporated: null }
      : null,
    hsCode,
    goods: text('goods'),
    quantity: amount('quantity'),
    value: amount('value'),
    currency,
    origin: country('origin'),
    destination: country('destination'),
    transit: transit.filter(Boolean),
  };
  if (shipment.goods === '' && hsCode === null)
    reasons.push('neither goods description nor HS code');
  return reasons.length > 0 ? { ok: false, reasons } : { ok: true, shipment };
}
