/**
 * Exact decimal amounts as strings: a float would turn 1234567.89 × 10⁴ into 12345678899.999998.
 * An amount is its digits and how many of them are after the point.
 */

export interface Decimal {
  /** All digits, no sign, no separators ("123456789" for 1234567.89). */
  digits: string;
  /** Digits after the point (2 for 1234567.89). */
  scale: number;
}

/** The amount a figure was read as, and how its separators were read when they could mislead. */
export interface ReadFigure {
  amount: Decimal;
  /** Set when one separator could be a decimal point or a group separator ("1.500", "1,500"). */
  ambiguous?: string;
}

const GROUP_SPACES = /[ \u00a0\u2009\u202f'’]/g;

/**
 * Read a figure as written: "1 234 567,89", "1,234,567.89", "1.234.567,89", "1'234'567.89",
 * "1234,5". When both a comma and a dot appear, the last one is the decimal mark. A single mark
 * followed by exactly three digits is read as a group separator (amounts rarely have three
 * decimals); for a dot, whose other reading is common, that reading is returned in `ambiguous`.
 */
export function readFigure(raw: string): ReadFigure | null {
  const spaced = /[ \u00a0\u2009\u202f'’]/.test(raw);
  const text = raw.replace(GROUP_SPACES, '');
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) return null;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let decimalMark: string | null = null;
  let ambiguous: string | undefined;
  if (lastComma >= 0 && lastDot >= 0) {
    decimalMark = lastComma > lastDot ? ',' : '.';
  } else if (lastComma >= 0 || lastDot >= 0) {
    const mark = lastComma >= 0 ? ',' : '.';
    const parts = text.split(mark);
    const tail = parts[parts.length - 1]!;
    if (spaced || (parts.length === 2 && (tail.length !== 3 || parts[0] === '0'))) {
      decimalMark = mark;
    } else if (parts.length === 2 && mark === '.') {
      // "1.500" is 1500 in Europe and 1.5 in English; "1,500" is 1500 in both.
      ambiguous = `${parts[0]}.${tail}`;
    }
  }
  let whole = text;
  let fraction = '';
  if (decimalMark !== null) {
    const at = text.lastIndexOf(decimalMark);
    whole = text.slice(0, at);
    fraction = text.slice(at + 1);
    if (fraction.includes(',') || fraction.includes('.')) return null;
  }
  if (!validGroups(whole)) return null;
  whole = whole.replace(/[.,]/g, '');
  const amount = { digits: `${whole}${fraction}`, scale: fraction.length };
  return ambiguous === undefined ? { amount } : { amount, ambiguous };
}

/** Groups after the first must be three digits: "1,23,4" is no figure. */
function validGroups(whole: string): boolean {
  const groups = whole.split(/[.,]/);
  if (groups.length === 1) return true;
  return (
    groups[0]!.length >= 1 && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3)
  );
}

/** Multiply by a power of ten (万 = 4, 亿 = 8, million = 6). */
export function shift(amount: Decimal, power: number): Decimal {
  if (power <= 0) return amount;
  const used = Math.min(power, amount.scale);
  return { digits: amount.digits + '0'.repeat(power - used), scale: amount.scale - used };
}

/** Add a number of hundredths (kopecks, fen, cents) to a whole amount. */
export function withHundredths(amount: Decimal, hundredths: number): Decimal {
  const whole = amount.scale === 0 ? amount.digits : null;
  if (whole === null) return amount;
  return { digits: `${whole}${String(hundredths).padStart(2, '0')}`, scale: 2 };
}

/** "1200000.00": at least two decimals, leading zeros dropped. */
export function formatDecimal(amount: Decimal): string {
  const scale = Math.max(amount.scale, 2);
  const digits = (amount.digits + '0'.repeat(scale - amount.scale)).padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale).replace(/^0+(?=\d)/, '') || '0';
  return `${whole}.${digits.slice(digits.length - scale)}`;
}

/** The amount in hundredths, for comparing a figure with its words (exact below 9·10¹³). */
export function toHundredths(amount: Decimal): number {
  const [whole, frac] = formatDecimal(amount).split('.');
  return Number(whole) * 100 + Number(frac!.slice(0, 2));
}
