/**
 * The shadow of a page for search across scripts: its letters and digits in Latin, Cyrillic by
 * the BGN/PCGN letter values (src/core/names), Chinese characters by their toneless pinyin, with
 * spaces and punctuation left out (pinyin is written joined or apart, `Zhang Wei` or `Zhangwei`).
 * A query goes through the same function, so a Latin query (`yamshchikov`) finds Cyrillic text
 * (`Ямщиков`), a Cyrillic one finds Latin text, and `Zhang Wei` finds 张伟.
 *
 * Each shadow character remembers the span of the page's text it came from, so that a hit in the
 * shadow is highlighted on the original characters. A few Latin spellings that systems disagree on
 * are then written one way on both sides (`ye` and `yo` as `e`: Sergeyev, Sergeev and Сергеев;
 * `x` as `ks`: Alexandr and Александр).
 */
import { pinyin } from 'pinyin-pro';
import { RUSSIAN } from '../names/index.js';
import { foldText } from './fold.js';

/** Letters the Russian system leaves out: Ukrainian, and a fallback for the rest. */
const EXTRA_CYRILLIC: Readonly<Record<string, string>> = { є: 'ye', ї: 'yi', ґ: 'g' };
const CYRILLIC: Readonly<Record<string, string>> = { ...RUSSIAN[0]!.letters, ...EXTRA_CYRILLIC };

const HAN = /\p{Script=Han}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

export interface Shadow {
  text: string;
  /** For each shadow character, the span of the source text it came from. */
  starts: number[];
  ends: number[];
}

/** The Latin letters of one folded character other than Han; '' for spaces and punctuation. */
const LETTERS = new Map<number, string>();

function lettersOf(code: number, char: string): string {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) ? char : '';
  }
  let letters = LETTERS.get(code);
  if (letters === undefined) {
    if (!LETTER_OR_DIGIT.test(char)) letters = '';
    else letters = CYRILLIC_LETTER.test(char) ? (CYRILLIC[char] ?? char) : char;
    LETTERS.set(code, letters);
  }
  return letters;
}

/**
 * Pinyin for each code point of the text, or null where there are no Chinese characters. The
 * whole text in one call: pinyin-pro reads polyphones from their neighbours (重庆 chong), and
 * one call costs far less than one per run of characters.
 */
function readings(text: string): string[] | null {
  if (!HAN.test(text)) return null;
  const all = pinyin(text, { type: 'array', toneType: 'none' });
  let points = 0;
  for (const _ of text) points++;
  // One reading per code point is what the offsets rest on; anything else is read char by char.
  if (all.length === points) return all;
  return Array.from(text, (char) => (HAN.test(char) ? pinyin(char, { toneType: 'none' }) : char));
}

interface Builder {
  chars: string[];
  starts: number[];
  ends: number[];
}

/**
 * Latin spellings written one way on both sides: `ye` and `yo` as `e` (Sergeyev, Sergeev, Сергеев;
 * Pyotr, Petr, Пётр), `x` as `ks` (Alexandr, Aleksandr).
 */
function push(out: Builder, letters: string, start: number, end: number): void {
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i]!;
    const last = out.chars.length - 1;
    if ((c === 'e' || c === 'o') && last >= 0 && out.chars[last] === 'y') {
      // `ye`/`yo` becomes `e`, spanning both letters' sources.
      out.chars[last] = 'e';
      out.ends[last] = end;
    } else if (c === 'x') {
      out.chars.push('k', 's');
      out.starts.push(start, start);
      out.ends.push(end, end);
    } else {
      out.chars.push(c);
      out.starts.push(start);
      out.ends.push(end);
    }
  }
}

/** The shadow of a text with the source span of each of its characters. */
export function shadowOf(text: string): Shadow {
  const folded = foldText(text);
  const shadow: Builder = { chars: [], starts: [], ends: [] };
  const pinyinOf = readings(folded);
  let i = 0;
  let point = 0;
  while (i < folded.length) {
    const code = folded.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const char = width === 1 ? folded[i]! : folded.slice(i, i + 2);
    const reading = pinyinOf?.[point];
    if (reading !== undefined && reading !== char && code >= 0x2e80 && HAN.test(char)) {
      push(shadow, reading.replace('ü', 'v').toLowerCase(), i, i + width);
    } else {
      const letters = lettersOf(code, char);
      if (letters.length > 0) push(shadow, letters, i, i + width);
    }
    i += width;
    point++;
  }
  return { text: shadow.chars.join(''), starts: shadow.starts, ends: shadow.ends };
}

/** The shadow text alone: what the store indexes, and what a query is looked up as. */
export function shadowText(text: string): string {
  return shadowOf(text).text;
}

/** Where `key` (a shadow text) occurs in the shadow, as spans of the source text, in order. */
export function shadowSpans(shadow: Shadow, key: string): [number, number][] {
  const spans: [number, number][] = [];
  if (key.length === 0) return spans;
  let from = 0;
  for (;;) {
    const at = shadow.text.indexOf(key, from);
    if (at < 0) return spans;
    spans.push([shadow.starts[at]!, shadow.ends[at + key.length - 1]!]);
    from = at + key.length;
  }
}
