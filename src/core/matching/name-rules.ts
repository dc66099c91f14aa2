/**
 * Word lists and spelling rules for names, applied once per name when it is prepared: titles to
 * drop, particles that say little, digits typed for look-alike letters, and the folded "key" of
 * a token under which common transliteration variants coincide (Mahmoud / Mahmud, Sergej /
 * Sergey, Wladimirowitsch / Vladimirovich, Rouhani / Rohani is left to the edit distance).
 */
import { collapseRuns } from './collapse-runs.js';

/**
 * Titles and honorifics: they say what a person is, not who. Dropped from person names (when
 * something else is left), in the languages lists and queries commonly use.
 */
export const TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sir',
  'dame',
  'lord',
  'president',
  'presidente',
  'presidenta',
  'prasident',
  'praesident',
  'predsjednik',
  'predsednik',
  'presedintele',
  'presedinte',
  'presiden',
  'prezident',
  'prezydent',
  'elnok',
  'premier',
  'minister',
  'chairman',
  'sheikh',
  'shaykh',
  'sheik',
  'haji',
  'hajji',
  'alhaji',
  'mullah',
  'mulla',
  'maulana',
  'maulvi',
  'mawlawi',
  'imam',
  'general',
  'gen',
  'colonel',
  'col',
  'maj',
  'captain',
  'capt',
  'lieutenant',
  'lt',
  'admiral',
  'adm',
]);

/** Particles, articles and connectives: often dropped, joined or spelled differently. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'ul',
  'ud',
  'ur',
  'bin',
  'ibn',
  'ben',
  'bint',
  'binti',
  'abu',
  'abou',
  'van',
  'von',
  'de',
  'da',
  'del',
  'della',
  'di',
  'du',
  'la',
  'le',
  'der',
  'den',
  'ter',
  'dos',
  'das',
  'the',
  'and',
  'of',
  'y',
  'e',
  'et',
  'und',
]);

/**
 * Spellings of one particle: "son of" as bin, ben or ibn; the article as al, el or ul. A map, as
 * a token such as "constructor" must not find Object.prototype's.
 */
export const PARTICLE_KEYS: ReadonlyMap<string, string> = new Map([
  ['ben', 'bin'],
  ['ibn', 'bin'],
  ['el', 'al'],
  ['ul', 'al'],
  ['abou', 'abu'],
  ['binti', 'bint'],
]);

/**
 * The first part of Arabic theophoric names, written apart ("Abd al-Aziz", "Abdul Rahman"): it
 * means "servant of" and begins thousands of names, so it is not a word of substance on its own;
 * the name it begins is ("Aziz", "Rahman").
 */
export const NAME_PREFIXES: ReadonlySet<string> = new Set([
  'abd',
  'abdul',
  'abdel',
  'abdal',
  'abdoul',
  'abdol',
  'abdu',
  // The same word in Arabic script, for names compared in their own script.
  'عبد',
]);

/** Particles that start a new generation of an Arabic nasab: "Ahmad bin Hasan" is Hasan's son. */
export const LINEAGE: ReadonlySet<string> = new Set(['bin', 'ibn', 'ben', 'bint', 'binti']);

// Digits that stand in for letters in "I9or Sech1n": leetspeak and OCR confusions.
const DIGIT_LETTERS: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
};

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const TRAILING_DIGITS = /^\D+\d+$/;

/** A token mixing letters and digits with its digits read as letters, or null if none. */
export function repairConfusables(token: string): string | null {
  let letters = 0;
  let digits = 0;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) digits++;
    else letters++;
  }
  // Only when letters dominate: "A1" or "747" are identifiers, not disguised names. Digits that
  // end a token ("AHL1", "B52") number a series; a disguise puts them inside ("Sech1n").
  if (digits === 0 || letters < 2 || digits > letters || ORDINAL.test(token)) return null;
  if (TRAILING_DIGITS.test(token)) return null;
  let out = '';
  for (const char of token) out += DIGIT_LETTERS[char] ?? char;
  return /\d/.test(out) ? null : out;
}

/**
 * Spelling rules of the folded key, applied in order. Each maps spellings that transliteration
 * systems and languages use for one sound to one spelling.
 */
const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  // Slavic patronymic endings as German, Polish, Dutch, French, Hungarian, Romanian, Czech write
  // them: -owitsch, -owicz, -ovitsj, -ovitch, -ovics, -ovici, -ovič (folded to -ovic).
  [/([oe])(?:w|v)(?:itsch|itsj|itch|itj|itx|icz|ics|ici|ich|ic|ych|yc)$/, '$1vich'],
  [/tsch|tch|tsj|cz/g, 'ch'],
  [/sch/g, 'sh'],
  [/ph/g, 'f'],
  [/(?:dzh|dj|zh)/g, 'j'],
  [/([kgtd])h/g, '$1'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/j/g, 'y'],
  [/(?:ou|oo|oe|u)/g, 'u'],
  [/(?:ee|ie|iy|ii|yi)/g, 'i'],
  // "rn" read as "m" by OCR and by eye: Sukarno / Sukamo.
  [/rn/g, 'm'],
  [/y/g, 'i'],
  [/z/g, 's'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  // Russian -ov / -ev surnames in French and German spelling: Ivanoff, Ivanow.
  [/([oe])f+$/, '$1v'],
  // Then doubled letters go (hassan, hasan): see collapseRuns, a loop where a regex overflowed.
];

// A memo of a pure function: names share most of their tokens. Cleared when full, to bound it.
const keyMemo = new Map<string, string>();
const MAX_MEMO = 100_000;

/** The folded key of a normalised Latin token: Sergej, Sergey and Sergei are all "sergei". */
export function foldKey(token: string): string {
  let key = keyMemo.get(token);
  if (key !== undefined) return key;
  key = token;
  for (const [pattern, replacement] of FOLDS) key = key.replace(pattern, replacement);
  key = collapseRuns(key);
  if (keyMemo.size >= MAX_MEMO) keyMemo.clear();
  keyMemo.set(token, key);
  return key;
}

// Nominative endings that Baltic languages add to every name (Putins, Putinas) and Greek to male
// names (Alexandros): compared without them when the stem is long enough to stay distinctive.
const ENDING = /^(.{4,}?)(?:as|is|us|os|s)$/;

/** The token without an inflectional ending, or null when it has none to drop. */
export function stripEnding(token: string): string | null {
  const m = ENDING.exec(token);
  return m ? m[1]! : null;
}
