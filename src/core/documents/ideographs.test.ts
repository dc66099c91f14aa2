import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldedIdeograph, foldIdeographs, ideographFoldCount } from './index.js';

test('radicals from a Type3-font PDF fold to the ideographs the page shows', () => {
  // The code points a Type3-font PDF gives for 一, 门 and 车: U+2F00 KANGXI RADICAL ONE, U+2ED4 CJK
  // RADICAL C-SIMPLIFIED GATE, U+2ECB CJK RADICAL C-SIMPLIFIED CART.
  assert.equal(foldIdeographs('\u2F00\u2ED4\u2ECB'), '一门车');
  assert.equal(foldIdeographs('北京\u2F00号 Kupol'), '北京一号 Kupol');
});

test('compatibility ideographs fold to their canonical unified ideograph', () => {
  assert.equal(foldIdeographs('\uF900'), '\u8C48');
  // U+2F800 folds to U+4E3D; U+2F80F... to characters of the same block.
  assert.equal(foldIdeographs(String.fromCodePoint(0x2f800)), '\u4E3D');
});

test('text without radicals is returned unchanged, Cyrillic and Latin included', () => {
  const text = 'ООО «Купол», 有限公司, Almaz-Antey ё';
  assert.equal(foldIdeographs(text), text);
});

test('the table agrees with Unicode normalisation where normalisation applies', () => {
  // Kangxi radicals have compatibility decompositions (NFKC), compatibility ideographs canonical
  // ones (NFC): an independent check of the generated table.
  let checked = 0;
  for (let cp = 0x2f00; cp <= 0x2fd5; cp++) {
    assert.equal(foldedIdeograph(cp), String.fromCodePoint(cp).normalize('NFKC'), cp.toString(16));
    checked++;
  }
  for (const [from, to] of [
    [0xf900, 0xfaff],
    [0x2f800, 0x2fa1f],
  ] as const) {
    for (let cp = from; cp <= to; cp++) {
      const nfc = String.fromCodePoint(cp).normalize('NFC');
      if (nfc === String.fromCodePoint(cp)) continue;
      assert.equal(foldedIdeograph(cp), nfc, cp.toString(16));
      checked++;
    }
  }
  assert.ok(checked > 1200);
  // The CJK radicals supplement has no decomposition at all: only the equivalence file covers it.
  assert.ok(ideographFoldCount() > checked);
  assert.equal(String.fromCodePoint(0x2ed4).normalize('NFKC'), '\u2ED4');
});
