/**
 * Russian claims: a supply contract whose preamble defines «Поставщик» and «Покупатель» once and
 * whose later clauses and pages use the roles; the director named in the genitive after "в лице"
 * and again in the signature block; a payment sentence; a guarantee by roles and by a sentence.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims, nominative } from './index.js';
import { DOC, line, only, pagesOf } from './fixture.js';

const PREAMBLE = [
  'ДОГОВОР ПОСТАВКИ № 77/2024',
  'г. Москва                                                  «14» марта 2024 г.',
  '',
  'ООО «Альфа», ИНН 7707083893, именуемое в дальнейшем «Поставщик», в лице Генерального ' +
    'директора Иванова И.И., действующего на основании Устава, с одной стороны, и АО «Бета», ' +
    'именуемое «Покупатель», в лице директора Петровой А. С., с другой стороны, заключили ' +
    'настоящий договор о нижеследующем.',
  '1. Поставщик обязуется поставить Покупателю товар (код ТН ВЭД 8806 21 000 0).',
  '2. Общая цена договора составляет 1 200 000 (один миллион двести тысяч) юаней.',
].join('\n');

const LATER = [
  '5. Покупатель перечислил Поставщику аванс 300 000 юаней 20.03.2024.',
  '',
  'Поставщик: ООО «Альфа»                     Покупатель: АО «Бета»',
  'Генеральный директор ______ Иванов И.И.     Директор ______ Петрова А. С.',
].join('\n');

test('ru contract: roles defined once give supply, contract and directorships; used on page 2', () => {
  const claims = extractClaims(DOC, pagesOf(PREAMBLE, LATER));
  const [supply] = only(claims, 'supply');
  assert.equal(line(supply!), 'supply org:ооо альфа -> org:ао бета');
  assert.deepEqual(supply!.properties.hsCode, ['8806210000']);
  const [contract] = only(claims, 'contract');
  assert.deepEqual(contract!.properties.contract, ['77/2024']);
  assert.deepEqual(contract!.properties.date, ['2024-03-14']);
  assert.deepEqual(contract!.properties.amount, ['1200000.00']);
  assert.deepEqual(contract!.properties.currency, ['CNY']);

  // Directors in the genitive after "в лице" and in the nominative under their party's column:
  // one claim each, resting on both places.
  const directors = only(claims, 'directorship').map(line).sort();
  assert.deepEqual(directors, [
    'directorship person:Иванов И. И. -> org:ооо альфа',
    'directorship person:Петрова А. С. -> org:ао бета',
  ]);
  const ivanov = only(claims, 'directorship').find((c) => c.subject === 'person:Иванов И. И.')!;
  assert.deepEqual(ivanov.properties.role, ['генеральный директор']);
  assert.ok(ivanov.evidence.some((e) => e.mentionId.startsWith('p1:')));
  assert.ok(
    ivanov.evidence.some((e) => e.mentionId.startsWith('p2:')),
    'the signature too',
  );

  // "Покупатель перечислил Поставщику" on page 2: the roles of page 1.
  const [payment] = only(claims, 'payment');
  assert.equal(line(payment!), 'payment org:ао бета -> org:ооо альфа');
  assert.deepEqual(payment!.properties.amount, ['300000.00']);
  assert.deepEqual(payment!.properties.date, ['2024-03-20']);
  // The payer's evidence is the party's mention in the preamble, where the role was defined.
  assert.ok(
    payment!.evidence.some((e) => e.mentionId.startsWith('p1:') && e.mentionId.endsWith(':org')),
  );
  assert.ok(
    payment!.evidence.some((e) => e.mentionId.startsWith('p2:') && e.mentionId.endsWith(':money')),
  );
  for (const c of claims) assert.ok(c.confidence > 0 && c.confidence <= 1);
});

test('ru: ids are stable across runs and evidence cites only mentions of the pages', () => {
  const pages = pagesOf(PREAMBLE, LATER);
  const first = extractClaims(DOC, pages);
  assert.deepEqual(extractClaims(DOC, pagesOf(PREAMBLE, LATER)), first);
  const ids = new Set(pages.flatMap((p) => p.mentions.map((m) => m.id)));
  for (const c of first) {
    assert.ok(c.id.startsWith(`${DOC.slice(0, 12)}-${c.kind}-p`));
    for (const e of c.evidence) assert.ok(ids.has(e.mentionId), e.mentionId);
  }
  assert.equal(new Set(first.map((c) => c.id)).size, first.length);
});

test('ru: a payment sentence between named parties; two amounts stand side by side', () => {
  const text =
    'АО «Бета» 14.03.2024 перечислило ООО «Альфа» 1 200 000 юаней по счёту № 5. ' +
    'По выписке банка АО «Бета» перечислило ООО «Альфа» 1 100 000 юаней.';
  const claims = only(extractClaims(DOC, pagesOf(text)), 'payment');
  assert.deepEqual(claims.map(line), [
    'payment org:ао бета -> org:ооо альфа',
    'payment org:ао бета -> org:ооо альфа',
  ]);
  assert.deepEqual(claims.map((c) => c.properties.amount?.[0]).sort(), [
    '1100000.00',
    '1200000.00',
  ]);
  assert.deepEqual(claims.find((c) => c.properties.amount?.[0] === '1200000.00')!.properties.date, [
    '2024-03-14',
  ]);
  // An obligation to pay is no payment.
  const duty = 'АО «Бета» оплачивает ООО «Альфа» 1 200 000 юаней в течение 30 дней.';
  assert.deepEqual(only(extractClaims(DOC, pagesOf(duty)), 'payment'), []);
});

test('ru: guarantees by roles and by a sentence, the creditor left out', () => {
  const byRoles =
    'ДОГОВОР ПОРУЧИТЕЛЬСТВА № 3\n' +
    'ООО «Гамма», именуемое в дальнейшем «Поручитель», и АО «Бета», именуемое в дальнейшем ' +
    '«Должник», ... Поручитель обязуется отвечать перед Кредитором за исполнение Должником ' +
    'обязательств.';
  assert.deepEqual(only(extractClaims(DOC, pagesOf(byRoles)), 'guarantee').map(line), [
    'guarantee org:ооо гамма -> org:ао бета',
  ]);
  const sentence = 'ООО «Гамма» гарантирует перед ПАО «Банк» исполнение обязательств АО «Бета».';
  assert.deepEqual(only(extractClaims(DOC, pagesOf(sentence)), 'guarantee').map(line), [
    'guarantee org:ооо гамма -> org:ао бета',
  ]);
});

test('nominative: genitive names after "в лице" turned back', () => {
  assert.equal(nominative('Ямщикова А. М.'), 'Ямщиков А. М.');
  assert.equal(nominative('Иванова Ивана Ивановича'), 'Иванов Иван Иванович');
  assert.equal(nominative('Петровой Анны Сергеевны'), 'Петрова Анна Сергеевна');
  assert.equal(nominative('Достоевского Ф. М.'), 'Достоевский Ф. М.');
  assert.equal(nominative('Zhang Wei'), 'Zhang Wei');
});
