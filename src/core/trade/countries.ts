/**
 * Countries as trade files write them: the list cleaner's names and codes (English, ISO alpha-2
 * and alpha-3), plus the Russian and Chinese names of the countries on the routes that matter
 * here (written for this project from the countries' usual names in each language).
 */
import { cleanCountry, lookupKey } from '../normalise/index.js';

const LOCAL_NAMES: Record<string, string> = {
  россия: 'ru',
  'российская федерация': 'ru',
  рф: 'ru',
  китай: 'cn',
  кнр: 'cn',
  гонконг: 'hk',
  макао: 'mo',
  аомынь: 'mo',
  казахстан: 'kz',
  киргизия: 'kg',
  кыргызстан: 'kg',
  армения: 'am',
  грузия: 'ge',
  турция: 'tr',
  оаэ: 'ae',
  узбекистан: 'uz',
  таджикистан: 'tj',
  беларусь: 'by',
  белоруссия: 'by',
  азербайджан: 'az',
  иран: 'ir',
  индия: 'in',
  германия: 'de',
  сша: 'us',
  俄罗斯: 'ru',
  中国: 'cn',
  香港: 'hk',
  澳门: 'mo',
  澳門: 'mo',
  哈萨克斯坦: 'kz',
  吉尔吉斯斯坦: 'kg',
  亚美尼亚: 'am',
  格鲁吉亚: 'ge',
  土耳其: 'tr',
  阿联酋: 'ae',
  乌兹别克斯坦: 'uz',
  塔吉克斯坦: 'tj',
  白俄罗斯: 'by',
  阿塞拜疆: 'az',
  伊朗: 'ir',
  印度: 'in',
  德国: 'de',
  美国: 'us',
  türkiye: 'tr',
  turkiye: 'tr',
  'hong kong sar': 'hk',
  uae: 'ae',
};

const TABLE = new Map(Object.entries(LOCAL_NAMES).map(([name, code]) => [lookupKey(name), code]));

/** The FtM country code of a name or code, or null when it names no country. */
export function tradeCountry(raw: string): string | null {
  const text = raw.trim();
  if (text === '') return null;
  return TABLE.get(lookupKey(text)) ?? TABLE.get(text.toLowerCase()) ?? cleanCountry(text);
}
