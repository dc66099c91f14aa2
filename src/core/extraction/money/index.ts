/**
 * Money: amounts and their ISO currency in Russian, Chinese and English notations, with the
 * amount in words (when the text gives it) read as a cross-check.
 *
 * @example
 * ```ts
 * import { extractMoney } from './money/index.js';
 *
 * extractMoney('Сумма договора составляет 1 200 000 (один миллион двести тысяч) юаней.');
 * // [{ kind: 'money', value: '1200000.00 CNY', text: '1 200 000 (один миллион двести тысяч) юаней',
 * //    confidence: 0.95, details: { wordsCheck: 'agrees', ... } }]
 * extractMoney('合同总金额为人民币壹佰贰拾万元整（¥1,200,000.00）')[0]?.value; // '1200000.00 CNY'
 * extractMoney('Total: USD 1,234,567.89')[0]?.value; // '1234567.89 USD'
 * ```
 *
 * @packageDocumentation
 */
import type { Extractor } from '../types.js';
import { extractMoney } from './extract.js';

export { type Decimal, readFigure } from './decimal.js';
export { extractMoney } from './extract.js';
export { readAmountWords, readChineseNumerals } from './words.js';

/** The money extractors, in the order the pipeline runs them. */
export const moneyExtractors: readonly Extractor[] = [extractMoney];
