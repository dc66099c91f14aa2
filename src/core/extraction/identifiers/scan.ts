/**
 * Shared scanning for the identifier extractors: spans, the label before a value, and runs of
 * digits that may carry spaces, dashes or OCR confusions inside.
 */
import type { Extracted } from '../types.js';
import { foldDigitChar } from './ocr.js';

/** Builds a span; `text` is always the slice itself, so the offsets cannot drift from it. */
export function span(
  source: string,
  start: number,
  end: number,
  kind: string,
  value: string,
  extractor: string,
  confidence: number,
  details?: Record<string, string | string[]>,
): Extracted {
  const found: Extracted = {
    start,
    end,
    kind,
    text: source.slice(start, end),
    value,
    extractor,
    confidence: Math.round(confidence * 100) / 100,
  };
  if (details !== undefined) found.details = details;
  return found;
}

/**
 * The text before `start` where a label may stand: this line, or the previous one when nothing
 * but spaces and punctuation precede the value on its own line (a label above its value).
 */
export function windowBefore(text: string, start: number, width = 64): string {
  const chunk = text.slice(Math.max(0, start - width), start);
  const nl = chunk.lastIndexOf('\n');
  if (nl < 0) return chunk;
  const line = chunk.slice(nl + 1);
  if (/[\p{L}\p{N}]/u.test(line)) return line;
  const previous = chunk.lastIndexOf('\n', nl - 1);
  return chunk.slice(previous + 1);
}

/**
 * What may stand between a label and its value: spaces, punctuation, other numbers (the KPP in
 * "ИНН/КПП 1834100037/183401001" follows the INN) and words that say "number" or "code".
 */
const GAP =
  /^(?:[\s\p{P}\p{S}\d]|no\b|nr\b|number|num\b|code|номер|код|серия|серии|№|编号|号码|编码|号|代码|为|是)*$/iu;

/**
 * The text between the nearest of the given labels and `start` when it is only a gap (null when
 * no label stands there). `label` must be a global regex; its last match in the window counts.
 */
export function labelGap(text: string, start: number, label: RegExp): string | null {
  const window = windowBefore(text, start);
  let last = -1;
  label.lastIndex = 0;
  for (let m = label.exec(window); m !== null; m = label.exec(window)) {
    last = m.index + m[0].length;
    if (m[0].length === 0) label.lastIndex++;
  }
  if (last < 0) return null;
  const gap = window.slice(last);
  return GAP.test(gap) ? gap : null;
}

/** Whether one of the given labels stands before `start` with nothing but a gap in between. */
export function labelBefore(text: string, start: number, label: RegExp): boolean {
  return labelGap(text, start, label) !== null;
}

/** Whether a word of the given labels appears anywhere in the window (a weaker hint). */
export function contextBefore(text: string, start: number, words: RegExp, width = 80): boolean {
  words.lastIndex = 0;
  return words.test(text.slice(Math.max(0, start - width), start));
}

/** A run of digits found in the text, possibly one of several group-aligned parts of a token. */
export interface DigitRun {
  start: number;
  end: number;
  /** The digits after OCR folding. */
  digits: string;
  /** How many characters were OCR confusions folded to digits (O→0, l→1...). */
  folded: number;
  /** Whether separators stand inside the run ("7707 083 893"). */
  grouped: boolean;
  /** Whether the run is the whole token (nothing digit-like adjoins it). */
  whole: boolean;
}

// Digits and the characters OCR mistakes for them, four at least (no identifier is shorter);
// groups joined by one space or dash. The first character comes before the look-behind, which
// lets the engine skip ahead to a candidate character (twice as fast on prose).
// Full-width digits (０-９, common in Chinese documents) are digits, not confusions.
const DIGITISH = '[0-9\\uff10-\\uff19OoОоIlІ|SBВ]';
const TOKEN = new RegExp(
  `${DIGITISH}(?<![\\p{L}\\p{N}_].)(?:[ \\u00a0\\u202f\\-\\u2010-\\u2013]?${DIGITISH}){3,}(?![\\p{L}\\p{N}_])`,
  'gu',
);
const TOKEN_DOTS = new RegExp(
  `${DIGITISH}(?<![\\p{L}\\p{N}_.].)(?:[ .\\u00a0\\u202f\\-\\u2010-\\u2013]?${DIGITISH}){3,}(?![\\p{L}\\p{N}_])`,
  'gu',
);

interface Group {
  start: number;
  end: number;
  digits: string;
  folded: number;
}

function groupsOf(token: string, offset: number): Group[][] {
  // Groups without a real digit ("|", "O", "SB") are words or rules, not numbers: they split.
  const parts: Group[][] = [[]];
  const re = /[^ .\u00a0\u202f\-\u2010-\u2013]+/g;
  for (let m = re.exec(token); m !== null; m = re.exec(token)) {
    let digits = '';
    let folded = 0;
    for (const ch of m[0]) {
      const code = ch.charCodeAt(0);
      const d = code >= 0xff10 && code <= 0xff19 ? String(code - 0xff10) : foldDigitChar(ch);
      if (d !== ch && code < 0xff10) folded++;
      digits += d;
    }
    if (folded === m[0].length) {
      parts.push([]);
      continue;
    }
    parts[parts.length - 1]!.push({
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      digits,
      folded,
    });
  }
  return parts.filter((p) => p.length > 0);
}

/** The digit tokens of a text, each as its runs of groups (groups without a digit split them). */
type Tokens = { parts: Group[][]; length: number }[];

// The last text scanned, for each separator set: the digit extractors of one page share one scan.
// A cache of a pure function's result, so it changes no answer.
const lastScan: { text: string | null; dots: boolean; tokens: Tokens }[] = [
  { text: null, dots: false, tokens: [] },
  { text: null, dots: true, tokens: [] },
];

function tokensOf(text: string, dots: boolean): Tokens {
  const slot = lastScan[dots ? 1 : 0]!;
  if (slot.text === text) return slot.tokens;
  const re = dots ? TOKEN_DOTS : TOKEN;
  const tokens: Tokens = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length < 4) continue;
    tokens.push({ parts: groupsOf(m[0], m.index), length: m[0].length });
  }
  slot.text = text;
  slot.tokens = tokens;
  return tokens;
}

/**
 * Every group-aligned run of digits whose length is one of `lengths`, in text order. A token of
 * groups "8 495 123 45 67" yields its 10-digit tail "4951234567" only through group boundaries,
 * never a cut through a group. At most `maxFolded` OCR confusions per run.
 */
export function* digitRuns(
  text: string,
  lengths: readonly number[],
  options: { dots?: boolean; maxFolded?: number } = {},
): Generator<DigitRun> {
  const maxFolded = options.maxFolded ?? 2;
  const shortest = Math.min(...lengths);
  const longest = Math.max(...lengths);
  for (const token of tokensOf(text, options.dots ?? false)) {
    if (token.length < shortest) continue;
    const single = token.parts.length === 1;
    for (const groups of token.parts) {
      for (let i = 0; i < groups.length; i++) {
        let digits = '';
        let folded = 0;
        for (let j = i; j < groups.length && digits.length < longest; j++) {
          digits += groups[j]!.digits;
          folded += groups[j]!.folded;
          if (!lengths.includes(digits.length) || folded > maxFolded) continue;
          yield {
            start: groups[i]!.start,
            end: groups[j]!.end,
            digits,
            folded,
            grouped: j > i,
            whole: single && i === 0 && j === groups.length - 1,
          };
        }
      }
    }
  }
}
