/**
 * The legal forms the organisation extractor looks for in running text, drawn from the legal-form
 * tables of src/core/orgs (one source of truth for spellings and classes). Running text is not a
 * name field: a form is only taken where it cannot be an ordinary word, so the choice here is
 * narrower than the tables (no bare "Company", "Co", "Group" or "公司" alone as a word).
 */
import { LEGAL_FORMS, type LegalFormClass } from '../../orgs/index.js';

/** Companies, state enterprises and groups: the classes whose forms mark a name in Russian. */
const RU_CLASSES: ReadonlySet<LegalFormClass> = new Set(['llc', 'jsc', 'plc', 'soe', 'group']);
/** Chinese adds 公司 itself and branches (分公司, 分行), found after a name of three characters. */
const ZH_CLASSES: ReadonlySet<LegalFormClass> = new Set([...RU_CLASSES, 'corporation', 'branch']);
/** After a Latin-script name, only company forms: "State Enterprise" is too often prose. */
const LATIN_CLASSES: ReadonlySet<LegalFormClass> = new Set(['llc', 'jsc', 'plc', 'corporation']);

/** Spellings too common as words of prose to mark a company in running text. */
const TOO_COMMON = new Set([
  'co',
  'co.',
  'company',
  'comp.',
  'cmpy',
  'corp ltd',
  'lim.',
  'limted',
  'limitd',
  'holding',
  'holdings',
  'group',
  'grp',
  'pty',
  'pte',
  'pvt',
  'mbh',
  'stock company',
  'incorp',
  'general corporation',
  'pc',
  'p.c.',
  'european company',
  'филиал',
  'фонд',
  'холдинг',
  'кооператив',
]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A spelling as a pattern: dots optional, any run of spaces, "Co., Ltd." = "Co. Ltd" = "Co Ltd". */
function spellingPattern(alias: string): string {
  return alias
    .replace(/\.$/, '')
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/\\\./g, '\\.?').replace(/,/g, ',?'))
    .join('[ \\u00a0]+')
    .concat(alias.endsWith('.') ? '\\.?' : '');
}

function aliases(
  langs: readonly string[],
  classes: ReadonlySet<LegalFormClass>,
  keep: (alias: string) => boolean,
): string[] {
  const found = new Set<string>();
  for (const entry of LEGAL_FORMS) {
    if (!langs.includes(entry.lang) || !classes.has(entry.class)) continue;
    for (const alias of entry.aliases) {
      if (alias.endsWith('$') || TOO_COMMON.has(alias.toLowerCase())) continue;
      if (keep(alias)) found.add(alias);
    }
  }
  // Longest first, so that the alternation takes "Co., Ltd." before "Ltd".
  return [...found].sort((a, b) => b.length - a.length);
}

const CYRILLIC_ABBREVIATION = /^[А-ЯЁ]{2,6}$/;
const LATIN_ABBREVIATION = /^[A-Z][A-Za-z]{1,4}$/;

/** Russian abbreviations (ООО, АО, ПАО, ФГУП...), matched in capitals only. */
export const RU_ABBREVIATIONS = aliases(['ru'], RU_CLASSES, (a) =>
  CYRILLIC_ABBREVIATION.test(a),
).map(escapeRegExp);

/** Russian forms written out ("Общество с ограниченной ответственностью"), any case. */
export const RU_FULL_FORMS = aliases(['ru'], RU_CLASSES, (a) =>
  /^[а-яё-]+(?: [а-яё-]+)+$/.test(a),
).map(spellingPattern);

/** Transliterated Russian and English abbreviations written before a name: OOO, AO, JSC, LLC. */
export const LATIN_PREFIXES = [
  ...aliases(['ru'], RU_CLASSES, (a) => LATIN_ABBREVIATION.test(a)),
  ...aliases(['en'], LATIN_CLASSES, (a) => /^(?:[OCP]?JSC|PrJSC|LLC)$/.test(a)),
].map(escapeRegExp);

/** Forms written after a Latin-script name: LLC, Co., Ltd., Limited, GmbH, JSC, PLC, Inc. */
export const LATIN_SUFFIXES = aliases(['en', 'de'], LATIN_CLASSES, (a) =>
  /^[A-Za-z][A-Za-z.,& ()-]*$/.test(a),
)
  .filter((a) => a.length > 2 || a === a.toUpperCase())
  .map(spellingPattern);

/** Chinese forms at the end of a name: 有限公司, 股份有限公司, 集团有限公司... */
export const ZH_SUFFIXES = aliases(['zh'], ZH_CLASSES, (a) => /^\p{Script=Han}{2,}$/u.test(a))
  .filter((a) => !['控股', '国企', '国营', '國營'].includes(a))
  .map(escapeRegExp);
