/**
 * Hebrew → Latin. Like Arabic, Hebrew leaves most vowels unwritten: ו and י are read as the
 * vowels o/u and i inside a word, and the rest is left to the consonant skeleton. Two spellings:
 * the common English one (ch, tz, final -e: Moshe, Chaim) and the Israeli one (h, ts, final -a).
 */

import { mapWords, splitWords, uniqueCapped } from './variants.js';

/** [common, israeli] values at the start of a word, inside it and at its end. */
interface HebrewLetter {
  readonly initial?: readonly [string, string];
  readonly medial: readonly [string, string];
  readonly final?: readonly [string, string];
  readonly skeleton: string;
  readonly skeletonAlt?: string;
  /** The value with a geresh (ג׳ j), which marks a sound Hebrew borrowed. */
  readonly geresh?: string;
}

const same = (value: string): readonly [string, string] => [value, value];

export const HEBREW: Readonly<Record<string, HebrewLetter>> = {
  א: { initial: same('a'), medial: same(''), skeleton: '' },
  ב: { initial: same('b'), medial: same('v'), skeleton: 'b' },
  ג: { medial: same('g'), skeleton: 'j', geresh: 'j' },
  ד: { medial: same('d'), skeleton: 'd' },
  ה: { medial: same('h'), final: ['e', 'a'], skeleton: 'h' },
  ו: { initial: same('v'), medial: ['o', 'u'], skeleton: '', skeletonAlt: 'b' },
  ז: { medial: same('z'), skeleton: 'z', geresh: 'zh' },
  ח: { medial: ['ch', 'h'], skeleton: 'h', skeletonAlt: 'k' },
  ט: { medial: same('t'), skeleton: 't' },
  י: { initial: same('y'), medial: same('i'), skeleton: '' },
  כ: { initial: same('k'), medial: ['ch', 'kh'], skeleton: 'k' },
  ל: { medial: same('l'), skeleton: 'l' },
  מ: { medial: same('m'), skeleton: 'm' },
  נ: { medial: same('n'), skeleton: 'n' },
  ס: { medial: same('s'), skeleton: 's' },
  ע: { initial: same('a'), medial: same(''), skeleton: '' },
  פ: { initial: same('p'), medial: same('f'), skeleton: 'b' },
  צ: { medial: ['tz', 'ts'], skeleton: 's', geresh: 'ch' },
  ק: { medial: same('k'), skeleton: 'k' },
  ר: { medial: same('r'), skeleton: 'r' },
  ש: { medial: same('sh'), skeleton: 's' },
  ת: { medial: same('t'), skeleton: 't', geresh: 'th' },
};

const FINAL_FORMS: Readonly<Record<string, string>> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };
const GERESH = new Set(['׳', "'", '’', '`']);

export interface HebrewUnit {
  readonly letter: HebrewLetter;
  readonly position: 'initial' | 'medial' | 'final';
  readonly geresh: boolean;
  /** A doubled ו or י: the consonant v or y, written once. */
  readonly doubled: boolean;
}

/** The letters of a Hebrew word with their positions; points and unknown signs are skipped. */
export function hebrewUnits(word: string): HebrewUnit[] {
  const letters: string[] = [];
  const gereshAfter: boolean[] = [];
  for (const char of word) {
    if (GERESH.has(char) && letters.length > 0) gereshAfter[letters.length - 1] = true;
    const base = FINAL_FORMS[char] ?? char;
    if (HEBREW[base]) letters.push(base);
  }
  const units: HebrewUnit[] = [];
  for (let i = 0; i < letters.length; i++) {
    const base = letters[i]!;
    const doubled = (base === 'ו' || base === 'י') && letters[i + 1] === base;
    const position = i === 0 ? 'initial' : i === letters.length - 1 ? 'final' : 'medial';
    units.push({ letter: HEBREW[base]!, position, geresh: gereshAfter[i] === true, doubled });
    if (doubled) i++;
  }
  return units;
}

function unitValue(unit: HebrewUnit, system: 0 | 1): string {
  const { letter } = unit;
  if (unit.geresh && letter.geresh) return letter.geresh;
  if (unit.doubled) return letter === HEBREW.ו ? 'v' : 'y';
  if (unit.position === 'initial' && letter.initial) return letter.initial[system];
  if (unit.position === 'final' && letter.final) return letter.final[system];
  return letter.medial[system];
}

/** The Latin spellings of a Hebrew text: common English form, then Israeli form. */
export function transliterateHebrew(text: string): string[] {
  const words = splitWords(text, false);
  return uniqueCapped(
    ([0, 1] as const).map((system) =>
      mapWords(words, (word) => {
        let out = '';
        for (const unit of hebrewUnits(word)) out += unitValue(unit, system);
        return out;
      }),
    ),
  );
}
