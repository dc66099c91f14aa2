/**
 * Korean romanisation systems, applied to decomposed Hangul syllables (initial, vowel, final
 * jamo, computed from the code point: Unicode orders the 11,172 syllables arithmetically).
 *
 * - rr: Revised Romanization (South Korea, 2000), names written syllable by syllable.
 * - mr: McCune-Reischauer with its breves and apostrophes folded (ŏ → o, k' → k); k/t/p/ch
 *   voice to g/d/b/j inside a word after a vowel or a nasal.
 * - dprk: the North Korean official system (MR-like, but ㅈ is always j and aspirates are kh,
 *   th, ph: Kim Jong Un, Thae Yong Ho).
 * - popular: the spellings South Koreans choose for their own names (Jung, Hyun, Soo, Young).
 * - loan: for foreign words in Hangul, dropping the ㅡ vowel that Korean inserts to break up
 *   consonant clusters (블라디미르 → bladimir).
 */

export type KoreanSystem = 'popular' | 'rr' | 'mr' | 'dprk' | 'loan';

export interface Syllable {
  readonly initial: number;
  readonly vowel: number;
  readonly final: number;
}

/** Split a precomposed Hangul syllable into its jamo indices, or null for any other character. */
export function decomposeHangul(char: string): Syllable | null {
  const index = char.charCodeAt(0) - 0xac00;
  if (index < 0 || index >= 11172) return null;
  return {
    initial: Math.floor(index / 588),
    vowel: Math.floor((index % 588) / 28),
    final: index % 28,
  };
}

// Jamo values in Unicode order, space-separated; _ stands for no sound (ㅇ as an initial).
function jamo(values: string): readonly string[] {
  return values.split(' ').map((value) => (value === '_' ? '' : value));
}

const RR_INITIALS = jamo('g kk n d tt r m b pp s ss _ j jj ch k t p h');
const MR_INITIALS = jamo('k kk n t tt r m p pp s ss _ ch tch ch k t p h');
const DPRK_INITIALS = jamo('k kk n t tt r m p pp s ss _ j jj ch kh th ph h');
const POPULAR_INITIALS = jamo('k kk n d tt r m b pp s ss _ j jj ch k t p h');
// ㄱ ㄷ ㅂ ㅈ voiced inside a word (MR, DPRK; popular only voices ㄱ).
const VOICED: Readonly<Record<number, string>> = { 0: 'g', 3: 'd', 7: 'b', 12: 'j' };

const RR_VOWELS = jamo('a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i');
const MR_VOWELS = jamo('a ae ya yae o e yo ye o wa wae oe yo u wo we wi yu u ui i');
const POPULAR_VOWELS = jamo('a ae ya yae eo e yeo ye o wa wae oe yo oo wo we wi yu eu ee i');
const FINALS = jamo('_ k k k n n n t l k m l l l p l m p p t t ng t t k t p t');

const INITIAL_RIEUL = 5;
const INITIAL_SIOS = 9;
const INITIAL_IEUNG = 11;
const VOWEL_EO = 4;
const VOWEL_YEO = 6;
const VOWEL_EU = 18;
const FINAL_RIEUL = 8;
const FINAL_IEUNG = 21;
// Finals after which a plain stop is voiced: none, ㄴ, ㄹ, ㅁ, ㅇ.
const VOICING_FINALS = new Set([0, 4, 8, 16, 21]);

function initialValue(s: Syllable, previous: Syllable | undefined, system: KoreanSystem): string {
  if (s.initial === INITIAL_RIEUL && previous?.final === FINAL_RIEUL) {
    return system === 'loan' ? '' : 'l';
  }
  const voiced = previous !== undefined && VOICING_FINALS.has(previous.final);
  const palatal = s.vowel === 20 || s.vowel === 16;
  switch (system) {
    case 'rr':
    case 'loan':
      return RR_INITIALS[s.initial]!;
    case 'mr':
      if (s.initial === INITIAL_SIOS && palatal) return 'sh';
      return (voiced ? VOICED[s.initial] : undefined) ?? MR_INITIALS[s.initial]!;
    case 'dprk':
      return (voiced ? VOICED[s.initial] : undefined) ?? DPRK_INITIALS[s.initial]!;
    case 'popular':
      if (s.initial === INITIAL_SIOS && palatal) return 'sh';
      return voiced && s.initial === 0 ? 'g' : POPULAR_INITIALS[s.initial]!;
  }
}

function popularVowel(s: Syllable): string {
  const closed = s.final !== 0;
  if (s.vowel === VOWEL_EO) return closed ? 'u' : 'eo';
  if (s.vowel !== VOWEL_YEO) return POPULAR_VOWELS[s.vowel]!;
  if (s.final === FINAL_IEUNG && s.initial === INITIAL_IEUNG) return 'you';
  return closed ? 'yu' : 'yeo';
}

// In a loanword, ㅡ after a consonant is only there to break a cluster: 르 is r, and 블라
// (ㄹ closing one syllable and opening the next) is the cluster bl.
function isEpentheticEu(s: Syllable, next: Syllable | undefined): boolean {
  if (s.vowel !== VOWEL_EU || s.initial === INITIAL_IEUNG) return false;
  return s.final === 0 || (s.final === FINAL_RIEUL && next?.initial === INITIAL_RIEUL);
}

function vowelValue(s: Syllable, next: Syllable | undefined, system: KoreanSystem): string {
  switch (system) {
    case 'rr':
      return RR_VOWELS[s.vowel]!;
    case 'loan':
      return isEpentheticEu(s, next) ? '' : RR_VOWELS[s.vowel]!;
    case 'popular':
      return popularVowel(s);
    default:
      return MR_VOWELS[s.vowel]!;
  }
}

/**
 * Romanise a run of syllables that form one word (or one given name), syllable by syllable.
 * Voicing looks back only within the run, so each given name starts unvoiced (Chŏng-ŭn).
 */
export function romanizeSyllables(syllables: readonly Syllable[], system: KoreanSystem): string[] {
  return syllables.map((s, i) => {
    const previous = i === 0 ? undefined : syllables[i - 1];
    const next = syllables[i + 1];
    return initialValue(s, previous, system) + vowelValue(s, next, system) + FINALS[s.final]!;
  });
}
