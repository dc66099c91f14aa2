/**
 * Shares as people write them in ownership tables: "50", "50%", "12.5 %", "50,5", a range
 * "25-50%" or "25–50", and open bounds ">50%", ">=50", "≥50", "<25%". A bare number is a
 * percentage ("0.5" is half a percent, as in FollowTheMoney's `percentage`), never a fraction:
 * reading 0.5 as 50% would make a minority stake a blocking one. An empty cell is unknown, not 0.
 */
import { type Share, UNKNOWN_SHARE } from './types.js';

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const EXACT = new RegExp(`^${NUMBER}$`);
const RANGE = new RegExp(`^${NUMBER}\\s*%?\\s*(?:-|–|—|to)\\s*${NUMBER}$`, 'i');
const BOUND = new RegExp(`^(>=|<=|≥|≤|>|<)\\s*${NUMBER}$`);

const num = (text: string) => Number(text.replace(',', '.'));

function checked(share: Share, raw: string): Share | { error: string } {
  for (const value of [share.percentage, share.low, share.high]) {
    if (value !== null && value > 100) return { error: `percent over 100: "${raw}"` };
  }
  if (share.low !== null && share.high !== null && share.low > share.high) {
    return { error: `the range "${raw}" runs backwards` };
  }
  return share;
}

/** A share from its text; `{ error }` says why a cell is not one. */
export function parseShare(raw: string): Share | { error: string } {
  const text = raw.trim().replace(/\s*%$/, '').trim();
  if (text === '') return UNKNOWN_SHARE;
  const exact = EXACT.exec(text);
  if (exact) return checked({ ...UNKNOWN_SHARE, percentage: num(exact[1]!) }, raw);
  const range = RANGE.exec(text);
  if (range) {
    return checked({ ...UNKNOWN_SHARE, low: num(range[1]!), high: num(range[2]!) }, raw);
  }
  const bound = BOUND.exec(text);
  if (bound) {
    const value = num(bound[2]!);
    const op = bound[1]!;
    const share =
      op.startsWith('>') || op === '≥'
        ? { ...UNKNOWN_SHARE, low: value, high: 100, lowExclusive: op === '>' }
        : { ...UNKNOWN_SHARE, low: 0, high: value, highExclusive: op === '<' };
    return checked(share, raw);
  }
  return { error: `not a percentage or a range: "${raw}"` };
}

export function isShare(value: Share | { error: string }): value is Share {
  return !('error' in value);
}

/** The share's open bounds as edge properties: the graph keeps a range's ends, not their kind. */
export function shareProperties(share: Share): Record<string, string[]> {
  const props: Record<string, string[]> = {};
  if (share.lowExclusive) props.shareExclusiveMinimum = ['true'];
  if (share.highExclusive) props.shareExclusiveMaximum = ['true'];
  return props;
}

/** An ISO date of any precision (2022, 2022-03, 2022-03-14) that exists; `{ error }` otherwise. */
export function parseIsoDate(raw: string): string | null | { error: string } {
  const text = raw.trim();
  if (text === '') return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (match) {
    const [, y, m, d] = match;
    const probe = new Date(Date.UTC(Number(y), Number(m ?? 1) - 1, Number(d ?? 1)));
    const fits =
      probe.getUTCFullYear() === Number(y) &&
      probe.getUTCMonth() === Number(m ?? 1) - 1 &&
      probe.getUTCDate() === Number(d ?? 1);
    if (fits) return text;
  }
  return { error: `not a date (YYYY, YYYY-MM or YYYY-MM-DD): "${raw}"` };
}
