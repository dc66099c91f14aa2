/**
 * Japanese kana → modified Hepburn without macrons: long vowels as the kana spell them (satou)
 * and folded (sato), the two forms lists and passports use. Katakana words, which in names are
 * foreign names, also get a loanword reading that undoes the usual adaptations: the vowel added
 * after a final consonant (ru → r) and ti written as chi (プーチン → puchin → putin). Kanji
 * readings need a dictionary and are not attempted.
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
const EPENTHETIC_INSIDE = /(?<=[bdfgkmprsz])u(?=[bdfghjkmprstvz])/g;
const CHI = /chi/g;
// Hepburn writes the long vowels おう and うう as ō and ū, which lists fold to o and u (さとう Sato).
const LONG_O = /ou/g;
const LONG_U = /uu/g;

/** The foreign name behind a katakana word, approximately: アルベルト → aruberuto → albert(o). */
function loanwordReading(hepburn: string): string {
  // The vowels go first, so that the u of chi → ti is not taken for an inserted one.
  return hepburn.replace(EPENTHETIC_INSIDE, '').replace(EPENTHETIC_FINAL, '').replace(CHI, 'ti');
}

/**
 * The Latin spellings of a kana text: Hepburn with long vowels written out (satou), folded
 * (sato), then for katakana the loanword reading.
 */
export function transliterateKana(text: string): string[] {
  const hepburn = kanaToHepburn(text);
  const folded = hepburn.replace(LONG_O, 'o').replace(LONG_U, 'u');
  let katakana = false;
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp >= 0x30a1 && cp <= 0x30fa) katakana = true;
  }
  return uniqueCapped(katakana ? [hepburn, folded, loanwordReading(hepburn)] : [hepburn, folded]);
}
