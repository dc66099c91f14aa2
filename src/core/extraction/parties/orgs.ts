/**
 * Organisations on no list, found by their legal form: a Russian form before a quoted name
 * (ООО «Ромашка», Общество с ограниченной ответственностью "Ромашка", АО «Концерн ВКО „Алмаз-
 * Антей“»), a Chinese form after the name (北京华为技术有限公司), a Latin-script form after
 * capitalised words (Shenzhen Huaxin Trading Co., Ltd.; Siemens GmbH) or before them (JSC
 * Kupol). The value is the name as src/core/orgs normalises it, so that mentions compare with
 * list names; the form's class comes from the same tables.
 */
import { extractLegalForms, normaliseOrgName } from '../../orgs/index.js';
import type { Extracted } from '../types.js';
import {
  LATIN_PREFIXES,
  LATIN_SUFFIXES,
  RU_ABBREVIATIONS,
  RU_FULL_FORMS,
  ZH_SUFFIXES,
} from './forms.js';
import { quotedName } from './quotes.js';
import { chineseNameStart } from './zh-names.js';

const EXTRACTOR = 'parties/org';
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * A look-ahead for the first characters of a list of alternatives: V8 then skips positions where
 * none can start instead of trying each alternative there (three times faster on long pages).
 */
function firstCharacters(patterns: readonly string[]): string {
  const firsts = new Set(patterns.map((p) => (p.startsWith('\\') ? p.slice(0, 2) : p[0]!)));
  return `(?=[${[...firsts].join('')}])`;
}

const ABBREVIATIONS = [...RU_ABBREVIATIONS, ...LATIN_PREFIXES];
const ABBREVIATION = new RegExp(
  `${firstCharacters(ABBREVIATIONS)}${NOT_WORD_BEFORE}(?:${ABBREVIATIONS.join('|')})${NOT_WORD_AFTER}`,
  'gu',
);
const FULL_FORM = new RegExp(
  `${firstCharacters(RU_FULL_FORMS)}${NOT_WORD_BEFORE}(?:${RU_FULL_FORMS.join('|')})${NOT_WORD_AFTER}`,
  'giu',
);
const LATIN_SUFFIX = new RegExp(
  `${firstCharacters(LATIN_SUFFIXES)}${NOT_WORD_BEFORE}(?:${LATIN_SUFFIXES.join('|')})` +
    `(?:(?<=\\.)|${NOT_WORD_AFTER})`,
  'giu',
);
/** A single word that is itself a Latin-script form: a name never runs back across one. */
const LATIN_FORM_WORD = new RegExp(`^(?:${LATIN_SUFFIXES.join('|')}),?$`, 'iu');
const ZH_SUFFIX = new RegExp(ZH_SUFFIXES.join('|'), 'g');
/** Up to three capitalised words after an abbreviation written without quotes (ООО Ромашка). */
const UNQUOTED = /[ \u00a0]+[A-ZА-ЯЁ][\p{L}\p{N}-]*(?:[ \u00a0]+[A-ZА-ЯЁ][\p{L}\p{N}-]*){0,2}/uy;
/** Forms that also name one person (ИП) or are too short to stand without quotes. */
const QUOTES_ONLY = /^(?:[А-ЯЁ]{2}|[A-Z]{2}|ИП|IP)$/;

/** Words that may stand inside a Latin-script company name between capitalised words. */
const CONNECTORS = new Set(['&', 'and', 'of', 'de', 'du', 'la', 'und', 'für', 'for', 'the']);
/** Words that end a person's title or a relation before "of" ("Director of ..."). */
const TITLE_BEFORE_OF =
  /(?:Director|Manager|President|Chairman|Chairwoman|Officer|Representative|Secretary|Head|CEO|Owner|Shareholder|Partner|Subsidiary)\s+$/;
/** Capitalised words that open a sentence or a field rather than a name. */
const LEADING_NOISE = new Set([
  'The',
  'Between',
  'And',
  'By',
  'From',
  'To',
  'With',
  'For',
  'Messrs',
  'Dear',
  'Buyer',
  'Seller',
  'Supplier',
  'Consignee',
  'Shipper',
  'Beneficiary',
  'Payer',
  'Attn',
  'Re',
  'Customer',
  'Party',
  'Contractor',
  'Client',
  'Bill',
  'Ship',
  'Sold',
  'Invoice',
  'Paid',
  'Pay',
  'Order',
]);
const NAME_WORD = /^\(?[A-Z0-9][\p{L}\p{N}'’&.-]*\)?$/u;
const CLOSING_QUOTES = '»”"';
const BRANCHES = new Set(['分公司', '办事处', '辦事處', '代表处', '代表處', '分行', '支行']);

function org(
  text: string,
  start: number,
  end: number,
  name: string,
  confidence: number,
  formAtEnd = false,
): Extracted | null {
  const spanText = text.slice(start, end);
  const forms = extractLegalForms(spanText).forms;
  const form = formAtEnd ? forms[forms.length - 1] : forms[0];
  const value = normaliseOrgName(spanText);
  if (value === '' || name.trim() === '') return null;
  const details: Record<string, string> = { name: name.trim().replace(/^["«“]|["»”]$/g, '') };
  if (form) {
    details.form = form.display;
    details.class = form.class;
  }
  return {
    start,
    end,
    kind: 'org',
    text: spanText,
    value,
    extractor: EXTRACTOR,
    confidence,
    details,
  };
}

/** A form written before its name: a quoted name, or a few capitalised words. */
function formBefore(text: string, m: RegExpExecArray): Extracted | null {
  const formEnd = m.index + m[0].length;
  const quoted = quotedName(text, formEnd);
  if (quoted) {
    const name = text.slice(quoted.inner[0], quoted.inner[1]);
    return org(text, m.index, quoted.end, name, 0.9);
  }
  if (QUOTES_ONLY.test(m[0]) || /[a-zа-яё]/.test(m[0][0]!)) return null;
  UNQUOTED.lastIndex = formEnd;
  const words = UNQUOTED.exec(text);
  if (!words) return null;
  return org(text, m.index, formEnd + words[0].length, words[0], 0.6);
}

/**
 * Capitalised words (or a quoted name) before a Latin-script form ending at `at`, never before
 * `floor` (the end of the organisation before) nor across another legal form.
 */
function nameBefore(text: string, at: number, floor: number): number | null {
  let i = at;
  while (i > 0 && /[ \u00a0]/.test(text[i - 1]!)) i--;
  if (text[i - 1] === ',') i--;
  const quote = text[i - 1];
  if (quote !== undefined && CLOSING_QUOTES.includes(quote)) {
    const open = text.lastIndexOf(quote === '»' ? '«' : quote === '”' ? '“' : '"', i - 2);
    return open >= 0 && i - open < 160 && !text.slice(open, i).includes('\n') ? open : null;
  }
  const words: Array<{ start: number; word: string }> = [];
  while (words.length < 8) {
    let j = i;
    while (j > 0 && !/\s/.test(text[j - 1]!)) j--;
    const word = text.slice(j, i);
    if (j < floor || word === '' || !(NAME_WORD.test(word) || CONNECTORS.has(word))) break;
    if (LATIN_FORM_WORD.test(word)) break;
    // "General Director of TSK Vektor LLC": a person's title is no part of the name.
    if (word === 'of' && TITLE_BEFORE_OF.test(text.slice(Math.max(0, j - 16), j))) break;
    words.unshift({ start: j, word });
    // A line break or a tab (a table's cell) ends the name.
    if (j === 0 || text[j - 1] === '\n' || text[j - 1] === '\t' || text[j - 2] === '\n') break;
    i = j - 1;
  }
  while (
    words.length > 0 &&
    (CONNECTORS.has(words[0]!.word) || LEADING_NOISE.has(words[0]!.word))
  ) {
    words.shift();
  }
  return words.some((w) => /^[A-Z(]/.test(w.word) && /\p{L}/u.test(w.word))
    ? words[0]!.start
    : null;
}

function formAfterLatin(text: string, m: RegExpExecArray, floor: number): Extracted | null {
  // Forms are matched whatever their case but must start with a capital ("Limited", "LTD").
  if (!/^[A-Z]/.test(m[0])) return null;
  const start = nameBefore(text, m.index, floor);
  if (start === null) return null;
  // A final dot belongs to "Ltd." and "Co., Ltd." but ends the sentence after "LLC" or "GmbH".
  const form = m[0];
  const end =
    form.endsWith('.') && !/\..*\.$/.test(form) && !/^[A-Z][a-z]{1,3}\.$/.test(form)
      ? m.index + form.length - 1
      : m.index + form.length;
  const name = text.slice(start, m.index).replace(/,?\s*$/, '');
  return org(text, start, end, name, 0.8, true);
}

/** Chinese forms, adjacent forms joined (控股 + 有限公司; 有限公司 + 北京分公司). */
function chineseOrgs(text: string, found: Extracted[]): void {
  let previousEnd = 0;
  for (const m of text.matchAll(ZH_SUFFIX)) {
    const last = found[found.length - 1];
    const end = m.index + m[0].length;
    const gap = last ? text.slice(last.end, m.index) : '';
    if (
      last?.kind === 'org' &&
      last.end <= m.index &&
      (gap === '' || (BRANCHES.has(m[0]) && /^\p{Script=Han}{1,6}$/u.test(gap)))
    ) {
      const name = String(last.details?.name ?? '');
      const joined = org(text, last.start, end, name, last.confidence, true);
      if (joined) found[found.length - 1] = joined;
      previousEnd = end;
      continue;
    }
    const start = chineseNameStart(text, m.index, previousEnd, m[0] === '公司' ? 3 : 2);
    previousEnd = end;
    if (start === null) continue;
    const confidence = m[0] === '公司' ? 0.5 : 0.85;
    const span = org(text, start, end, text.slice(start, m.index), confidence, true);
    if (span) found.push(span);
  }
}

/** Every organisation found by its legal form, in no particular order (see `keepLongest`). */
export function extractOrgs(text: string): Extracted[] {
  const found: Extracted[] = [];
  if (/\p{Script=Han}/u.test(text)) chineseOrgs(text, found);
  for (const re of [ABBREVIATION, FULL_FORM]) {
    for (const m of text.matchAll(re)) {
      const span = formBefore(text, m);
      if (span) found.push(span);
    }
  }
  let floor = 0;
  for (const m of text.matchAll(LATIN_SUFFIX)) {
    const span = formAfterLatin(text, m, floor);
    floor = m.index + m[0].length;
    if (span) found.push(span);
  }
  return found;
}
