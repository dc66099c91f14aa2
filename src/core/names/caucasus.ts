/**
 * Armenian and Georgian → Latin. Armenian has two spellings of the same name, Eastern (BGN/PCGN
 * 1981, Armenia) and Western (the diaspora: Bedros for Petros, -ian for -yan); Georgian has one
 * national system (2002), plus a variant in the older Russian-mediated form (ყ k, ხ kh → h).
 */

import { mapWords, splitWords, uniqueCapped } from './variants.js';

const ARMENIAN_EASTERN: Record<string, string> = {
  ա: 'a',
  բ: 'b',
  գ: 'g',
  դ: 'd',
  ե: 'e',
  զ: 'z',
  է: 'e',
  ը: 'y',
  թ: 't',
  ժ: 'zh',
  ի: 'i',
  լ: 'l',
  խ: 'kh',
  ծ: 'ts',
  կ: 'k',
  հ: 'h',
  ձ: 'dz',
  ղ: 'gh',
  ճ: 'ch',
  մ: 'm',
  յ: 'y',
  ն: 'n',
  շ: 'sh',
  ո: 'o',
  չ: 'ch',
  պ: 'p',
  ջ: 'j',
  ռ: 'r',
  ս: 's',
  վ: 'v',
  տ: 't',
  ր: 'r',
  ց: 'ts',
  ւ: 'v',
  փ: 'p',
  ք: 'k',
  և: 'ev',
  օ: 'o',
  ֆ: 'f',
};

// Western Armenian pronounces the voiced and plain-voiceless stops the other way round.
const ARMENIAN_WESTERN: Record<string, string> = {
  ...ARMENIAN_EASTERN,
  բ: 'p',
  գ: 'k',
  դ: 't',
  պ: 'b',
  կ: 'g',
  տ: 'd',
  ծ: 'dz',
  ձ: 'ts',
  ճ: 'j',
  ջ: 'ch',
  յ: 'i',
};

function romanizeArmenianWord(word: string, letters: Record<string, string>): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const char = word[i]!;
    if (char === 'ո' && word[i + 1] === 'ւ') {
      out += 'u';
      i++;
    } else if (i === 0 && char === 'ե') {
      out += 'ye';
    } else if (i === 0 && char === 'ո') {
      out += 'vo';
    } else {
      out += letters[char] ?? char;
    }
  }
  return out;
}

/** The Latin spellings of an Armenian text: Eastern, then Western. */
export function transliterateArmenian(text: string): string[] {
  const words = splitWords(text);
  return uniqueCapped(
    [ARMENIAN_EASTERN, ARMENIAN_WESTERN].map((letters) =>
      mapWords(words, (word) => romanizeArmenianWord(word, letters)),
    ),
  );
}

const GEORGIAN: Record<string, string> = {
  ა: 'a',
  ბ: 'b',
  გ: 'g',
  დ: 'd',
  ე: 'e',
  ვ: 'v',
  ზ: 'z',
  თ: 't',
  ი: 'i',
  კ: 'k',
  ლ: 'l',
  მ: 'm',
  ნ: 'n',
  ო: 'o',
  პ: 'p',
  ჟ: 'zh',
  რ: 'r',
  ს: 's',
  ტ: 't',
  უ: 'u',
  ფ: 'p',
  ქ: 'k',
  ღ: 'gh',
  ყ: 'q',
  შ: 'sh',
  ჩ: 'ch',
  ც: 'ts',
  ძ: 'dz',
  წ: 'ts',
  ჭ: 'ch',
  ხ: 'kh',
  ჯ: 'j',
  ჰ: 'h',
};

const GEORGIAN_OLDER: Record<string, string> = { ...GEORGIAN, ყ: 'k', ღ: 'g', ხ: 'kh' };

// Mtavruli capitals (U+1C90…) are the Mkhedruli letters shifted by a fixed offset.
function mkhedruli(char: string): string {
  const cp = char.codePointAt(0)!;
  return cp >= 0x1c90 && cp <= 0x1cbf ? String.fromCodePoint(cp - 0x1c90 + 0x10d0) : char;
}

/** The Latin spellings of a Georgian text: the national system, then the older form. */
export function transliterateGeorgian(text: string): string[] {
  return uniqueCapped(
    [GEORGIAN, GEORGIAN_OLDER].map((letters) =>
      mapWords(text, (word) => {
        let out = '';
        for (const char of word) out += letters[mkhedruli(char)] ?? char;
        return out;
      }),
    ),
  );
}
