import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { encodeLegacy } from '../../testing/legacy-encoding.js';
import { documentsFixture } from './fixture.js';

const RUSSIAN = 'Генеральный директор ООО «Купол» Ямщиков Пётр Сергеевич подписал акт.';
const ENGLISH = 'Payment from Pyotr Yamshchikov to Almaz-Antey was received.';
const CHINESE = '甲方：深圳市某某科技有限公司\f乙方：莫斯科贸易公司，攻丝机一台。';

async function loaded() {
  const f = documentsFixture();
  await f.service.createCase('c');
  f.write('in/ru.txt', encodeLegacy(RUSSIAN, 'windows-1251'));
  f.write('in/en.txt', ENGLISH);
  f.write('in/zh.txt', encodeLegacy(CHINESE, 'gbk'));
  await f.service.add('c', [join(f.dir, 'in')]);
  const pages = new Map<string, string>();
  for (const d of (await f.service.documents('c')).documents) {
    for (const p of await f.cases.pages('c', d.id)) pages.set(`${d.fileName}:${p.page}`, p.text);
  }
  /** What a search highlights, read from the stored pages: spans map back to the original. */
  const find = async (query: string) =>
    (await f.service.find('c', query)).map((h) => {
      const text = pages.get(`${h.fileName}:${h.page}`)!;
      return `${h.fileName}:${h.page} ${h.spans.map(([s, e]) => text.slice(s, e)).join('|')}`;
    });
  return { f, find };
}

test('find: a Latin query finds the Cyrillic page and the Latin one', async () => {
  const { f, find } = await loaded();
  assert.deepEqual((await find('Yamshchikov')).sort(), [
    'en.txt:1 Yamshchikov',
    'ru.txt:1 Ямщиков',
  ]);
  assert.deepEqual(await find('Kupol'), ['ru.txt:1 Купол']);
  await f.close();
});

test('find: a Cyrillic query finds the Latin page; ё and е alike', async () => {
  const { f, find } = await loaded();
  assert.deepEqual((await find('ямщиков')).sort(), ['en.txt:1 Yamshchikov', 'ru.txt:1 Ямщиков']);
  assert.deepEqual(await find('петр сергеевич'), ['ru.txt:1 Пётр Сергеевич']);
  // Pyotr too: `yo` and `e` are one spelling in the shadow (Pyotr, Petr, Пётр).
  assert.deepEqual((await find('ПЁТР')).sort(), ['en.txt:1 Pyotr', 'ru.txt:1 Пётр']);
  await f.close();
});

test('find: Chinese without spaces, on its own page, by characters or by pinyin', async () => {
  const { f, find } = await loaded();
  assert.deepEqual(await find('有限公司'), ['zh.txt:1 有限公司']);
  assert.deepEqual(await find('贸易公司'), ['zh.txt:2 贸易公司']);
  assert.deepEqual(await find('Shenzhen'), ['zh.txt:1 深圳']);
  // Two characters: below the trigram index, found through pinyin, kept only where written.
  assert.deepEqual((await find('公司')).sort(), ['zh.txt:1 公司', 'zh.txt:2 公司']);
  await f.close();
});

test('find: snippets show the highlight inside its context; short queries are refused', async () => {
  const { f } = await loaded();
  const [hit] = await f.service.find('c', 'Almaz-Antey');
  const snippet = hit!.snippets[0]!;
  assert.deepEqual(
    snippet.highlights.map(([s, e]) => snippet.text.slice(s, e)),
    ['Almaz-Antey'],
  );
  assert.ok(snippet.text.includes('Yamshchikov to Almaz-Antey was'));
  await assert.rejects(f.service.find('c', 'a!'), { code: 'invalid_input' });
  assert.deepEqual(await f.service.find('c', 'Rosoboronexport'), []);
  await f.close();
});
