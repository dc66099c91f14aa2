/**
 * Money in running text: a figure with its currency before or after it, a multiplier (万, 亿,
 * млн), hundredths written apart ("руб. 50 коп.") and the amount in words in parentheses, which
 * is read and compared with the figure. Chinese capital numerals (大写) are found on their own
 * and compared with a figure in parentheses after them. A figure with no currency is not money:
 * phone numbers, INNs, page numbers and years stay out.
 */
import { keepLongest } from '../longest.js';
import type { Extracted } from '../types.js';
import { HUNDREDTHS, ISO_CODES, isoCode, MULTIPLIERS, PREFIXES, SUFFIXES } from './currencies.js';
import {
  type Decimal,
  formatDecimal,
  readFigure,
  shift,
  toHundredths,
  withHundredths,
} from './decimal.js';
import { readAmountWords, readChineseNumerals } from './words.js';

const EXTRACTOR = 'money';
const SP = '[ \\u00a0\\u2009\\u202f]';

/**
 * A figure: space-grouped (1 234 567,89), comma-grouped (1,234,567.89), dot-grouped
 * (1.234.567,89), apostrophe-grouped (1'234'567.89) or plain (1234567.89). Never part of a
 * longer run of digits or of a date (14.03.2024).
 */
const FIGURE = new RegExp(
  `(?<![\\d.,'’])(?:\\d{1,3}(?:${SP}\\d{3})+(?:[.,]\\d{1,2})?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?` +
    `|\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d{1,3}(?:['’]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)` +
    `(?!\\d|[.,'’]\\d)`,
  'g',
);

const CODES = `(?:${[...ISO_CODES, 'RMB'].join('|')})`;
const PREFIX = new RegExp(
  `(?:(?<![A-Za-z])(${CODES})\\.?|(${PREFIXES.map((p) => p.pattern).join('|')}))` +
    `${SP}?[:：]?${SP}{0,2}$`,
);
const SUFFIX_WORDS = SUFFIXES.map((s) => `(${s.pattern})`).join('|');
const MULTIPLIER = new RegExp(`${SP}*(${MULTIPLIERS.map((m) => m.pattern).join('|')})`, 'y');
const SUFFIX = new RegExp(`${SP}*(?:(${CODES})(?![A-Za-z])|${SUFFIX_WORDS})`, 'y');
/** A currency code alone in the next cell of a table row (`4200000.00<TAB>CNY`). */
const CELL_CODE = new RegExp(`\\t(${CODES})(?=[\\t\\r\\n]|$)`, 'y');
/** Each multiplier and prefix alone, to tell which one the combined pattern matched. */
const MULTIPLIER_EXACT = MULTIPLIERS.map(
  (m) => [new RegExp(`^(?:${m.pattern})$`), m.power] as const,
);
const PREFIX_EXACT = PREFIXES.map((p) => [new RegExp(`^(?:${p.pattern})$`), p.code] as const);
const MINOR = new RegExp(`${SP}*(\\d{1,2})${SP}*(?:${HUNDREDTHS})`, 'y');
const WORDS_IN_BRACKETS = /[ \u00a0]*[(（]([^()（）\n]{2,240})[)）]/y;
const LETTER = /\p{L}/u;
const HAN = /\p{Script=Han}/u;

/** Chinese capital numerals ending in 元, with their optional "RMB" before them. */
const CAPITALS = new RegExp(
  `(?=[人R零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万萬亿億])(?:(?:人民币|人民幣|RMB)${SP}?[:：]?${SP}?)?[零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万萬亿億]+[元圆圓]` +
    '(?:[零壹贰貳叁參肆伍陆陸柒捌玖][角分]|零)*[整正]?',
  'g',
);
/** A figure in brackets after capital numerals: "（¥1,200,000.00）", "(RMB 1,200,000元)". */
const FIGURE_IN_BRACKETS = new RegExp(
  `${SP}*[(（]${SP}*(?:小写|小寫)?[:：]?${SP}*(?:[¥￥]|RMB|CNY|人民币)?${SP}*` +
    `([\\d][\\d ,.'\\u00a0]*\\d|\\d)${SP}*(万|亿)?(?:元)?${SP}*[)）]`,
  'y',
);

interface Found {
  currency?: string;
  /** The currency came from a bare ¥ (CNY by default, JPY when marked). */
  yen?: boolean;
  end: number;
  power: number;
  hundredths?: number;
  words?: { text: string; hundredths: number };
  /** A currency after the figure that contradicts the one before it. */
  conflict?: string;
}

function suffixCode(m: RegExpExecArray): string | undefined {
  if (m[1]) return isoCode(m[1]);
  for (let i = 0; i < SUFFIXES.length; i++) if (m[i + 2] !== undefined) return SUFFIXES[i]!.code;
  return undefined;
}

/** A word that ends in a letter must not run on into another letter ("евро" ≠ "европейский"). */
function endsWord(text: string, m: RegExpExecArray): boolean {
  const last = m[0][m[0].length - 1]!;
  const next = text[m.index + m[0].length];
  return !(LETTER.test(last) && !HAN.test(last) && next !== undefined && LETTER.test(next));
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m && endsWord(text, m) ? m : null;
}

/** Read what follows a figure: multiplier, currency, hundredths, words, currency again. */
function readAfter(text: string, at: number, found: Found): void {
  const mult = sticky(MULTIPLIER, text, at);
  if (mult) {
    found.power = MULTIPLIER_EXACT.find(([re]) => re.test(mult[1]!))![1];
    found.end = mult.index + mult[0].length;
  }
  const currencyAndMinor = () => {
    const suffix =
      sticky(SUFFIX, text, found.end) ??
      (found.currency === undefined ? sticky(CELL_CODE, text, found.end) : null);
    if (!suffix) return;
    const code = suffixCode(suffix);
    // A bare ¥ is the yuan unless the text marks the yen after the figure.
    if (found.currency === undefined || (found.yen && code === 'JPY')) found.currency = code;
    else if (code !== found.currency) found.conflict = code;
    if (code === 'JPY') found.yen = false;
    found.end = suffix.index + suffix[0].length;
    const minor = sticky(MINOR, text, found.end);
    if (minor) {
      found.hundredths = Number(minor[1]);
      found.end = minor.index + minor[0].length;
    }
  };
  currencyAndMinor();
  WORDS_IN_BRACKETS.lastIndex = found.end;
  const bracket = WORDS_IN_BRACKETS.exec(text);
  if (bracket) {
    const hundredths = readAmountWords(bracket[1]!);
    if (hundredths !== null) {
      found.words = { text: bracket[1]!.trim(), hundredths };
      found.end = bracket.index + bracket[0].length;
      currencyAndMinor();
    }
  }
}

function readPrefix(
  text: string,
  start: number,
): { code: string; at: number; yen: boolean } | null {
  const before = text.slice(Math.max(0, start - 16), start);
  const m = PREFIX.exec(before);
  if (!m) return null;
  const at = start - before.length + m.index;
  if (m[1]) return { code: isoCode(m[1]), at, yen: false };
  const sign = m[2]!;
  const code = PREFIX_EXACT.find(([re]) => re.test(sign))![1];
  return { code, at, yen: /^[¥￥]$/.test(sign) };
}

function nearHan(text: string, start: number, end: number): boolean {
  return HAN.test(text.slice(Math.max(0, start - 60), end + 60));
}

function figureMoney(text: string, m: RegExpExecArray): Extracted | null {
  const figure = readFigure(m[0]);
  if (!figure) return null;
  const prefix = readPrefix(text, m.index);
  // Digits glued to a word ("No123", "ИНН7707...") are no amount unless the word is a currency.
  const before = text[m.index - 1];
  if (!prefix && before !== undefined && LETTER.test(before) && !HAN.test(before)) return null;
  const found: Found = { end: m.index + m[0].length, power: 0 };
  if (prefix) {
    found.currency = prefix.code;
    found.yen = prefix.yen;
  }
  readAfter(text, found.end, found);
  if (found.currency === undefined) return null;
  let amount: Decimal = shift(figure.amount, found.power);
  if (found.hundredths !== undefined) amount = withHundredths(amount, found.hundredths);
  const start = prefix?.at ?? m.index;
  const details: Record<string, string> = {};
  let confidence = 0.8;
  if (found.yen && !nearHan(text, start, found.end)) {
    confidence = 0.6;
    details.currencyAssumed = '¥ read as CNY; JPY when marked (JPY, 日元, yen)';
  }
  if (found.conflict !== undefined) {
    confidence = 0.5;
    details.currencyConflict = `${found.currency} before, ${found.conflict} after`;
  }
  if (figure.ambiguous !== undefined) {
    confidence -= 0.1;
    details.ambiguousFigure = figure.ambiguous;
  }
  if (found.words) confidence = crossCheck(amount, found.words, details, confidence);
  return extracted(text, start, found.end, amount, found.currency, confidence, details);
}

/** Figure and words agree: surer. They disagree: less sure, and the words' reading is kept. */
function crossCheck(
  amount: Decimal,
  words: { text: string; hundredths: number },
  details: Record<string, string>,
  confidence: number,
): number {
  const wordsAmount = formatDecimal({ digits: String(words.hundredths), scale: 2 });
  details.words = words.text;
  details.wordsAmount = wordsAmount;
  if (toHundredths(amount) === words.hundredths) {
    details.wordsCheck = 'agrees';
    return Math.min(0.98, confidence + 0.15);
  }
  details.wordsCheck = 'disagrees';
  return Math.min(confidence, 0.5);
}

function extracted(
  text: string,
  start: number,
  end: number,
  amount: Decimal,
  currency: string,
  confidence: number,
  details: Record<string, string>,
): Extracted {
  const span: Extracted = {
    start,
    end,
    kind: 'money',
    text: text.slice(start, end),
    value: `${formatDecimal(amount)} ${currency}`,
    extractor: EXTRACTOR,
    confidence: Math.round(confidence * 100) / 100,
  };
  if (Object.keys(details).length > 0) span.details = details;
  return span;
}

/** Capital numerals, the figure in brackets after them (when there is one) deciding the value. */
function capitalsMoney(text: string, m: RegExpExecArray): Extracted | null {
  const words = readChineseNumerals(m[0]);
  if (words === null) return null;
  FIGURE_IN_BRACKETS.lastIndex = m.index + m[0].length;
  const bracket = FIGURE_IN_BRACKETS.exec(text);
  const figure = bracket ? readFigure(bracket[1]!) : null;
  if (!bracket || !figure) {
    const amount = { digits: String(words), scale: 2 };
    return extracted(text, m.index, m.index + m[0].length, amount, 'CNY', 0.85, {
      words: m[0],
    });
  }
  const amount = shift(figure.amount, bracket[2] === '亿' ? 8 : bracket[2] === '万' ? 4 : 0);
  const details: Record<string, string> = {};
  const confidence = crossCheck(amount, { text: m[0], hundredths: words }, details, 0.8);
  return extracted(
    text,
    m.index,
    bracket.index + bracket[0].length,
    amount,
    'CNY',
    confidence,
    details,
  );
}

/** Every amount of money in the text, in text order; overlapping readings keep the longest. */
export function extractMoney(text: string): Extracted[] {
  const found: Extracted[] = [];
  if (HAN.test(text)) {
    for (const m of text.matchAll(CAPITALS)) {
      const span = capitalsMoney(text, m);
      if (span) found.push(span);
    }
  }
  for (const m of text.matchAll(FIGURE)) {
    const span = figureMoney(text, m);
    if (span) found.push(span);
  }
  return keepLongest(found);
}
