/** Legal-form table entries and the parser of their plain-text tables. */
import { isLegalFormClass, type LegalFormClass } from './classes.js';
import { expandCell, parseRows } from './table.js';

/** One legal form: its class, language, display form and every spelling. */
export interface LegalFormEntry {
  readonly class: LegalFormClass;
  /**
   * ISO 639-1 code of the language the form belongs to; for a row shared by neighbouring systems
   * (S.A., d.o.o.), the table's main language.
   */
  readonly lang: string;
  /** The usual abbreviation, as displayed. */
  readonly display: string;
  /**
   * Every spelling, expanded: full and abbreviated, native script and transliterations. A trailing
   * "$" marks a spelling that is only a form at the end of a name (AS, SA: also Arabic articles).
   */
  readonly aliases: readonly string[];
}

/**
 * Parse a table of legal forms. Each row: `class | display | other spellings...`; the display
 * form is itself a spelling. Cells may use "{a,b}" alternatives and "stem~" adjective endings.
 * A line "@xx" switches the language of the rows after it (tables group neighbouring systems).
 */
export function formTable(firstLang: string, text: string): LegalFormEntry[] {
  let lang = firstLang;
  const entries: LegalFormEntry[] = [];
  for (const cells of parseRows(text)) {
    const [cls, display, ...rest] = cells;
    if (cls?.startsWith('@') && cells.length === 1) {
      lang = cls.slice(1);
      continue;
    }
    if (cls === undefined || display === undefined || !isLegalFormClass(cls)) {
      throw new Error(`bad legal form row (${lang}): ${cells.join(' | ')}`);
    }
    const aliases = [display, ...rest].flatMap(expandCell);
    entries.push({ class: cls, lang, display: display.replace(/\$$/, ''), aliases });
  }
  return entries;
}
