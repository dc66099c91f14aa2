/**
 * Japanese kana → modified Hepburn without macrons: long vowels as the kana spell them (satou)
 * and folded (sato), the two forms lists and passports use. Katakana words, which in names are
 * foreign names, also get loanword readings that undo the usual adaptations: the vowel added
 * after a consonant (ru → r), ti written as chi (プーチン → puchin → putin), and, as further
 * spellings, the sounds Japanese does not tell apart: one row of kana for l and r (ラ is la as
 * often as ra), and a v or w before l or r written as the vowel ウ (ウラジオストク Vladivostok).
 * Kanji readings need a dictionary: see `hanReadings` in the matcher's tools.
 */

import { uniqueCapped } from './variants.js';

const HIRAGANA =
  'あa いi うu えe おo かka きki くku けke こko さsa しshi すsu せse そso たta ちchi つtsu ' +
  'てte とto なna にni ぬnu ねne のno はha ひhi ふfu へhe ほho まma みmi むmu めme もmo やya ' +
  'ゆyu よyo らra りri るru れre ろro わwa ゐi ゑe をo んn がga ぎgi ぐgu げge ごgo ざza じji ' +
  'ずzu ぜze ぞzo だda ぢji づzu でde どdo ばba びbi ぶbu べbe ぼbo ぱpa ぴpi ぷpu ぺpe ぽpo ' +
  'ゔvu ぁ~a ぃ~i ぅ~u ぇ~e ぉ~o ゃ~ya ゅ~yu ょ~yo ゎ~wa';

// kana → romaji; a leading ~ marks a small kana that modifies the syllable before it.
const KANA = new Map<string, string>(
  HIRAGANA.split(' ').map((entry) => [entry[0]!, entry.slice(1)] as [string, string]),
);

const SOKUON = 'っ';
const CHOONPU = 'ー';
const PALATAL: Readonly<Record<string, string>> = { shi: 'sh', chi: 'ch', ji: 'j' };

/** Hiragana for a katakana character (the blocks are parallel), otherwise the character. */
function toHiragana(char: string): string {
  const cp = char.codePointAt(0)!;
  return cp >= 0x30a1 && cp <= 0x30f6 ? String.fromCodePoint(cp - 0x60) : char;
}

// Small kana replace the vowel of the syllable before: キャ kya, ティ ti, ファ fa, ウィ wi.
function attachSmall(previous: string, small: string): string {
  const palatal = PALATAL[previous];
  if (palatal !== undefined) return palatal + (small.startsWith('y') ? small.slice(1) : small);
  if (previous === 'u') return `w${small}`;
  return previous.slice(0, -1) + small;
}

/** A text with its katakana written in hiragana (タロウ → たろう), as Japanese names are read. */
export function katakanaToHiragana(text: string): string {
  let out = '';
  for (const char of text) out += toHiragana(char);
  return out;
}

/** Hepburn for a kana text; other characters are copied. */
export function kanaToHepburn(text: string): string {
  const out: string[] = [];
  let geminate = false;
  for (const char of text) {
    const hiragana = toHiragana(char);
    if (hiragana === SOKUON) {
      geminate = true;
      continue;
    }
    if (char === CHOONPU) continue;
    let romaji = KANA.get(hiragana);
    if (romaji === undefined) {
      out.push(char);
      continue;
    }
    if (romaji.startsWith('~') && out.length > 0) {
      out.push(attachSmall(out.pop()!, romaji.slice(1)));
      continue;
    }
    romaji = romaji.replace('~', '');
    if (geminate) romaji = (romaji.startsWith('ch') ? 't' : romaji[0]) + romaji;
    geminate = false;
    out.push(romaji);
  }
  return out.join('');
}

const EPENTHETIC_FINAL = /(?<=[bdfgkmprsz])u\b|(?<=[td])o\b/g;
// Inside a word, or after an initial s (スターリン Stalin); a first syllable such as ル in
// ルカシェンコ or ム in ムバラク keeps its vowel.
const EPENTHETIC_INSIDE = /(?<=[a-z][bdfgkmprz]|s)u(?=[bdfghjkmprstvz])/g;
const CHI = /chi/g;
// Hepburn writes the long vowels おう and うう as ō and ū, which lists fold to o and u (さとう Sato).
const LONG_O = /ou/g;
const LONG_U = /uu/g;

/** The foreign name behind a katakana word, approximately: アルベルト → aruberuto → albert(o). */
function loanwordReading(hepburn: string): string {
  // The vowels go first, so that the u of chi → ti is not taken for an inserted one.
  return hepburn.replace(EPENTHETIC_INSIDE, '').replace(EPENTHETIC_FINAL, '').replace(CHI, 'ti');
}

// A word-initial ウ before an r-row kana stands for the v or w of a cluster (ウラジーミル,
// ウロツワフ Wrocław); before anything else it is a real u (ウズベク Uzbek).
const INITIAL_U_CLUSTER = /(?<![a-z])u(?=r[aeiou])/g;
const R = /r/g;

/**
 * The loanword readings of a Hepburn text: the adaptations undone, then with a v for an initial
 * ウ before l or r, with l for every r, and with both. Japanese writes l and r alike, so l may be
 * the source of any r; one spelling for the whole name keeps the variants few.
 */
function loanwordReadings(hepburn: string): string[] {
  const loan = loanwordReading(hepburn);
  const v = loan.replace(INITIAL_U_CLUSTER, 'v');
  return [loan, v, loan.replace(R, 'l'), v.replace(R, 'l')];
}

function hasKatakana(text: string): boolean {
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp >= 0x30a1 && cp <= 0x30fa) return true;
  }
  return false;
}

/**
 * The Latin spellings of a kana text: Hepburn with long vowels written out (satou), folded
 * (sato), then for katakana the loanword readings.
 *
 * @example transliterateKana('ウラジオストク') // ['urajiosutoku', 'urajiostok', 'vrajiostok', 'ulajiostok', 'vlajiostok']
 */
export function transliterateKana(text: string): string[] {
  const hepburn = kanaToHepburn(text);
  const folded = hepburn.replace(LONG_O, 'o').replace(LONG_U, 'u');
  if (!hasKatakana(text)) return uniqueCapped([hepburn, folded]);
  return uniqueCapped([hepburn, folded, ...loanwordReadings(hepburn)]);
}
