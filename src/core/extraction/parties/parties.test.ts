import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractOrgs, extractParties } from './index.js';

/** kind | text | value | role-or-form of each party found. */
function parties(text: string): string[] {
  return extractParties(text).map((p) => {
    assert.equal(text.slice(p.start, p.end), p.text);
    const extra = p.kind === 'person' ? (p.details?.role ?? '') : (p.details?.class ?? '');
    return `${p.kind} | ${p.text} | ${p.value} | ${extra}`;
  });
}

test('a Russian contract preamble: quoted names, nested quotes, a director in the genitive', () => {
  const text =
    'Акционерное общество «Концерн ВКО „Алмаз-Антей“», именуемое в дальнейшем «Покупатель», ' +
    'в лице Генерального директора Иванова Ивана Ивановича, действующего на основании Устава, ' +
    'с одной стороны, и ООО «Ромашка», в лице директора И.И. Петрова, с другой стороны.';
  assert.deepEqual(parties(text), [
    'org | Акционерное общество «Концерн ВКО „Алмаз-Антей“» | акционерное общество концерн вко алмаз антей | jsc',
    'person | Иванова Ивана Ивановича | Иванова Ивана Ивановича | генеральный директор',
    'org | ООО «Ромашка» | ооо ромашка | llc',
    'person | И.И. Петрова | И. И. Петрова | директор',
  ]);
  const [concern] = extractParties(text);
  assert.equal(concern?.details?.name, 'Концерн ВКО „Алмаз-Антей“');
});

test('Russian forms: typewriter quotes nested, state enterprises, unquoted names less sure', () => {
  const found = extractParties(
    'Поставщик: АО "Концерн "Калашников"", ПАО «Сбербанк России», ЗАО «Кронштадт», ' +
      'ФГУП «Рособоронэкспорт»; копия: ООО Ромашка.',
  );
  assert.deepEqual(
    found.map((p) => [p.text, p.details?.form, p.details?.class]),
    [
      ['АО "Концерн "Калашников""', 'АО', 'jsc'],
      ['ПАО «Сбербанк России»', 'ПАО', 'jsc'],
      ['ЗАО «Кронштадт»', 'ЗАО', 'jsc'],
      ['ФГУП «Рособоронэкспорт»', 'ФГУП', 'soe'],
      ['ООО Ромашка', 'ООО', 'llc'],
    ],
  );
  assert.ok(found[4]!.confidence < found[0]!.confidence);
});

test('a Chinese contract: names run back to the party label or the preposition', () => {
  const text =
    '甲方：北京华为技术有限公司（以下简称“甲方”）\n乙方：深圳市华信贸易股份有限公司\n' +
    '本合同由中国航空工业集团有限公司与同方股份有限公司签订，款项汇入中国银行股份有限公司北京分行。' +
    '本公司及贵公司均确认。\n法定代表人：李明\n总经理 张伟签字';
  assert.deepEqual(parties(text), [
    'org | 北京华为技术有限公司 | 北京华为技术有限公司 | llc',
    'org | 深圳市华信贸易股份有限公司 | 深圳市华信贸易股份有限公司 | jsc',
    'org | 中国航空工业集团有限公司 | 中国航空工业集团有限公司 | llc',
    'org | 同方股份有限公司 | 同方股份有限公司 | jsc',
    'org | 中国银行股份有限公司北京分行 | 中国银行股份有限公司北京分行 | branch',
    'person | 李明 | 李明 | 法定代表人',
    'person | 张伟 | 张伟 | 总经理',
  ]);
});

test('an English invoice and e-mail: forms after the name, before it, and titles', () => {
  const text =
    'Seller: Shenzhen Huaxin Trading Co., Ltd.\nBuyer: ACME TRADING LIMITED\n' +
    'Notify: Bank of China (Hong Kong) Limited, Siemens GmbH and Kupol JSC; JSC Almaz-Antey.\n' +
    'The Company shall pay Acme, Inc. on behalf of "Romashka" LLC.\n' +
    'Best regards,\nDirector John Smith\nCc: Mary Jones, Sales Manager';
  assert.deepEqual(parties(text), [
    'org | Shenzhen Huaxin Trading Co., Ltd. | shenzhen huaxin trading co ltd | llc',
    'org | ACME TRADING LIMITED | acme trading limited | llc',
    'org | Bank of China (Hong Kong) Limited | bank of china hong kong limited | llc',
    'org | Siemens GmbH | siemens gmbh | llc',
    'org | Kupol JSC | kupol jsc | jsc',
    'org | JSC Almaz-Antey | jsc almaz antey | jsc',
    'org | Acme, Inc. | acme inc | corporation',
    'org | "Romashka" LLC | romashka llc | llc',
    'person | John Smith | John Smith | director',
    'person | Mary Jones | Mary Jones | sales manager',
  ]);
});

test('Russian names without a title: a patronymic or initials make a person, less sure', () => {
  const found = extractParties('Подписи: Иванов И.И.; Петрова Мария Сергеевна; Москва Сити Центр.');
  assert.deepEqual(
    found.map((p) => [p.kind, p.text, p.details?.role]),
    [
      ['person', 'Иванов И.И.', undefined],
      ['person', 'Петрова Мария Сергеевна', undefined],
    ],
  );
  assert.ok(found.every((p) => p.confidence < 0.85));
});

test('prose and pronouns name no party', () => {
  const text =
    'The Company shall deliver the goods. Общество обязуется оплатить. 本公司负责运输，贵公司付款，' +
    '该公司未回复。Limited liability applies. Директор обязан подписать акт.';
  assert.deepEqual(parties(text), []);
});

test('orgs: a name stops at a table cell and at a title before "of"', () => {
  const row =
    '2024-04-05\tООО «ТСК Вектор»\t3849055365\tRedlepus Vector Industry Shenzhen Co. Ltd.\t1260000.00';
  const latin = extractOrgs(row).find((o) => o.text.includes('Redlepus'));
  assert.equal(latin?.text, 'Redlepus Vector Industry Shenzhen Co. Ltd.');
  const titled = extractOrgs('Ivan Petrov, General Director of TSK Vektor LLC, signed.');
  assert.deepEqual(
    titled.map((o) => o.text),
    ['TSK Vektor LLC'],
  );
});
