import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasUsableText, layoutText, type TextRun } from './index.js';

// The viewport of an unrotated A4 page at scale 1: y flipped, origin moved to the top-left.
const A4 = [1, 0, 0, -1, 0, 842];
const run = (str: string, x: number, y: number, width: number, hasEOL = false): TextRun => ({
  str,
  transform: [10, 0, 0, 10, x, y],
  width,
  fontName: 'f1',
  hasEOL,
});
const styles = { f1: { ascent: 0.8, descent: -0.2 } };

test('runs on one line are joined with a space where there is a gap, lines with a newline', () => {
  const { text, words } = layoutText(
    [
      run('ООО', 50, 700, 20),
      run('«Купол»', 80, 700, 40),
      run('ИНН', 50, 680, 20),
      run('7701', 70.5, 680, 20),
    ],
    A4,
    styles,
  );
  assert.equal(text, 'ООО «Купол»\nИНН7701');
  assert.deepEqual(
    words.map((w) => text.slice(w.start, w.end)),
    ['ООО', '«Купол»', 'ИНН', '7701'],
  );
  // Baseline at 842 - 700 = 142; ascent 8 points above it, descent 2 below.
  assert.deepEqual(words[0]!.box, [50, 134, 70, 144]);
});

test('a rotated page turns boxes with it', () => {
  // /Rotate 90: pdfjs's viewport maps (x, y) to (y, x); the glyphs' tops face right.
  const { words } = layoutText([run('Kupol', 50, 700, 30)], [0, 1, 1, 0, 0, 0], styles);
  assert.deepEqual(words[0]!.box, [698, 50, 708, 80]);
});

test('pages with no text, stray characters or unmapped glyphs go to OCR', () => {
  assert.equal(hasUsableText(''), false);
  assert.equal(hasUsableText('  12 \n'), false);
  assert.equal(hasUsableText('\uFFFD\uFFFD\uFFFD\uE001\uE002 abc'), false);
  assert.equal(hasUsableText('Счёт № 5'), true);
  assert.equal(hasUsableText('北京市'), true);
});
