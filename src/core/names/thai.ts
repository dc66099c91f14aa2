/**
 * Thai → Latin, a simplified Royal Thai General System (RTGS): consonants take their initial
 * or final value by position, preposed vowels (เ แ โ ใ ไ) are read after their consonant, an
 * unwritten vowel between two consonants is o (สม som), and tone marks are dropped.
 * It is good enough for names (สมชาย → somchai, ทักษิณ → thaksin); it does not handle every
 * vowel combination of the script.
 */

import { mapWords, uniqueCapped } from './variants.js';

// consonant → [initial value, final value]
const CONSONANTS: Readonly<Record<string, readonly [string, string]>> = {
  ก: ['k', 'k'],
  ข: ['kh', 'k'],
  ฃ: ['kh', 'k'],
  ค: ['kh', 'k'],
  ฅ: ['kh', 'k'],
  ฆ: ['kh', 'k'],
  ง: ['ng', 'ng'],
  จ: ['ch', 't'],
  ฉ: ['ch', 't'],
  ช: ['ch', 't'],
  ซ: ['s', 't'],
  ฌ: ['ch', 't'],
  ญ: ['y', 'n'],
  ฎ: ['d', 't'],
  ฏ: ['t', 't'],
  ฐ: ['th', 't'],
  ฑ: ['th', 't'],
  ฒ: ['th', 't'],
  ณ: ['n', 'n'],
  ด: ['d', 't'],
  ต: ['t', 't'],
  ถ: ['th', 't'],
  ท: ['th', 't'],
  ธ: ['th', 't'],
  น: ['n', 'n'],
  บ: ['b', 'p'],
  ป: ['p', 'p'],
  ผ: ['ph', 'p'],
  ฝ: ['f', 'p'],
  พ: ['ph', 'p'],
  ฟ: ['f', 'p'],
  ภ: ['ph', 'p'],
  ม: ['m', 'm'],
  ย: ['y', 'i'],
  ร: ['r', 'n'],
  ล: ['l', 'n'],
  ว: ['w', 'o'],
  ศ: ['s', 't'],
  ษ: ['s', 't'],
  ส: ['s', 't'],
  ห: ['h', ''],
  ฬ: ['l', 'n'],
  อ: ['', 'o'],
  ฮ: ['h', ''],
};

const VOWELS: Readonly<Record<string, string>> = {
  ะ: 'a',
  'ั': 'a',
  า: 'a',
  ำ: 'am',
  'ิ': 'i',
  'ี': 'i',
  'ึ': 'ue',
  'ื': 'ue',
  'ุ': 'u',
  'ู': 'u',
  เ: 'e',
  แ: 'ae',
  โ: 'o',
  ใ: 'ai',
  ไ: 'ai',
};

const PREPOSED = new Set(['เ', 'แ', 'โ', 'ใ', 'ไ']);
const SILENT_MARK = '์';
const CLUSTER_SECOND = new Set(['ร', 'ล', 'ว']);

// Put each preposed vowel after the consonant (or two-consonant cluster) it is read after.
function reorder(word: string): string[] {
  const chars = Array.from(word);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const next = chars[i + 1];
    if (PREPOSED.has(char) && next !== undefined && CONSONANTS[next]) {
      const second = chars[i + 2];
      const cluster =
        second !== undefined && CLUSTER_SECOND.has(second) && !VOWELS[chars[i + 3] ?? ''];
      out.push(next, ...(cluster ? [second] : []), char);
      i += cluster ? 2 : 1;
    } else {
      out.push(char);
    }
  }
  return out;
}

function romanizeThaiWord(word: string): string {
  const chars = reorder(word).filter((_char, i, all) => all[i + 1] !== SILENT_MARK);
  let out = '';
  let afterVowel = false;
  let closed = false;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const vowel = VOWELS[char];
    if (vowel !== undefined) {
      out += vowel;
      afterVowel = true;
      continue;
    }
    const consonant = CONSONANTS[char];
    if (consonant === undefined) continue;
    const wasClosed = closed;
    closed = false;
    const next = chars[i + 1];
    if (next !== undefined && VOWELS[next] !== undefined) {
      out += consonant[0];
      afterVowel = false;
    } else if (afterVowel || (i === chars.length - 1 && i > 0)) {
      // A second final consonant is not pronounced (ชินวัตร: the ร after ต).
      if (!wasClosed) out += consonant[1];
      afterVowel = false;
      closed = true;
    } else if (next !== undefined && CONSONANTS[next] && !VOWELS[chars[i + 2] ?? '']) {
      out += `${consonant[0]}o`; // an unwritten o closes the syllable: สม som
      afterVowel = true;
    } else {
      out += consonant[0];
    }
  }
  return out;
}

/** The Latin spelling of a Thai text (simplified RTGS). */
export function transliterateThai(text: string): string[] {
  return uniqueCapped([mapWords(text, romanizeThaiWord)]);
}
