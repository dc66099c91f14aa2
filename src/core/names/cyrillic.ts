/**
 * Cyrillic → Latin in the few systems that lists use. The language (Russian, Ukrainian,
 * Belarusian) is recognised from its distinctive letters, then each of its systems is applied to
 * the whole text, so that a variant never mixes two systems.
 */

import {
  BELARUSIAN,
  type CyrillicSystem,
  RUSSIAN,
  UKRAINIAN,
} from './cyrillic-tables.js';
import { mapWords, uniqueCapped, withCase } from './variants.js';

const VOWELS = new Set('аеёиоуыэюяіїєў');
const FRONT = new Set('іеёюяь');
const STRESS_MARKS = /[\u0300\u0301]/g;

type Language = 'ru' | 'uk' | 'be';

function detectLanguage(text: string): Language {
  if (text.includes('ў')) return 'be';
  if (text.includes('ґ') || text.includes('є') || text.includes('ї')) return 'uk';
  if (!text.includes('і')) return 'ru';
  if (text.includes('и')) return 'uk';
  return text.includes('ы') || text.includes('э') || text.includes('дз') ? 'be' : 'uk';
}

// The letters at which a language's systems differ, with those that trigger positional rules:
// a name without any of them has a single spelling and is converted once.
function varyingLetters(systems: readonly CyrillicSystem[]): Set<string> {
  const varying = new Set<string>(['ь']);
  const first = systems[0]!;
  for (const s of systems) {
    for (const [letter, value] of Object.entries(s.letters)) {
      if (first.letters[letter] !== value) varying.add(letter);
    }
    for (const table of [s.initial, s.afterVowel, s.endings, s.pairs]) {
      for (const key of Object.keys(table ?? {})) varying.add(key[0]!);
    }
    if (s.undoDzekanne) for (const letter of 'дц') varying.add(letter);
  }
  return varying;
}

const LANGUAGES: Record<Language, { systems: readonly CyrillicSystem[]; varying: Set<string> }> = {
  ru: { systems: RUSSIAN, varying: varyingLetters(RUSSIAN) },
  uk: { systems: UKRAINIAN, varying: varyingLetters(UKRAINIAN) },
  be: { systems: BELARUSIAN, varying: varyingLetters(BELARUSIAN) },
};

// Undo Belarusian дз/ц before a front vowel: Уладзімір → Uladimir, Пуцін → Putin.
function undoneDzekanne(word: string, i: number): [string, number] | null {
  const char = word[i];
  if (char === 'д' && word[i + 1] === 'з' && FRONT.has(word[i + 2] ?? '')) return ['d', 2];
  if (char === 'ц' && FRONT.has(word[i + 1] ?? '')) return ['t', 1];
  return null;
}

function contextual(word: string, i: number, s: CyrillicSystem): [string, number] | null {
  const char = word[i]!;
  const pair = word.slice(i, i + 2);
  if (i === word.length - 2 && s.endings?.[pair] !== undefined) return [s.endings[pair], 2];
  if (s.pairs?.[pair] !== undefined) return [s.pairs[pair], 2];
  if (s.undoDzekanne) {
    const undone = undoneDzekanne(word, i);
    if (undone) return undone;
  }
  if (i === 0 && s.initial?.[char] !== undefined) return [s.initial[char], 1];
  const previous = word[i - 1];
  if (previous !== undefined && (VOWELS.has(previous) || previous === 'ъ' || previous === 'ь')) {
    if (s.afterVowel?.[char] !== undefined) return [s.afterVowel[char], 1];
  }
  if (char === 'ь' && s.softSignBeforeI !== undefined && word[i + 1] === 'и') {
    return [s.softSignBeforeI, 1];
  }
  return null;
}

/** One lower-case Cyrillic word in one system. Unknown characters are copied unchanged. */
export function romanizeCyrillicWord(word: string, s: CyrillicSystem): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const rule = contextual(word, i, s);
    if (rule) {
      out += rule[0];
      i += rule[1];
      continue;
    }
    const char = word[i]!;
    out += s.letters[char] ?? char;
    i++;
  }
  return out;
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
  for (const char of lower) {
    if (varying.has(char)) {
      varies = true;
      break;
    }
  }
  const used = varies ? systems : systems.slice(0, 1);
  return uniqueCapped(
    used.map((s) =>
      mapWords(clean, (word) => withCase(word, romanizeCyrillicWord(word.toLowerCase(), s))),
    ),
  );
}
