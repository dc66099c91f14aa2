/**
 * Chinese characters → pinyin (with the pinyin-pro dictionary, toneless) and Wade-Giles.
 *
 * A run of two to four characters is taken for a Chinese personal name: family name first, its
 * reading chosen in surname mode (单 is Shan as a surname, not Dan), the given name written
 * joined (Xi Jinping), separated (Xi Jin Ping) and in Wade-Giles (Hsi Chin-ping). Longer runs
 * are converted character by character. A name whose parts are separated by a middle dot is a
 * foreign name transcribed by sound (贝拉克·奥巴马), and is also read back towards its source
 * (see chinese-transcription.ts). Korean and Japanese readings of Han names need dictionaries:
 * see `hanReadings` in the matcher's tools.
 */

import { pinyin } from 'pinyin-pro';
import { transcriptionReadings } from './chinese-transcription.js';
import { uniqueCapped } from './variants.js';
import { pinyinToWadeGiles } from './wade-giles.js';

const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '司徒',
  '夏侯',
  '长孙',
  '宇文',
  '轩辕',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '钟离',
  '赫连',
  '申屠',
]);

// Separators inside a transcribed foreign name: the middle dots of Chinese and Japanese.
const SEGMENT_SEPARATORS = /[\s·・•‧.-]+/u;
const MIDDLE_DOT = /[·・•‧]/u;

function syllables(text: string, surname: boolean): string[] {
  const result = pinyin(text, {
    toneType: 'none',
    type: 'array',
    ...(surname ? { mode: 'surname' as const, surname: 'head' as const } : {}),
  });
  return result.map((s) => s.replace('ü', 'u')).filter((s) => s.trim() !== '');
}

function personName(text: string): string[] {
  const familyLength = text.length >= 3 && COMPOUND_SURNAMES.has(text.slice(0, 2)) ? 2 : 1;
  const all = syllables(text, true);
  const family = all.slice(0, familyLength);
  const given = all.slice(familyLength);
  const wadeFamily = family.map(pinyinToWadeGiles).join('');
  const wadeGiven = given.map(pinyinToWadeGiles).join('-');
  return uniqueCapped([
    `${family.join('')} ${given.join('')}`,
    `${family.join('')} ${given.join(' ')}`,
    `${wadeFamily} ${wadeGiven}`,
  ]);
}

/** The Latin spellings of a run of Chinese characters. */
export function transliterateHan(text: string): string[] {
  const segments = text.trim().split(SEGMENT_SEPARATORS).filter(Boolean);
  if (segments.length === 1 && segments[0]!.length >= 2 && segments[0]!.length <= 4) {
    return personName(segments[0]!);
  }
  const converted = segments.map((segment) => syllables(segment, false));
  const foreign = MIDDLE_DOT.test(text) ? transcriptionReadings(segments) : [];
  return uniqueCapped([
    converted.map((s) => s.join('')).join(' '),
    converted.map((s) => s.join(' ')).join(' '),
    ...foreign,
  ]);
}
