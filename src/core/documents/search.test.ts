import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  foldQuery,
  foldText,
  querySpans,
  searchable,
  shadowText,
  snippets,
  spanBox,
} from './index.js';

const at = (text: string, spans: [number, number][]) => spans.map(([s, e]) => text.slice(s, e));

test('fold: keeps the length of any text, unit for unit', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (text) => foldText(text).length === text.length),
    { numRuns: 2000 },
  );
});

test('fold: case, ё as е, width forms, Latin diacritics, spaces and quotes', () => {
  assert.equal(foldText('ПЁТР Ёлкин'), 'петр елкин');
  assert.equal(foldText('ＡＢＣ１２３'), 'abc123');
  assert.equal(foldText('Café Müller Łódź'), 'cafe muller łodz');
  assert.equal(foldText('ООО\u00a0«Ромашка»\n—\u3000x'), 'ооо "ромашка" - x');
  // Kangxi radical U+2F00 is the ideograph 一 that a PDF text layer meant.
  assert.equal(foldText('\u2f00'), '一');
});

test('fold: й and ї stay letters of their own', () => {
  assert.equal(foldText('Йошкар-Ола Київ'), 'йошкар-ола київ');
});

test('fold: a query is composed first and its spaces collapsed', () => {
  assert.equal(foldQuery('  Cafe\u0301   Москвы '), 'cafe москвы');
});

test('shadow: Cyrillic in BGN/PCGN letters, Chinese in pinyin, no spaces or punctuation', () => {
  assert.equal(shadowText('Ямщиков, Пётр'), 'yamshchikovpetr');
  assert.equal(shadowText('张伟 (Zhang)'), 'zhangweizhang');
  // Spellings systems disagree on are written one way on both sides.
  assert.equal(shadowText('Sergeyev'), shadowText('Сергеев'));
  assert.equal(shadowText('Alexandr'), shadowText('Александр'));
});

test('search: a Latin query finds Cyrillic text, spans on the original characters', () => {
  const text = 'Генеральный директор Ямщиков Пётр Сергеевич подписал.';
  assert.deepEqual(at(text, querySpans(text, 'Yamshchikov')), ['Ямщиков']);
  assert.deepEqual(at(text, querySpans(text, 'Yamshchikov Petr')), ['Ямщиков Пётр']);
  assert.deepEqual(at(text, querySpans(text, 'Sergeyevich')), ['Сергеевич']);
});

test('search: a Cyrillic query finds Latin text, and ё finds е and the reverse', () => {
  const latin = 'Signed by Pyotr Yamshchikov, Director.';
  assert.deepEqual(at(latin, querySpans(latin, 'Ямщиков')), ['Yamshchikov']);
  const russian = 'Пётр и Петр';
  assert.deepEqual(at(russian, querySpans(russian, 'петр')), ['Пётр', 'Петр']);
  assert.deepEqual(at(russian, querySpans(russian, 'ПЁТР')), ['Пётр', 'Петр']);
});

test('search: Chinese without spaces, by characters or by pinyin', () => {
  const text = '甲方：深圳市某某科技有限公司，乙方：莫斯科贸易公司。';
  assert.deepEqual(at(text, querySpans(text, '有限公司')), ['有限公司']);
  assert.deepEqual(at(text, querySpans(text, 'Shenzhen')), ['深圳']);
  assert.deepEqual(at(text, querySpans(text, 'youxian gongsi')), ['有限公司']);
  // Characters match characters only: 攻丝 is also "gongsi" in pinyin.
  assert.deepEqual(querySpans('攻丝机', '公司'), []);
});

test('search: spans map back even where the text has characters the fold changes', () => {
  const text = 'ＯＯＯ «КУПОЛ» и Kupol JSC';
  const spans = querySpans(text, 'купол');
  assert.deepEqual(at(text, spans), ['КУПОЛ', 'Kupol']);
});

test('search: what is indexed keeps the page length and has a shadow', () => {
  const page = 'Ёлка\nи 张伟';
  const { folded, shadow } = searchable(page);
  assert.equal(folded.length, page.length);
  assert.equal(shadow, 'elkaizhangwei');
  assert.equal(searchable('...').shadow, null);
});

test('snippets: context around spans, close spans sharing a snippet, offsets into it', () => {
  const text = `${'x'.repeat(100)} Kupol paid Almaz ${'y'.repeat(100)}`;
  const start = text.indexOf('Kupol');
  const second = text.indexOf('Almaz');
  const [one, ...rest] = snippets(text, [
    [start, start + 5],
    [second, second + 5],
  ]);
  assert.equal(rest.length, 0);
  assert.deepEqual(
    one!.highlights.map(([s, e]) => one!.text.slice(s, e)),
    ['Kupol', 'Almaz'],
  );
  assert.equal(text.slice(one!.start, one!.end), one!.text);
});

test('spanBox: the box around the words a span touches', () => {
  const words = [
    { start: 0, end: 5, box: [10, 20, 50, 30] as const, confidence: 0.9 },
    { start: 6, end: 10, box: [55, 18, 80, 31] as const, confidence: 0.8 },
    { start: 11, end: 15, box: [10, 40, 50, 50] as const, confidence: 0.8 },
  ];
  assert.deepEqual(spanBox(words, 2, 8), [10, 18, 80, 31]);
  assert.equal(spanBox(words, 20, 22), null);
  assert.equal(spanBox(undefined, 0, 1), null);
});
