/**
 * Foreign names written in Chinese characters, read back towards their source spelling.
 *
 * Chinese writes a foreign name with characters chosen for their sound, by the Xinhua tables
 * (one for English names, one for Russian names, …), and marks the break between its parts with
 * a middle dot: 贝拉克·奥巴马 is Barack Obama. Pinyin of such a name (bei la ke ao ba ma) is far
 * from the original; these readings undo the conventions of the tables, from the pinyin of each
 * character:
 *
 * - a syllable with the neutral vowel e or the apical i (克 ke, 特 te, 德 de, 斯 si, 兹 zi,
 *   尔 er) writes a consonant with no vowel after it (k, t, d, s, z, r), and so do 夫 and 弗
 *   (v or f) and 姆 (m);
 * - the tables spell e with -ai and -ei (莱 lai, 贝 bei), o with -ao, -uo and -ou (奥, 罗, 欧);
 *   -ng finals stand for -n as well (京 jing, 明 ming); w is v (瓦, 维, 万); y before i is silent;
 * - Chinese has one liquid for l and r (拉 la is la or ra, 尔 er a final r or l);
 * - j, q and x, palatal in Mandarin, stand for the source's j, ch and sh in English names, for
 *   k and g (基 ki, 吉 gi, 加 ga), and in Russian names for palatalised t and d (季 ti/di,
 *   京 tin/din): three readings, when the name has any.
 *
 * So 贝拉克·奥巴马 reads 'belak obama' and 'berak obama'. The readings are approximations for the
 * matcher's fuzzy comparison, not spellings to show.
 */

import { pinyin } from 'pinyin-pro';

/** The liquid of the name: all l or all r (the tables use one character for both). */
type Liquid = 'l' | 'r';
/** What j and x stand for: English j and sh, k/g and s, or palatalised t/d and s. */
type Palatal = 'j' | 'k' | 't';

const PALATALS: Readonly<Record<Palatal, { j: string; x: string }>> = {
  j: { j: 'j', x: 'sh' },
  k: { j: 'k', x: 's' },
  t: { j: 't', x: 's' },
};

// Characters whose transcription value is not their everyday pinyin: 什 is shen in 什么 but the
// sh of 布什; 夫 and 弗 write a lone v or f, 姆 a lone m.
const LONE: Readonly<Record<string, string>> = { 夫: 'v', 弗: 'v', 姆: 'm', 什: 'sh' };

const INITIALS = ['zh', 'ch', 'sh', ...'bpmfdtnlgkhjqxrzcsyw'];
const APICAL = new Set(['z', 'c', 's', 'zh', 'ch', 'sh', 'r']);
const PALATAL_INITIALS = new Set(['j', 'q', 'x']);

// Finals as the tables use them: the vowel spellings folded to the vowels they stand for.
const FINALS: Readonly<Record<string, string>> = {
  ai: 'e',
  ei: 'e',
  ie: 'e',
  ao: 'o',
  uo: 'o',
  ou: 'o',
  iao: 'io',
  ing: 'in',
  eng: 'en',
  ang: 'an',
  ong: 'on',
  iang: 'ian',
  uang: 'uan',
  iong: 'ion',
  uai: 'ue',
  v: 'u',
  ve: 'ue',
};

function splitSyllable(syllable: string): [string, string] {
  for (const initial of INITIALS) {
    if (syllable.startsWith(initial) && syllable.length > initial.length) {
      return [initial, syllable.slice(initial.length)];
    }
  }
  return ['', syllable];
}

function initialValue(initial: string, liquid: Liquid, palatal: Palatal): string {
  switch (initial) {
    case 'l':
      return liquid;
    case 'w':
      return 'v';
    case 'c':
      return 'ts';
    case 'q':
      return 'ch';
    case 'r':
      return 'zh';
    case 'j':
      return PALATALS[palatal].j;
    case 'x':
      return PALATALS[palatal].x;
    default:
      return initial;
  }
}

/** y before i is silent (伊 yi, 因 yin); you is yu (尤). */
function yFinal(final: string): string {
  if (final.startsWith('i')) return FINALS[final] ?? final;
  return final === 'ou' ? 'yu' : `y${FINALS[final] ?? final}`;
}

function finalValue(initial: string, final: string): string {
  // After j, q and x an i before another vowel only marks the palatal (加 jia is ga).
  if (PALATAL_INITIALS.has(initial) && final.length > 1 && final[0] === 'i' && final[1] !== 'n') {
    final = final.slice(1);
  }
  return FINALS[final] ?? final;
}

/** One syllable of a transcription in the given reading; '=' marks a character's own value. */
function syllableValue(syllable: string, liquid: Liquid, palatal: Palatal): string {
  if (syllable.startsWith('=')) return syllable.slice(1);
  if (syllable === 'er') return 'r';
  const [initial, final] = splitSyllable(syllable.replace('ü', 'v'));
  if (initial === 'y') return yFinal(final);
  const consonant = initialValue(initial, liquid, palatal);
  // The neutral vowel and the apical i: a consonant on its own.
  if (consonant !== '' && (final === 'e' || (final === 'i' && APICAL.has(initial)))) {
    return consonant;
  }
  return consonant + finalValue(initial, final);
}

function segmentSyllables(segment: string): string[] {
  const readings = pinyin(segment, { toneType: 'none', type: 'array' });
  return [...segment].map((char, i) => {
    const lone = LONE[char];
    return lone === undefined ? (readings[i] ?? '') : `=${lone}`;
  });
}

/** Mandarin has no final m: the tables write m before b and p with an -n syllable (林巴赫 Limbach). */
const N_BEFORE_LABIAL = /n(?=[bp])/g;

function readingOf(segments: readonly string[][], liquid: Liquid, palatal: Palatal): string {
  return segments
    .map((syllables) => syllables.map((s) => syllableValue(s, liquid, palatal)).join(''))
    .map((word) => word.replace(N_BEFORE_LABIAL, 'm'))
    .join(' ');
}

/**
 * Readings of a foreign name written in Chinese characters, one per segment between middle
 * dots, joined by spaces: with l and with r, and when the name has j, q or x, in each of the
 * three palatal readings. At most six.
 *
 * @example transcriptionReadings(['贝拉克', '奥巴马']) // ['belak obama', 'berak obama']
 */
export function transcriptionReadings(segments: readonly string[]): string[] {
  const syllables = segments.map(segmentSyllables);
  const flat = syllables.flat();
  const palatals: Palatal[] = flat.some((s) => /^[jx]/.test(s)) ? ['t', 'k', 'j'] : ['j'];
  const liquids: Liquid[] = flat.some((s) => s.startsWith('l')) ? ['l', 'r'] : ['r'];
  const out: string[] = [];
  for (const liquid of liquids) {
    for (const palatal of palatals) {
      const reading = readingOf(syllables, liquid, palatal);
      if (!out.includes(reading)) out.push(reading);
    }
  }
  return out;
}
