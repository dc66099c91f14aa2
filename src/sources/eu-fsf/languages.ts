/**
 * The EU writes a name's language as an ISO 639-1 code in upper case (`nameLanguage="RU"`);
 * statements carry ISO 639-3, as FollowTheMoney does. The table covers the EU's official
 * languages and the others its lists use; an unknown code gives no language rather than a guess.
 */
import { lookupTable } from '../../core/normalise/index.js';

const ISO_639_3 = lookupTable({
  ar: 'ara',
  az: 'aze',
  be: 'bel',
  bg: 'bul',
  bs: 'bos',
  cs: 'ces',
  da: 'dan',
  de: 'deu',
  el: 'ell',
  en: 'eng',
  es: 'spa',
  et: 'est',
  fa: 'fas',
  fi: 'fin',
  fr: 'fra',
  ga: 'gle',
  he: 'heb',
  hr: 'hrv',
  hu: 'hun',
  hy: 'hye',
  it: 'ita',
  ja: 'jpn',
  ka: 'kat',
  kk: 'kaz',
  ko: 'kor',
  ky: 'kir',
  lt: 'lit',
  lv: 'lav',
  mk: 'mkd',
  mt: 'mlt',
  nl: 'nld',
  pl: 'pol',
  ps: 'pus',
  pt: 'por',
  ro: 'ron',
  ru: 'rus',
  sk: 'slk',
  sl: 'slv',
  sq: 'sqi',
  sr: 'srp',
  sv: 'swe',
  tg: 'tgk',
  tk: 'tuk',
  tr: 'tur',
  uk: 'ukr',
  ur: 'urd',
  uz: 'uzb',
  zh: 'zho',
});

/** ISO 639-3 for an EU language code, or null when absent or not known. */
export function languageCode(code: string | null): string | null {
  if (!code) return null;
  return ISO_639_3[code.trim().toLowerCase()] ?? null;
}
