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
import { RUSSIAN } from '../names/cyrillic-tables.js';
import { foldText } from './fold.js';

/** Letters the Russian system leaves out: Ukrainian, and a fallback for the rest. */
const EXTRA_CYRILLIC: Readonly<Record<string, string>> = { є: 'ye', ї: 'yi', ґ: 'g' };
const CYRILLIC: Readonly<Record<string, string>> = { ...RUSSIAN[0]!.letters, ...EXTRA_CYRILLIC };

/** Latin spellings written one way, in the order applied (longest first where they overlap). */
const SPELLINGS: readonly (readonly [string, string])[] = [
  ['ye', 'e'],
  ['yo', 'e'],
  ['x', 'ks'],
];

const HAN = /\p{Script=Han}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

export interface Shadow {
  text: string;
  /** For each shadow character, the span of the source text it came from. */
  starts: number[];
  ends: number[];
}

function push(shadow: Shadow, letters: string, start: number, end: number): void {
  for (const letter of letters) {
    shadow.text += letter;
    shadow.starts.push(start);
    shadow.ends.push(end);
  }
}

function hanRun(text: string, from: number, shadow: Shadow): number {
  let end = from;
  const chars: string[] = [];
  while (end < text.length) {
    const char = String.fromCodePoint(text.codePointAt(end)!);
    if (!HAN.test(char)) break;
    chars.push(char);
    end += char.length;
  }
  // The whole run at once: pinyin-pro reads polyphones from their neighbours (重庆 chong).
  const syllables = pinyin(chars.join(''), { type: 'array', toneType: 'none' });
  let at = from;
  chars.forEach((char, i) => {
    const syllable = (syllables[i] ?? char).replace('ü', 'v').toLowerCase();
    push(shadow, syllable === char ? char : syllable, at, at + char.length);
    at += char.length;
  });
  return end;
}

function rewrite(shadow: Shadow): Shadow {
  const out: Shadow = { text: '', starts: [], ends: [] };
  let i = 0;
  outer: while (i < shadow.text.length) {
    for (const [from, to] of SPELLINGS) {
      if (shadow.text.startsWith(from, i)) {
        const last = i + from.length - 1;
        push(out, to, shadow.starts[i]!, shadow.ends[last]!);
        i += from.length;
        continue outer;
      }
    }
    push(out, shadow.text[i]!, shadow.starts[i]!, shadow.ends[i]!);
    i++;
  }
  return out;
}

/** The shadow of a text with the source span of each of its characters. */
export function shadowOf(text: string): Shadow {
  const folded = foldText(text);
  const shadow: Shadow = { text: '', starts: [], ends: [] };
  let i = 0;
  while (i < folded.length) {
    const char = String.fromCodePoint(folded.codePointAt(i)!);
    if (HAN.test(char)) {
      i = hanRun(folded, i, shadow);
      continue;
    }
    if (LETTER_OR_DIGIT.test(char)) {
      const latin = CYRILLIC_LETTER.test(char) ? (CYRILLIC[char] ?? char) : char;
      push(shadow, latin, i, i + char.length);
    }
    i += char.length;
  }
  return rewrite(shadow);
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
