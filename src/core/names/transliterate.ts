/**
 * Script-aware transliteration to Latin: the text is split into runs of one script and each run
 * goes to its script's transliterator; the variants of the runs are then joined system by system.
 */

import { transliterateArabic } from './arabic.js';
import { isIndic, transliterateIndic } from './brahmic.js';
import { transliterateArmenian, transliterateGeorgian } from './caucasus.js';
import { transliterateHan } from './chinese.js';
import { transliterateCyrillic } from './cyrillic.js';
import { transliterateGreek } from './greek.js';
import { transliterateHangul } from './hangul.js';
import { transliterateHebrew } from './hebrew.js';
import { koreanFromCyrillic } from './korean-cyrillic.js';
import { chineseFromCyrillic } from './palladius.js';
import { transliterateKana } from './kana.js';
import { transliterateKhmer } from './khmer.js';
import { transliterateMyanmar } from './myanmar.js';
import { type ScriptRun, splitScriptRuns } from './scripts.js';
import { transliterateThai } from './thai.js';
import { combineRuns, uniqueCapped } from './variants.js';

/**
 * A Korean or Chinese name written in Cyrillic (Ким Чен Ын, Си Цзиньпин): its Russian reading
 * first, then the Latin spellings of its Korean or Chinese reading (Kim Jong Un, Xi Jinping),
 * which the Russian reading never reaches.
 */
function withEastAsianReadings(runs: readonly ScriptRun[], spellings: string[]): string[] {
  if (!runs.some((run) => run.script === 'Cyrillic')) return spellings;
  if (runs.some((run) => run.script !== 'Cyrillic' && run.script !== null)) return spellings;
  const text = runs.map((run) => run.text).join('');
  const korean = koreanFromCyrillic(text).flatMap(transliterateHangul);
  const chinese = chineseFromCyrillic(text);
  if (korean.length === 0 && chinese.length === 0) return spellings;
  return uniqueCapped([spellings[0]!, ...chinese, ...korean, ...spellings.slice(1)]);
}

function transliterateRun(run: ScriptRun, japanese: boolean): string[] {
  const { script, text } = run;
  switch (script) {
    case null:
    case 'Latin':
      return [text];
    case 'Cyrillic':
      return transliterateCyrillic(text);
    case 'Greek':
      return transliterateGreek(text);
    case 'Armenian':
      return transliterateArmenian(text);
    case 'Georgian':
      return transliterateGeorgian(text);
    case 'Arabic':
      return transliterateArabic(text);
    case 'Hebrew':
      return transliterateHebrew(text);
    case 'Hangul':
      return transliterateHangul(text);
    case 'Hiragana':
    case 'Katakana':
      return transliterateKana(text);
    case 'Han':
      // Kanji in a Japanese name have Japanese readings, which pinyin would only garble.
      return japanese ? [text] : transliterateHan(text);
    case 'Thai':
      return transliterateThai(text);
    case 'Khmer':
      return transliterateKhmer(text);
    case 'Myanmar':
      return transliterateMyanmar(text);
    default:
      return isIndic(script) ? transliterateIndic(text, script) : [text];
  }
}

/**
 * The Latin spellings of a name, in the few systems that lists use for its script, most common
 * first and at most eight. Latin text passes through; scripts without a transliterator here
 * (Ethiopic, Tibetan, …) also pass through unchanged. Capitalisation and punctuation are
 * kept, so that the result can still be parsed as a name ("PUTIN, Vladimir").
 *
 * @example transliterate('Путин, Владимир') // ['Putin, Vladimir']
 * @example transliterate('김정은') // ['kim jung-eun', 'gim jeong-eun', 'kim chong-un', 'kim jong-un']
 */
export function transliterate(name: string): string[] {
  const runs = splitScriptRuns(name.normalize('NFKC'));
  const japanese = runs.some((run) => run.script === 'Hiragana' || run.script === 'Katakana');
  return withEastAsianReadings(
    runs,
    combineRuns(runs.map((run) => transliterateRun(run, japanese))),
  );
}
