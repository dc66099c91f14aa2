/**
 * How Russian, Chinese and English texts name a currency, before or after the figure, and the
 * multipliers written beside figures. ISO 4217 codes; spellings from the usage of Russian
 * contracts (юаней, руб., долларов США), Chinese contracts and invoices (人民币, 元, 万元, 美元)
 * and English invoices (USD, US$, dollars).
 */

/** A currency word or sign, and the ISO code it stands for. */
export interface CurrencyWord {
  /** A regular-expression source matching the spelling. */
  pattern: string;
  code: string;
}

/** ISO codes written as such (before or after the figure). */
export const ISO_CODES = [
  'USD',
  'EUR',
  'CNY',
  'RUB',
  'RUR',
  'JPY',
  'GBP',
  'HKD',
  'CHF',
  'AED',
  'KZT',
  'BYN',
  'INR',
  'TRY',
  'SGD',
  'KRW',
];

/** RMB is the common abbreviation of renminbi; RUR is the pre-1998 rouble code. */
const CODE_ALIASES: Record<string, string> = { RMB: 'CNY', RUR: 'RUB' };

export function isoCode(word: string): string {
  return CODE_ALIASES[word] ?? word;
}

/**
 * Written before the figure. ¥ is read as CNY (the extractor lowers its confidence outside
 * Chinese text); only JP¥ or a Japanese marker after the figure makes it JPY.
 */
export const PREFIXES: readonly CurrencyWord[] = [
  { pattern: '人民币|人民幣', code: 'CNY' },
  { pattern: 'RMB\\s?[¥￥]|CN[¥￥]', code: 'CNY' },
  { pattern: 'JP[¥￥]', code: 'JPY' },
  { pattern: '[¥￥]', code: 'CNY' },
  { pattern: 'US\\$|U\\.S\\.\\s?\\$', code: 'USD' },
  { pattern: 'HK\\$', code: 'HKD' },
  { pattern: 'S\\$', code: 'SGD' },
  { pattern: '\\$', code: 'USD' },
  { pattern: '€', code: 'EUR' },
  { pattern: '₽', code: 'RUB' },
  { pattern: '£', code: 'GBP' },
  { pattern: '美元', code: 'USD' },
  { pattern: '欧元|歐元', code: 'EUR' },
];

/** Written after the figure (and after a multiplier), longest spellings first. */
export const SUFFIXES: readonly CurrencyWord[] = [
  // Russian: every case of the noun, abbreviated forms, adjectives that qualify it.
  { pattern: '(?:китайск[а-я]*\\s+)?юан[а-яё]*', code: 'CNY' },
  { pattern: '(?:(?:российск|росс\\.)[а-я]*\\s+)?рубл[а-яё]*|руб\\.?|р\\.', code: 'RUB' },
  { pattern: '(?:доллар[а-я]*|долл\\.|дол\\.)\\s+США', code: 'USD' },
  { pattern: 'доллар[а-я]*|долл\\.', code: 'USD' },
  { pattern: 'евро', code: 'EUR' },
  { pattern: '(?:японск[а-я]*\\s+)?иен[а-я]*', code: 'JPY' },
  { pattern: 'фунт[а-я]*\\s+стерлинг[а-я]*', code: 'GBP' },
  // Chinese: 元 alone is the yuan; the other currencies are "<country>元".
  { pattern: '美元|美金', code: 'USD' },
  { pattern: '欧元|歐元', code: 'EUR' },
  { pattern: '日元|日圆|円', code: 'JPY' },
  { pattern: '港元|港币|港幣', code: 'HKD' },
  { pattern: '英镑|英鎊', code: 'GBP' },
  { pattern: '卢布|盧布', code: 'RUB' },
  { pattern: '人民币元|人民幣元|元|圆|圓', code: 'CNY' },
  // English.
  { pattern: '(?:US|U\\.S\\.|United States)\\s+dollars?', code: 'USD' },
  { pattern: 'dollars?', code: 'USD' },
  { pattern: 'euros?', code: 'EUR' },
  { pattern: '(?:Chinese\\s+)?(?:yuan|renminbi)', code: 'CNY' },
  { pattern: '(?:Russian\\s+)?r(?:o)?ubles?', code: 'RUB' },
  { pattern: 'yen', code: 'JPY' },
  { pattern: 'pounds?\\s+sterling', code: 'GBP' },
  { pattern: '€', code: 'EUR' },
  { pattern: '₽', code: 'RUB' },
  { pattern: '\\$', code: 'USD' },
];

/** Multipliers written after a figure ("1.2万", "3亿元", "1,5 млн руб.", "2.5 million"). */
export const MULTIPLIERS: ReadonlyArray<{ pattern: string; power: number }> = [
  { pattern: '亿|億', power: 8 },
  { pattern: '万|萬', power: 4 },
  { pattern: '千', power: 3 },
  { pattern: 'млрд\\.?', power: 9 },
  { pattern: 'млн\\.?', power: 6 },
  { pattern: 'тыс\\.?', power: 3 },
  { pattern: 'billion|bn', power: 9 },
  { pattern: 'million|mln|mn', power: 6 },
  { pattern: 'thousand', power: 3 },
];

/** Hundredths written after the currency: "руб. 50 коп.", "рублей 00 копеек". */
export const HUNDREDTHS = 'коп(?:\\.|е[а-я]*)?|cents?';
