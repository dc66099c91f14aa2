/**
 * Tesseract's TSV output turned into page text with word boxes. Tesseract gives one row per page,
 * block, paragraph, line and word (levels 1-5) with pixel boxes and a 0-100 confidence; the text
 * is ours to assemble, so that every word's offsets into it are known exactly.
 */
import type { PageBox, PageWord } from '../../core/documents/index.js';

export interface OcrPage {
  /** 1-based, as Tesseract numbers the pages of a multi-page TIFF. */
  page: number;
  text: string;
  words: PageWord[];
  /** Mean word confidence 0-1; null when no word was found. */
  confidence: number | null;
  width: number;
  height: number;
}

// Han, kana and CJK punctuation are written without spaces: Tesseract's words are joined
// without one when both sides are such characters.
const CLOSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;

interface Cursor {
  block: string;
  line: string;
}

/**
 * Parse Tesseract's TSV. `scale` multiplies every box and the page size: 72/dpi turns the pixels
 * of a page rendered at `dpi` into PDF points; 1 keeps an image's own pixels.
 */
export function parseTesseractTsv(tsv: string, scale = 1): OcrPage[] {
  const pages: OcrPage[] = [];
  let current: OcrPage | null = null;
  let cursor: Cursor = { block: '', line: '' };
  const sums = new Map<OcrPage, number>();
  const at = (pixels: number) => Math.round(pixels * scale * 100) / 100;
  for (const row of tsv.split('\n')) {
    const cells = row.split('\t');
    if (cells.length < 12 || cells[0] === 'level') continue;
    const [level, page, block, par, line, , left, top, width, height, conf] = cells.map(Number);
    if (level === 1) {
      current = {
        page: page!,
        text: '',
        words: [],
        confidence: null,
        width: at(width!),
        height: at(height!),
      };
      pages.push(current);
      sums.set(current, 0);
      cursor = { block: '', line: '' };
      continue;
    }
    const text = cells.slice(11).join('\t').trim();
    if (level !== 5 || !current || !text) continue;
    const blockKey = `${block}.${par}`;
    const lineKey = `${blockKey}.${line}`;
    if (current.text) {
      if (blockKey !== cursor.block) current.text += '\n\n';
      else if (lineKey !== cursor.line) current.text += '\n';
      else if (!(CLOSE.test(current.text.slice(-1)) && CLOSE.test(text[0]!))) current.text += ' ';
    }
    cursor = { block: blockKey, line: lineKey };
    const start = current.text.length;
    current.text += text;
    const confidence = Math.min(1, Math.max(0, conf! / 100));
    const box: PageBox = [at(left!), at(top!), at(left! + width!), at(top! + height!)];
    current.words.push({ start, end: current.text.length, box, confidence });
    sums.set(current, sums.get(current)! + confidence);
  }
  for (const page of pages) {
    if (page.words.length > 0) page.confidence = sums.get(page)! / page.words.length;
  }
  return pages;
}
