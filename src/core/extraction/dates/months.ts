/**
 * Month names as Russian and English documents write them in dates. Russian dates put the month
 * in the genitive ("14 марта 2024 г."); abbreviations follow the usual office forms (янв., февр.,
 * сент.). English month names are read by src/core/normalise/dates; this list only finds them.
 */

/** Russian genitive month names and abbreviations, lower case, with their month number. */
export const RU_MONTHS: Record<string, number> = {
  января: 1,
  янв: 1,
  февраля: 2,
  фев: 2,
  февр: 2,
  марта: 3,
  мар: 3,
  апреля: 4,
  апр: 4,
  мая: 5,
  июня: 6,
  июн: 6,
  июля: 7,
  июл: 7,
  августа: 8,
  авг: 8,
  сентября: 9,
  сен: 9,
  сент: 9,
  октября: 10,
  окт: 10,
  ноября: 11,
  ноя: 11,
  нояб: 11,
  декабря: 12,
  дек: 12,
};

/** English month names and abbreviations as they start a word (Title or upper case). */
export const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** Chinese digits as dates write them in characters (二〇二四年三月十四日). */
export const ZH_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
