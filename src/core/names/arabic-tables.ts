/**
 * Letter values for Arabic-script names (Arabic, Persian, Urdu).
 *
 * Each consonant has a standard value (the common English transcription), an Egyptian value
 * (Gamal, Kadhafi, Osman), a French/Maghrebi value (Djamel, Chafik) and a skeleton class for
 * the consonant fingerprint (see skeleton.ts), with an alternative class where lists disagree
 * on the sound (ق is q, k or g).
 */

export interface ArabicConsonant {
  readonly std: string;
  readonly egyptian: string;
  readonly french: string;
  readonly skeleton: string;
  readonly skeletonAlt?: string;
}

// values: 'standard egyptian french' when they differ, else one value for all three.
function c(values: string, skeleton: string, skeletonAlt?: string): ArabicConsonant {
  const [std = '', egyptian = std, french = egyptian] = values.split(' ');
  const consonant = { std, egyptian, french, skeleton };
  return skeletonAlt === undefined ? consonant : { ...consonant, skeletonAlt };
}

export const CONSONANTS: Readonly<Record<string, ArabicConsonant>> = {
  ب: c('b', 'b'),
  ت: c('t', 't'),
  ث: c('th s th', 't', 's'),
  ج: c('j g dj', 'j'),
  ح: c('h', 'h'),
  خ: c('kh', 'k'),
  د: c('d', 'd'),
  ذ: c('dh z dh', 'd', 'z'),
  ر: c('r', 'r'),
  ز: c('z', 'z'),
  س: c('s', 's'),
  ش: c('sh sh ch', 's'),
  ص: c('s', 's'),
  ض: c('d', 'd'),
  ط: c('t', 't'),
  ظ: c('z', 'z', 'd'),
  // ع is a consonant for the patterns but has no Latin letter in most spellings.
  ع: c('', ''),
  غ: c('gh', 'j'),
  ف: c('f', 'b'),
  ق: c('q k k', 'k', 'j'),
  ك: c('k', 'k'),
  ک: c('k', 'k'),
  ل: c('l', 'l'),
  م: c('m', 'm'),
  ن: c('n', 'n'),
  ں: c('n', 'n'),
  ه: c('h', 'h'),
  ہ: c('h', 'h'),
  ھ: c('h', 'h'),
  ء: c('', ''),
  پ: c('p', 'b'),
  چ: c('ch ch tch', 'k'),
  ژ: c('zh zh j', 'z'),
  گ: c('g', 'j'),
  ٹ: c('t', 't'),
  ڈ: c('d', 'd'),
  ڑ: c('r', 'r'),
};

/** Letters that are vowels or vowel carriers: alif, its hamza forms, the hamza seats. */
export const ALIFS = new Set(['ا', 'أ', 'إ', 'آ', 'ٱ']);
export const WAW = 'و';
export const YEHS = new Set(['ي', 'ی', 'ى', 'ئ', 'ے', 'ې']);
export const TA_MARBUTA = new Set(['ة', 'ۃ']);

/** Letters found only in Persian and Urdu, where و is v rather than w. */
export const PERSIAN_MARKERS = new Set([
  'پ',
  'چ',
  'ژ',
  'گ',
  'ک',
  'ی',
  'ٹ',
  'ڈ',
  'ڑ',
  'ں',
  'ہ',
  'ے',
]);

/** Words that are particles of a name rather than names: standard, Egyptian, French, literal. */
export const PARTICLES: Readonly<Record<string, readonly string[]>> = {
  بن: ['bin', 'ben', 'ben', 'bin'],
  ابن: ['ibn', 'ibn', 'ibn', 'ibn'],
  بنت: ['bint', 'bent', 'bent', 'bint'],
  أبو: ['abu', 'abou', 'abou', 'abu'],
  ابو: ['abu', 'abou', 'abou', 'abu'],
  عبد: ['abd', 'abd', 'abd', 'abd'],
};

/**
 * Vowelling patterns of Arabic nouns, keyed by the shape of the unvowelled stem (C consonant,
 * A alif, W و as a vowel, Y ي as a vowel, O a word-initial vowel carrier; a leading M is م).
 * The values are the vowels written after each unit, standard then colloquial (Egyptian and
 * French spellings); `double` marks
 * the consonant that the pattern doubles. The patterns are the productive ones for names
 * (fa'il, fa'il, fa'al, maf'ul, muf'al...), not a list of names.
 */
export interface VowelPattern {
  readonly std: readonly string[];
  readonly coll: readonly string[];
  readonly double?: number;
}

export const PATTERNS: Readonly<Record<string, VowelPattern>> = {
  CC: { std: ['a', ''], coll: ['a', ''] },
  CCC: { std: ['a', 'a', ''], coll: ['a', 'a', ''] },
  OCCC: { std: ['', '', 'a', ''], coll: ['', '', 'e', ''] },
  CACC: { std: ['', '', 'i', ''], coll: ['', '', 'e', ''] },
  CCYC: { std: ['a', '', '', ''], coll: ['a', '', '', ''] },
  CCAC: { std: ['a', '', '', ''], coll: ['a', '', '', ''] },
  CCWC: { std: ['a', '', '', ''], coll: ['a', '', '', ''] },
  CWCC: { std: ['', '', 'u', ''], coll: ['', '', 'e', ''] },
  CCCC: { std: ['a', '', 'a', ''], coll: ['a', '', 'a', ''] },
  MCCC: { std: ['u', 'a', 'a', ''], coll: ['o', 'a', 'e', ''], double: 2 },
  MCCWC: { std: ['a', '', '', '', ''], coll: ['a', '', '', '', ''] },
  MCACC: { std: ['u', '', '', 'a', ''], coll: ['o', '', '', 'a', ''] },
};
