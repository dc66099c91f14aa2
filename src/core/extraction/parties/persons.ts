/**
 * Persons by title and by pattern: a title and the name after it ("Генеральный директор Иванов
 * Иван Иванович", "директор И.И. Иванов", "总经理 张伟", "法定代表人：李明", "Director John
 * Smith"), and, without a title, a Russian full name with its patronymic ("Иванова Мария
 * Петровна") or with initials ("Иванов И.И.", "И.И. Иванов"). The span is the name; the title
 * gives `details.role`.
 */
import type { Extracted } from '../types.js';
import { EN_TITLES, RU_TITLES, type Title, ZH_SURNAMES, ZH_TITLES } from './titles.js';

const EXTRACTOR = 'parties/person';

function titleRegex(titles: readonly Title[], flags: string, bounded: boolean): RegExp {
  const alternatives = titles.map((t) => `(${t.pattern})`).join('|');
  // A look-ahead for the first letters lets V8 skip positions where no title starts.
  const firsts = [...new Set(titles.flatMap((t) => t.pattern.split('|').map((a) => a[0]!)))];
  const guard = `(?=[${firsts.join('')}])`;
  return bounded
    ? new RegExp(`${guard}(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, flags)
    : new RegExp(`${guard}(?:${alternatives})`, flags);
}

const RU_TITLE = titleRegex(RU_TITLES, 'giu', true);
const EN_TITLE = titleRegex(EN_TITLES, 'gu', true);
const ZH_TITLE = titleRegex(ZH_TITLES, 'g', false);
const SEPARATOR = /[ \u00a0]*[:：,]?[ \u00a0]*/y;

const RU_WORD = '[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?';
const RU_INITIALS = '[А-ЯЁ]\\.[ \\u00a0]?[А-ЯЁ]\\.';
/** Names after a Russian title: full name, initials before or after, or first name and surname. */
const RU_AFTER_TITLE = new RegExp(
  `(?:${RU_WORD}[ \\u00a0]+${RU_WORD}[ \\u00a0]+${RU_WORD}|${RU_INITIALS}[ \\u00a0]?${RU_WORD}` +
    `|${RU_WORD}[ \\u00a0]+${RU_INITIALS}|${RU_WORD}[ \\u00a0]+${RU_WORD})(?![\\p{L}])`,
  'uy',
);
const EN_AFTER_TITLE =
  /[A-Z][a-z]+(?:[ \u00a0]+[A-Z]\.)?(?:[ \u00a0]+[A-Z][a-z'’-]+){1,2}(?![\p{L}])/uy;
/** An English name followed by its title: "John Smith, Director", "Jane Doe, CEO". */
const EN_TITLE_AFTER = new RegExp(
  `(?<![\\p{L}])[A-Z][a-z]+(?:[ \\u00a0]+[A-Z]\\.)?(?:[ \\u00a0]+[A-Z][a-z'’-]+){1,2},[ \\u00a0]*` +
    `(?:${EN_TITLES.filter((t) => t.role !== '')
      .map((t) => `(${t.pattern})`)
      .join('|')})(?![\\p{L}])`,
  'gu',
);
/** Without a title: three capitalised Cyrillic words, or a surname with initials. */
const RU_FULL_NAME = new RegExp(
  `(?<![\\p{L}])${RU_WORD}[ \\u00a0]+${RU_WORD}[ \\u00a0]+${RU_WORD}(?![\\p{L}])`,
  'gu',
);
const RU_WITH_INITIALS = new RegExp(
  `(?<![\\p{L}])(?:${RU_INITIALS}[ \\u00a0]?${RU_WORD}|${RU_WORD}[ \\u00a0]+${RU_INITIALS})(?![\\p{L}])`,
  'gu',
);
/** Patronymics in any case: Иванович, Ивановича, Ильичу; Ивановна, Ивановны, Кузьминичной. */
const PATRONYMIC =
  /^[А-ЯЁ][а-яё]+(?:(?:ович|евич|ьич|ич)(?:а|у|ем|е)?|(?:овн|евн|ичн)(?:а|ы|е|у|ой))$/;
/** Characters after which a Chinese given name ends: particles and verbs that follow a name. */
const ZH_AFTER_NAME = new Set([...'的签簽先女同负負于於在和与與已代为為是将將及等对對向说說称稱']);
const ZH_NAME_CHAR = /\p{Script=Han}/u;

function person(
  text: string,
  start: number,
  end: number,
  confidence: number,
  role?: string,
): Extracted {
  const name = text.slice(start, end);
  const span: Extracted = {
    start,
    end,
    kind: 'person',
    text: name,
    value: name.replace(/[ \u00a0]+/g, ' ').replace(/\.(?=\p{Lu})/gu, '. '),
    extractor: EXTRACTOR,
    confidence,
  };
  if (role) span.details = { role };
  return span;
}

function roleOf(m: RegExpExecArray, titles: readonly Title[]): string {
  const index = m.slice(1).findIndex((g) => g !== undefined);
  return titles[index]?.role ?? '';
}

function titled(
  text: string,
  titleRe: RegExp,
  titles: readonly Title[],
  nameRe: RegExp,
  found: Extracted[],
): void {
  for (const m of text.matchAll(titleRe)) {
    SEPARATOR.lastIndex = m.index + m[0].length;
    SEPARATOR.exec(text);
    nameRe.lastIndex = SEPARATOR.lastIndex;
    const name = nameRe.exec(text);
    if (!name) continue;
    found.push(person(text, name.index, name.index + name[0].length, 0.85, roleOf(m, titles)));
  }
}

/**
 * A Chinese name at `at`: a surname from the table and one or two characters. Two when the
 * run of characters ends there or the third is a particle or verb; one when it goes on.
 */
function chineseName(text: string, at: number): number | null {
  const surname = ZH_SURNAMES.has(text.slice(at, at + 2))
    ? 2
    : ZH_SURNAMES.has(text[at] ?? '')
      ? 1
      : 0;
  if (surname === 0) return null;
  let run = 0;
  while (run < 4 && ZH_NAME_CHAR.test(text[at + surname + run] ?? '')) run++;
  if (run === 0) return null;
  if (run <= 2) return at + surname + run;
  return ZH_AFTER_NAME.has(text[at + surname + 2]!) ? at + surname + 2 : at + surname + 1;
}

function chinesePersons(text: string, found: Extracted[]): void {
  for (const m of text.matchAll(ZH_TITLE)) {
    SEPARATOR.lastIndex = m.index + m[0].length;
    SEPARATOR.exec(text);
    const start = SEPARATOR.lastIndex;
    const end = chineseName(text, start);
    if (end !== null) found.push(person(text, start, end, 0.75, roleOf(m, ZH_TITLES)));
  }
}

/** Every person found, in no particular order (see `keepLongest`); titled readings first. */
export function extractPersons(text: string): Extracted[] {
  const found: Extracted[] = [];
  const cyrillic = /[А-ЯЁа-яё]/.test(text);
  if (cyrillic) titled(text, RU_TITLE, RU_TITLES, RU_AFTER_TITLE, found);
  titled(text, EN_TITLE, EN_TITLES, EN_AFTER_TITLE, found);
  for (const m of text.matchAll(EN_TITLE_AFTER)) {
    const nameEnd = m.index + m[0].indexOf(',');
    const role = roleOf(
      m,
      EN_TITLES.filter((t) => t.role !== ''),
    );
    found.push(person(text, m.index, nameEnd, 0.8, role));
  }
  if (/\p{Script=Han}/u.test(text)) chinesePersons(text, found);
  if (!cyrillic) return found;
  for (const m of text.matchAll(RU_FULL_NAME)) {
    const words = m[0].split(/[ \u00a0]+/);
    if (PATRONYMIC.test(words[2]!) || PATRONYMIC.test(words[1]!)) {
      found.push(person(text, m.index, m.index + m[0].length, 0.7));
    }
  }
  for (const m of text.matchAll(RU_WITH_INITIALS)) {
    found.push(person(text, m.index, m.index + m[0].length, 0.6));
  }
  return found;
}
