/**
 * Passport numbers. They have no check digit and no common shape, so only a label finds them:
 * "паспорт серия 45 06 № 123456" (a Russian internal passport: series of four digits, number of
 * six), "загранпаспорт 72 1234567", "护照号码：E12345678", "Passport No. 123456789".
 */
import type { Extracted, Extractor } from '../types.js';
import { span } from './scan.js';

const LABEL =
  /(?<![\p{L}])(?:паспорт\p{L}*|загранпаспорт\p{L}*|passport|护照号码|护照号|护照|護照號碼|護照)(?![\p{L}])/giu;

// Words that may stand between the label and the number: no digits, no line break, and no end
// of a sentence (a dot only after "No", "Nr", "N", "сер").
const FILLER = String.raw`(?:[^\n\d.;!?。；]|(?<=No|Nr|N|no|nr|сер)\.){0,48}?`;

/** Series of four digits (two and two), then six digits, "№" or "номер" between. */
const RUSSIAN = new RegExp(
  String.raw`^${FILLER}(?<![\p{L}])(?:серия|серии|сер\.)?\s*(\d{2}\s?\d{2})[\s,]*(?:№|N|номер|No\.?)?\s*(\d{6})(?![\p{L}\p{N}])`,
  'iu',
);
/** Any other: up to two letters, then digits (a space after the first two digits allowed). */
const GENERIC = new RegExp(
  String.raw`^${FILLER}(?<![\p{L}\p{N}])([A-Z]{1,2}\d{6,9}|\d{2}[ \u00a0]?\d{7}|\d{6,12}|[A-Z]{1,2}[ \u00a0]?\d{6,9})(?![\p{L}\p{N}])`,
  'u',
);

export const extractPassport: Extractor = (text) => {
  const found: Extracted[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m !== null; m = LABEL.exec(text)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + 96);
    const russian = RUSSIAN.exec(rest);
    if (russian !== null && /паспорт/i.test(m[0])) {
      const series = russian[1]!.replace(/\s/g, '');
      const start = from + russian[0].indexOf(russian[1]!);
      const end = from + russian[0].length;
      found.push(
        span(text, start, end, 'passport', series + russian[2]!, 'identifiers/passport', 0.9, {
          country: 'ru',
          series,
          number: russian[2]!,
        }),
      );
      LABEL.lastIndex = end;
      continue;
    }
    const generic = GENERIC.exec(rest);
    if (generic === null) continue;
    const end = from + generic[0].length;
    const start = end - generic[1]!.length;
    const details: Record<string, string> = {};
    // Chinese ordinary passports: E or G and eight digits, or E, a letter and seven digits.
    if (/^(?:[EG]\d{8}|E[A-Z]\d{7})$/.test(generic[1]!) && /护|護/.test(m[0]))
      details.country = 'cn';
    found.push(
      span(
        text,
        start,
        end,
        'passport',
        generic[1]!.replace(/[ \u00a0]/g, ''),
        'identifiers/passport',
        0.8,
        details,
      ),
    );
    LABEL.lastIndex = end;
  }
  return found;
};
