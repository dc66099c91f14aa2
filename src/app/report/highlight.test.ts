import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { WordBox } from '../../store/cases/index.js';
import { markPieces, percentBox, spanBoxes } from './index.js';

// "Pay ООО Ромашка\nnow": three words on the first line, one on the second.
const words: WordBox[] = [
  { start: 0, end: 3, box: [50, 100, 80, 112], confidence: null },
  { start: 4, end: 7, box: [85, 100, 110, 112], confidence: null },
  { start: 8, end: 15, box: [115, 101, 180, 113], confidence: null },
  { start: 16, end: 19, box: [50, 120, 80, 132], confidence: null },
];

test('a span on one line is one box around its words', () => {
  assert.deepEqual(spanBoxes(words, 4, 15), [[85, 100, 180, 113]]);
  // A span inside one word takes that word's box.
  assert.deepEqual(spanBoxes(words, 9, 12), [[115, 101, 180, 113]]);
});

test('a span over a line break is one box per line, not one box over both', () => {
  assert.deepEqual(spanBoxes(words, 8, 19), [
    [115, 101, 180, 113],
    [50, 120, 80, 132],
  ]);
});

test("without word boxes the mention's own box is used, else none", () => {
  assert.deepEqual(spanBoxes(null, 0, 3, [1, 2, 3, 4]), [[1, 2, 3, 4]]);
  assert.deepEqual(spanBoxes([], 0, 3), []);
  // Word boxes win over the mention's box when they cover the span.
  assert.deepEqual(spanBoxes(words, 0, 3, [1, 2, 3, 4]), [[50, 100, 80, 112]]);
});

test('boxes become percentages of the page, whatever the unit', () => {
  assert.deepEqual(percentBox([59.5, 84.2, 119, 126.3], { width: 595, height: 842 }), {
    left: 10,
    top: 10,
    width: 10,
    height: 5,
  });
  // OCR pixels on a 2000 x 1000 image.
  assert.deepEqual(percentBox([500, 250, 1000, 300], { width: 2000, height: 1000 }), {
    left: 25,
    top: 25,
    width: 25,
    height: 5,
  });
});

test('text is cut at the spans; nested spans share a mark, crossing ones are not doubled', () => {
  const text = 'abc ООО Ромашка def';
  const { pieces, anchorOf } = markPieces(text, [
    { start: 4, end: 15 },
    { start: 8, end: 15 },
    { start: 12, end: 19 },
  ]);
  assert.deepEqual(
    pieces.map((p) => [p.text, p.span]),
    [
      ['abc ', null],
      ['ООО Ромашка', 0],
      [' def', 2],
    ],
  );
  assert.equal(pieces.map((p) => p.text).join(''), text, 'no character lost or repeated');
  assert.equal(anchorOf.get(1), 0, 'the nested span anchors on its host');
  assert.equal(anchorOf.get(2), 2);
});
