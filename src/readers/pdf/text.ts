/**
 * A page's text layer as pdfjs gives it (runs of text, each with a transform and a width) turned
 * into page text and word boxes in PDF points from the top-left. pdfjs knows where a run starts
 * and how wide it is, not where each character is: positions inside a run are estimated with
 * CJK characters a full em wide and others about half, exact for fixed-width Chinese, close for
 * Latin and Cyrillic.
 */
import { foldIdeographs, type PageBox, type PageWord } from '../../core/documents/index.js';

/** What this module needs of pdfjs's TextItem and TextStyle. */
export interface TextRun {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
  hasEOL: boolean;
}

export interface FontStyle {
  ascent: number;
  descent: number;
}

export interface PageText {
  text: string;
  words: PageWord[];
}

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;
// A word: one CJK character (they are written without spaces), or a run of anything else but space.
const WORD =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]+/gu;

type Matrix = readonly number[];

/** m1 x m2, PDF's 6-number affine matrices. */
function multiply(m1: Matrix, m2: Matrix): number[] {
  return [
    m1[0]! * m2[0]! + m1[2]! * m2[1]!,
    m1[1]! * m2[0]! + m1[3]! * m2[1]!,
    m1[0]! * m2[2]! + m1[2]! * m2[3]!,
    m1[1]! * m2[2]! + m1[3]! * m2[3]!,
    m1[0]! * m2[4]! + m1[2]! * m2[5]! + m1[4]!,
    m1[1]! * m2[4]! + m1[3]! * m2[5]! + m1[5]!,
  ];
}

// Rough advances in ems by kind of character, from the widths of common sans fonts (Helvetica,
// DejaVu Sans, Arial): exact widths are in the fonts, which pdfjs's text content does not expose.
const NARROW = /[\s.,:;'!|()[\]{}ijlftrI1`"-]/u;
const BROAD = /[mwMW%@ШЩЖЮЫФМшщжюыфм]/u;
function advance(char: string): number {
  if (WIDE.test(char)) return 1;
  if (char === '№') return 1.05;
  if (NARROW.test(char)) return 0.3;
  if (BROAD.test(char)) return 0.85;
  if (/\p{Lu}/u.test(char)) return 0.68;
  if (/\p{N}/u.test(char)) return 0.56;
  return 0.53;
}

/** Cumulative advance at each code unit of `text`, in ems (estimated). */
function advances(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A surrogate pair is one character, most often an ideograph outside the BMP: a full em.
    const width = unit >= 0xdc00 && unit <= 0xdfff ? 0 : unit >= 0xd800 ? 1 : advance(text[i]!);
    out.push(out[i]! + width);
  }
  return out;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Lay out a page's runs. `viewport` is the page viewport's transform at scale 1 (PDF points,
 * top-left origin, the page's rotation applied); `styles` are pdfjs's font metrics by name.
 */
export function layoutText(
  runs: TextRun[],
  viewport: Matrix,
  styles: Record<string, FontStyle>,
): PageText {
  let text = '';
  const words: PageWord[] = [];
  let previous: {
    end: [number, number];
    origin: [number, number];
    up: [number, number];
    size: number;
    eol: boolean;
  } | null = null;
  for (const run of runs) {
    const str = foldIdeographs(run.str);
    const m = multiply(viewport, run.transform);
    const size = Math.hypot(m[2]!, m[3]!) || 1;
    const along = Math.hypot(m[0]!, m[1]!) || 1;
    const dir: [number, number] = [m[0]! / along, m[1]! / along];
    const up: [number, number] = [m[2]! / size, m[3]! / size];
    const origin: [number, number] = [m[4]!, m[5]!];
    const length = run.width * Math.hypot(viewport[0]!, viewport[1]!);
    if (str.trim() && previous && !previous.eol && text && !/\s$/.test(text)) {
      // Distance of this run's baseline from the previous one's, across the line direction.
      const dx = origin[0] - previous.origin[0];
      const dy = origin[1] - previous.origin[1];
      const across = Math.abs(dx * previous.up[0] + dy * previous.up[1]);
      const gap = (origin[0] - previous.end[0]) * dir[0] + (origin[1] - previous.end[1]) * dir[1];
      if (across > previous.size * 0.5) text += '\n';
      else if (gap > previous.size * 0.15 && !/^\s/.test(str)) text += ' ';
    }
    const base = text.length;
    text += str;
    const style = styles[run.fontName];
    const ascent = style && style.ascent > 0 ? style.ascent : 0.8;
    const descent = style && style.descent < 0 ? style.descent : -0.2;
    const ems = advances(str);
    const total = ems[str.length] || 1;
    for (const match of str.matchAll(WORD)) {
      const a = ems[match.index]! / total;
      const b = ems[match.index + match[0].length]! / total;
      const points: [number, number][] = [];
      for (const t of [a, b]) {
        for (const h of [ascent, descent]) {
          points.push([
            origin[0] + dir[0] * length * t + up[0] * size * h,
            origin[1] + dir[1] * length * t + up[1] * size * h,
          ]);
        }
      }
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      const box: PageBox = [
        round(Math.min(...xs)),
        round(Math.min(...ys)),
        round(Math.max(...xs)),
        round(Math.max(...ys)),
      ];
      words.push({
        start: base + match.index,
        end: base + match.index + match[0].length,
        box,
        confidence: null,
      });
    }
    if (run.hasEOL) text += '\n';
    const end: [number, number] = [origin[0] + dir[0] * length, origin[1] + dir[1] * length];
    if (str || run.hasEOL) previous = { end, origin, up, size, eol: run.hasEOL };
  }
  return { text: text.trimEnd(), words };
}

/**
 * Whether a text layer is worth keeping, or the page should be OCR'd: a scan has no text, or a
 * few stray characters (a page number), or glyphs without a Unicode mapping that come out as
 * U+FFFD, private-use or control characters.
 */
export function hasUsableText(text: string): boolean {
  const chars = text.replace(/\s+/gu, '');
  const good = chars.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  const junk = chars.match(/[\uFFFD\p{Co}\p{Cc}]/gu)?.length ?? 0;
  return good >= 3 && junk <= chars.length * 0.25;
}
