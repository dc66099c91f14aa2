/**
 * Identifier cleaning. Numbers keep their letters but lose the spaces, dots and dashes that lists
 * insert inconsistently; codes that are digits only by definition (INN, OGRN) keep digits only.
 * Checksum validation belongs to matching (a later layer); cleaning never drops a value.
 */
import { collapseSpaces } from './text.js';

const DIGITS_ONLY = new Set(['innCode', 'ogrnCode', 'okpoCode', 'kppCode', 'mmsi']);

export function cleanIdentifier(raw: string, prop?: string): string | null {
  const text = collapseSpaces(raw).replace(/[.,;:]+$/, '');
  if (text === '') return null;
  if (prop && DIGITS_ONLY.has(prop)) {
    const digits = text.replace(/[\s.-]/g, '');
    return /^\d+$/.test(digits) ? digits : text;
  }
  if (prop === 'imoNumber') {
    const m = /^(?:IMO)?\s*(\d{7})$/i.exec(text.replace(/[\s.-]/g, ''));
    return m ? `IMO${m[1]}` : text;
  }
  if (prop === 'swiftBic') return text.replace(/\s/g, '').toUpperCase();
  return text;
}
