/**
 * Text normalisation for name matching: NFKC, case folding, diacritics and punctuation removed.
 * Every character is folded through a per-code-point table, so that the hot path is one pass with
 * map look-ups and no regular expressions.
 */

// Letters that carry no decomposable diacritic but still have a customary ASCII form.
const SPECIAL_FOLDS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ħ: 'h',
  ı: 'i',
  ŀ: 'l',
  ŧ: 't',
  ſ: 's',
  ĸ: 'k',
  ŋ: 'ng',
  ƒ: 'f',
  ς: 'σ',
};

// Apostrophe-like marks join the letters around them: O'Brien → obrien, Mar'yana → maryana,
// 'Ali → ali (the ayn and hamza signs of Arabic transcription are apostrophes too).
const JOINERS = "'`´ʹʺʻʼʽʾʿˈˊ‘’‛′׳";

// Arabic harakat and Hebrew points are optional vowel signs: matching ignores them, as most lists
// never write them. Indic vowel signs, by contrast, are letters in all but name and stay.
function isOptionalPoint(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x064b && cp <= 0x065f) ||
    cp === 0x0670 ||
    cp === 0x0640 ||
    (cp >= 0x0591 && cp <= 0x05bd) ||
    cp === 0x05bf ||
    cp === 0x05c1 ||
    cp === 0x05c2 ||
    cp === 0x05c4 ||
    cp === 0x05c5 ||
    cp === 0x05c7
  );
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}\p{M}]/u;
const FORMAT = /\p{Cf}/u;
const COMBINING = /\p{M}/gu;

function isFoldableAlphabet(cp: number): boolean {
  return (
    (cp >= 0xc0 && cp <= 0x24f) || (cp >= 0x1e00 && cp <= 0x1fff) || (cp >= 0x370 && cp <= 0x3ff)
  );
}

function computeFold(char: string): string {
  const special = SPECIAL_FOLDS[char];
  if (special !== undefined) return special;
  if (JOINERS.includes(char)) return '';
  const cp = char.codePointAt(0)!;
  if (isOptionalPoint(cp)) return '';
  if (isFoldableAlphabet(cp)) {
    const base = char.normalize('NFD').replace(COMBINING, '');
    return base === '' ? char : (SPECIAL_FOLDS[base] ?? base);
  }
  if (LETTER_OR_NUMBER.test(char)) return char;
  // Zero-width joiners and other format characters change rendering, not the name.
  if (FORMAT.test(char)) return '';
  return ' ';
}

// A memo of a pure function, bounded by the number of distinct code points ever seen; the ASCII
// range is filled up front because it is nearly all of the traffic.
const foldTable = new Map<string, string>();
for (let cp = 0; cp < 0x80; cp++) {
  const char = String.fromCharCode(cp);
  foldTable.set(char, computeFold(char));
}

/** The folded form of one character: '' to drop it, ' ' for a separator, else its letters. */
export function foldChar(char: string): string {
  let folded = foldTable.get(char);
  if (folded === undefined) {
    folded = computeFold(char);
    foldTable.set(char, folded);
  }
  return folded;
}

// Already normalised (lower-case ASCII letters and digits, single inner spaces): the common case
// for tokens and transliterations, returned without any work.
function isNormalized(text: string): boolean {
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 0x20;
    if (
      space ? previousSpace : !((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39))
    ) {
      return false;
    }
    previousSpace = space;
  }
  return !previousSpace || text.length === 0;
}

/**
 * Normalise a text for comparison: NFKC, lower case (with ß → ss), Latin and Greek diacritics
 * removed, apostrophes dropped, every other punctuation mark, quotation mark and hyphen turned
 * into a space, whitespace collapsed. Letters of other scripts are kept as they are (Cyrillic й
 * stays й); transliterate first to compare across scripts.
 *
 * @example normalizeText('«PUTIN», Vladímir Jong-un') // 'putin vladimir jong un'
 */
export function normalizeText(text: string): string {
  if (isNormalized(text)) return text;
  const lowered = text.normalize('NFKC').toLowerCase();
  let out = '';
  let pendingSpace = false;
  for (const char of lowered) {
    const folded = foldChar(char);
    if (folded === ' ') {
      pendingSpace = out.length > 0;
    } else if (folded !== '') {
      if (pendingSpace) out += ' ';
      pendingSpace = false;
      out += folded;
    }
  }
  return out;
}
