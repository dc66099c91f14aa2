/**
 * Amounts written in words, read to compare with the figure beside them: Russian ("один миллион
 * двести тысяч рублей 00 копеек"), English ("one million two hundred thousand and 50/100 US
 * dollars") and Chinese capital numerals (大写: "壹佰贰拾万元整", "叁仟元伍角陆分"). Each reader
 * returns the amount in hundredths, or null when the text is no amount in words.
 */
import { englishNumberWord } from '../../matching/number-words.js';

/** Russian number words in the nominative, as contracts write amounts. */
const RU_WORDS: Record<string, number> = {
  ноль: 0,
  один: 1,
  одна: 1,
  одно: 1,
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  одиннадцать: 11,
  двенадцать: 12,
  тринадцать: 13,
  четырнадцать: 14,
  пятнадцать: 15,
  шестнадцать: 16,
  семнадцать: 17,
  восемнадцать: 18,
  девятнадцать: 19,
  двадцать: 20,
  тридцать: 30,
  сорок: 40,
  пятьдесят: 50,
  шестьдесят: 60,
  семьдесят: 70,
  восемьдесят: 80,
  девяносто: 90,
  сто: 100,
  двести: 200,
  триста: 300,
  четыреста: 400,
  пятьсот: 500,
  шестьсот: 600,
  семьсот: 700,
  восемьсот: 800,
  девятьсот: 900,
};

/** Scale words by their stem: тысяча/тысячи/тысяч, миллион/миллиона/миллионов... */
const RU_SCALES: ReadonlyArray<[string, number]> = [
  ['тысяч', 1e3],
  ['миллиард', 1e9],
  ['миллион', 1e6],
];

// A Map, not an object literal: a word such as "constructor" must not find Object.prototype's.
const EN_SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
]);

/** Words between the whole amount and its hundredths: the currency and its minor unit. */
const MAJOR_UNIT =
  /\s(?:рубл|юан|доллар|евро|долл\.|руб\.|us dollars?|dollars?|euros?|yuan|renminbi|r(?:o)?ubles?)/i;

/**
 * Read words in the three languages: the reader is chosen by the script of the text.
 */
export function readAmountWords(text: string): number | null {
  if (/[零〇壹贰貳叁參肆伍陆陸柒捌玖拾佰仟一二三四五六七八九十百千两兩]/.test(text)) {
    return readChineseNumerals(text);
  }
  if (/[а-яё]/i.test(text)) return readLatinOrCyrillic(text, readRussian);
  if (/[a-z]/i.test(text)) return readLatinOrCyrillic(text, readEnglish);
  return null;
}

/** Split off the hundredths ("00 копеек", "and 50/100", "fifty cents") and read both parts. */
function readLatinOrCyrillic(text: string, read: (words: string) => number | null): number | null {
  let main = text.toLowerCase();
  let hundredths = 0;
  const fraction = /(?:\sand)?\s(\d{1,2})\s*\/\s*100/.exec(main);
  if (fraction) {
    hundredths = Number(fraction[1]);
    main = main.slice(0, fraction.index) + main.slice(fraction.index + fraction[0].length);
  }
  const unit = MAJOR_UNIT.exec(` ${main}`);
  if (unit) {
    const rest = main.slice(unit.index + unit[0].length - 1);
    main = main.slice(0, Math.max(0, unit.index - 1));
    const digits = /(\d{1,2})\s*(?:коп|cent)/.exec(rest);
    const words = /^[^\s]*\s+(?:and\s+)?(.+?)\s+(?:копе|cent)/.exec(rest);
    if (digits) hundredths = Number(digits[1]);
    else if (words) hundredths = read(words[1]!) ?? 0;
  }
  const whole = read(main);
  return whole === null ? null : Math.round(whole * 100) + hundredths;
}

function readRussian(text: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of text.replace(/ё/g, 'е').split(/[^а-я]+/)) {
    if (word === '' || word === 'и') continue;
    const value = RU_WORDS[word];
    if (value !== undefined) {
      current += value;
      seen = true;
      continue;
    }
    const scale = RU_SCALES.find(([stem]) => word.startsWith(stem));
    if (!scale) return null;
    total += (current || 1) * scale[1];
    current = 0;
    seen = true;
  }
  return seen ? total + current : null;
}

function readEnglish(text: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of text.split(/[^a-z]+/)) {
    if (word === '' || word === 'and') continue;
    const value = englishNumberWord(word);
    if (value !== undefined) {
      current += value;
    } else if (word === 'hundred') {
      current = (current || 1) * 100;
    } else if (EN_SCALES.has(word)) {
      total += (current || 1) * EN_SCALES.get(word)!;
      current = 0;
    } else {
      return null;
    }
    seen = true;
  }
  return seen ? total + current : null;
}

/** Capital (大写) and ordinary digits; 两 is "two" before a unit. */
const ZH_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  壹: 1,
  一: 1,
  贰: 2,
  貳: 2,
  二: 2,
  两: 2,
  兩: 2,
  叁: 3,
  參: 3,
  三: 3,
  肆: 4,
  四: 4,
  伍: 5,
  五: 5,
  陆: 6,
  陸: 6,
  六: 6,
  柒: 7,
  七: 7,
  捌: 8,
  八: 8,
  玖: 9,
  九: 9,
};
const ZH_UNITS: Record<string, number> = { 拾: 10, 十: 10, 佰: 100, 百: 100, 仟: 1000, 千: 1000 };
/** Read and ignored: "in full" (整/正), the "RMB" before and the "capitals:" label. */
const ZH_IGNORED = /[整正\s:：]|人民[币幣]|大[写寫]|RMB/g;

/** Read Chinese numerals: "壹佰贰拾万元整" is 120000000 hundredths. */
export function readChineseNumerals(text: string): number | null {
  const clean = text.replace(ZH_IGNORED, '');
  const at = clean.search(/[元圆圓]/);
  const wholePart = at >= 0 ? clean.slice(0, at) : clean;
  const whole = readChineseInteger(wholePart);
  if (whole === null) return null;
  let hundredths = 0;
  if (at >= 0) {
    const minor = /^(?:([^角分])角)?(?:零)?(?:([^角分])分)?$/.exec(clean.slice(at + 1));
    if (!minor) return null;
    const jiao = minor[1] === undefined ? 0 : ZH_DIGITS[minor[1]];
    const fen = minor[2] === undefined ? 0 : ZH_DIGITS[minor[2]];
    if (jiao === undefined || fen === undefined) return null;
    hundredths = jiao * 10 + fen;
  }
  return whole * 100 + hundredths;
}

function readChineseInteger(text: string): number | null {
  // Units and scales alone (佰元, 万元) are words of a sentence, not an amount; 拾 alone is ten.
  if (!/[零〇壹贰貳叁參肆伍陆陸柒捌玖一二三四五六七八九两兩]|^[拾十]/.test(text)) return null;
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    const d = ZH_DIGITS[ch];
    const unit = ZH_UNITS[ch];
    if (d !== undefined) {
      digit = d;
    } else if (unit !== undefined) {
      // 拾 alone at the start is "ten" (拾万 = 100000).
      section += (digit || (unit === 10 ? 1 : 0)) * unit;
      digit = 0;
    } else if (ch === '万' || ch === '萬') {
      total += (section + digit) * 1e4;
      section = digit = 0;
    } else if (ch === '亿' || ch === '億') {
      total = (total + section + digit) * 1e8;
      section = digit = 0;
    } else {
      return null;
    }
  }
  return total + section + digit;
}
