/**
 * Cyrillic → Latin in the few systems that lists use. The language (Russian, Ukrainian,
 * Belarusian) is recognised from its distinctive letters, then each of its systems is applied to
 * the whole text, so that a variant never mixes two systems.
 */

import { BELARUSIAN, type CyrillicSystem, RUSSIAN, UKRAINIAN } from './cyrillic-tables.js';
import { mapWords, splitWords, uniqueCapped } from './variants.js';

const STRESS_MARKS = /[\u0300\u0301]/g;
// Tables are arrays indexed by code point from U+0400, the Cyrillic block and its supplement:
// a look-up per letter is then an array access, not a string-keyed hash.
const BASE = 0x0400;
const SIZE = 0x0130;

function codeSet(letters: string): Uint8Array {
  const set = new Uint8Array(SIZE);
  for (const letter of letters) set[letter.charCodeAt(0) - BASE] = 1;
  return set;
}

const VOWELS = codeSet('аеёиоуыэюяіїєўъь');
const FRONT = codeSet('іеёюяь');

interface Compiled {
  readonly system: CyrillicSystem;
  readonly letters: readonly (string | undefined)[];
  readonly initial: readonly (string | undefined)[];
  readonly afterVowel: readonly (string | undefined)[];
  /** Letters with a rule beyond the letter table; the others skip the rule checks. */
  readonly triggers: Uint8Array;
}

function table(record: Readonly<Record<string, string>> | undefined): (string | undefined)[] {
  const out = new Array<string | undefined>(SIZE).fill(undefined);
  for (const [letter, value] of Object.entries(record ?? {})) {
    const code = letter.charCodeAt(0) - BASE;
    if (letter.length === 1 && code >= 0 && code < SIZE) out[code] = value;
  }
  return out;
}

function compile(system: CyrillicSystem): Compiled {
  let triggerLetters = 'ь';
  for (const rules of [system.initial, system.afterVowel, system.endings, system.pairs]) {
    for (const key of Object.keys(rules ?? {})) triggerLetters += key[0];
  }
  if (system.undoDzekanne) triggerLetters += 'дц';
  return {
    system,
    letters: table(system.letters),
    initial: table(system.initial),
    afterVowel: table(system.afterVowel),
    triggers: codeSet(triggerLetters),
  };
}

// The letters at which a language's systems differ or have rules: a name without any of them
// has a single spelling and is converted once.
function varyingLetters(systems: readonly Compiled[]): Uint8Array {
  const varying = new Uint8Array(SIZE);
  const first = systems[0]!;
  for (const s of systems) {
    for (let code = 0; code < SIZE; code++) {
      if (s.letters[code] !== first.letters[code] || s.triggers[code]) varying[code] = 1;
    }
  }
  return varying;
}

type Language = 'ru' | 'uk' | 'be';

function language(systems: readonly CyrillicSystem[]) {
  const compiled = systems.map(compile);
  return { systems: compiled, varying: varyingLetters(compiled) };
}

const LANGUAGES = { ru: language(RUSSIAN), uk: language(UKRAINIAN), be: language(BELARUSIAN) };

// Ukrainian surnames in -ський, -цька keep a soft sign that Russian (-ский) does not write.
const UKRAINIAN_SURNAME = /[сцз]ьк(?:ий|а)(?![а-яіїєґ])/;

function detectLanguage(text: string): Language {
  if (text.includes('ў')) return 'be';
  if (text.includes('ґ') || text.includes('є') || text.includes('ї')) return 'uk';
  if (!text.includes('і')) return UKRAINIAN_SURNAME.test(text) ? 'uk' : 'ru';
  if (text.includes('и')) return 'uk';
  return text.includes('ы') || text.includes('э') || text.includes('дз') ? 'be' : 'uk';
}

const isFront = (word: string, i: number) => FRONT[word.charCodeAt(i) - BASE] === 1;

// Undo Belarusian дз/ц before a front vowel: Уладзімір → Uladimir, Пуцін → Putin.
function undoneDzekanne(word: string, i: number): [string, number] | null {
  const char = word[i];
  if (char === 'д' && word[i + 1] === 'з' && isFront(word, i + 2)) return ['d', 2];
  if (char === 'ц' && isFront(word, i + 1)) return ['t', 1];
  return null;
}

function contextual(word: string, i: number, c: Compiled): [string, number] | null {
  const { system } = c;
  const code = word.charCodeAt(i) - BASE;
  const pair = word.slice(i, i + 2);
  const ending = i === word.length - 2 ? system.endings?.[pair] : undefined;
  if (ending !== undefined) return [ending, 2];
  const cluster = system.pairs?.[pair];
  if (cluster !== undefined) return [cluster, 2];
  const undone = system.undoDzekanne ? undoneDzekanne(word, i) : null;
  if (undone) return undone;
  const initial = i === 0 ? c.initial[code] : undefined;
  if (initial !== undefined) return [initial, 1];
  const afterVowel = i > 0 && VOWELS[word.charCodeAt(i - 1) - BASE] === 1;
  if (afterVowel && c.afterVowel[code] !== undefined) return [c.afterVowel[code], 1];
  if (word[i] === 'ь' && system.softSignBeforeI !== undefined && word[i + 1] === 'и') {
    return [system.softSignBeforeI, 1];
  }
  return null;
}

/** One lower-case Cyrillic word in one system. Unknown characters are copied unchanged. */
function romanizeWord(word: string, c: Compiled): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const code = word.charCodeAt(i) - BASE;
    const inBlock = code >= 0 && code < SIZE;
    const rule = inBlock && c.triggers[code] === 1 ? contextual(word, i, c) : null;
    if (rule) {
      out += rule[0];
      i += rule[1];
    } else {
      out += (inBlock ? c.letters[code] : undefined) ?? word[i];
      i++;
    }
  }
  return out;
}

/** One lower-case Cyrillic word in one system (see cyrillic-tables.ts). */
export function romanizeCyrillicWord(word: string, system: CyrillicSystem): string {
  return romanizeWord(word, compile(system));
}

/**
 * The Latin spellings of a Cyrillic text, most common system first (BGN/PCGN for Russian, the
 * national systems for Ukrainian and Belarusian). Capitalisation is kept word by word.
 */
export function transliterateCyrillic(text: string): string[] {
  const clean = text.normalize('NFC').replace(STRESS_MARKS, '');
  const lower = clean.toLowerCase();
  const { systems, varying } = LANGUAGES[detectLanguage(lower)];
  let varies = false;
  for (let i = 0; i < lower.length && !varies; i++) {
    varies = varying[lower.charCodeAt(i) - BASE] === 1;
  }
  const used = varies ? systems : systems.slice(0, 1);
  const words = splitWords(clean);
  return uniqueCapped(used.map((c) => mapWords(words, (word) => romanizeWord(word, c))));
}
