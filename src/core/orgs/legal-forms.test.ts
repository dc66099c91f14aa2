import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractLegalForms, LEGAL_FORM_CLASSES, LEGAL_FORMS, legalFormStats } from './index.js';

/** The name part and the classes of the forms found. */
function split(name: string): [string, string[]] {
  const result = extractLegalForms(name);
  return [result.name, result.forms.map((f) => f.class)];
}

test('the table: at least 300 forms, every class used, no spelling in two classes', () => {
  assert.ok(LEGAL_FORMS.length >= 300, `${LEGAL_FORMS.length} forms`);
  const used = new Set(LEGAL_FORMS.map((e) => e.class));
  for (const cls of LEGAL_FORM_CLASSES) assert.ok(used.has(cls), cls);
  assert.deepEqual(legalFormStats().conflicts, []);
  assert.ok(legalFormStats().spellings > 3000);
});

test('Russian, Cyrillic and transliterated', () => {
  assert.deepEqual(split('JOINT STOCK COMPANY IZHEVSK ELECTROMECHANICAL PLANT KUPOL'), [
    'izhevsk electromechanical plant kupol',
    ['jsc'],
  ]);
  assert.deepEqual(split('ООО «Ромашка»'), ['ромашка', ['llc']]);
  assert.deepEqual(split('Obshchestvo s Ogranichennoy Otvetstvennostyu Romashka'), [
    'romashka',
    ['llc'],
  ]);
  assert.deepEqual(split("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOST'YU ROMASHKA"), [
    'romashka',
    ['llc'],
  ]);
  assert.deepEqual(split('Aktsionernoye Obshchestvo Kupol'), ['kupol', ['jsc']]);
  assert.deepEqual(split('ПАО Сбербанк'), ['сбербанк', ['jsc']]);
  assert.deepEqual(split('ZAO Romashka'), ['romashka', ['jsc']]);
  assert.deepEqual(split('CJSC Romashka'), ['romashka', ['jsc']]);
  assert.deepEqual(split('ФГУП «Завод Прибор»'), ['завод прибор', ['soe']]);
  assert.deepEqual(split('Federal State Unitary Enterprise Pribor'), ['pribor', ['soe']]);
  assert.deepEqual(split('МУП Водоканал'), ['водоканал', ['soe']]);
  assert.deepEqual(split('NPO Mashinostroyeniya'), ['mashinostroyeniya', ['group']]);
  assert.deepEqual(split('ИП Иванов'), ['иванов', ['sole-trader']]);
  assert.deepEqual(split('Филиал Банка ВТБ'), ['банка втб', ['branch']]);
  assert.deepEqual(split('АНО Диалог'), ['диалог', ['ngo']]);
});

test('other former Soviet states', () => {
  assert.deepEqual(split('ТОВ «Альфа»'), ['альфа', ['llc']]);
  assert.deepEqual(split('ПрАТ Київстар'), ['київстар', ['jsc']]);
  assert.deepEqual(split('ДП Антонов'), ['антонов', ['soe']]);
  assert.deepEqual(split('ААТ Нафтан'), ['нафтан', ['jsc']]);
  assert.deepEqual(split('ТАА Зорка'), ['зорка', ['llc']]);
  assert.deepEqual(split('ЖШС Қазақ'), ['қазақ', ['llc']]);
  assert.deepEqual(split('АҚ Қазмұнайгаз'), ['қазмұнайгаз', ['jsc']]);
  assert.deepEqual(split('Navoi MChJ'), ['navoi', ['llc']]);
  assert.deepEqual(split('შპს ალფა'), ['ალფა', ['llc']]);
  assert.deepEqual(split('Ալֆա ՍՊԸ'), ['ալֆա', ['llc']]);
  assert.deepEqual(split('Azersun MMC'), ['azersun', ['llc']]);
  assert.deepEqual(split('Монгол Газар ХХК'), ['монгол газар', ['llc']]);
});

test('Chinese, Japanese, Korean: forms glued to the name', () => {
  assert.deepEqual(split('北京某某科技有限公司'), ['北京某某科技', ['llc']]);
  assert.deepEqual(split('中国航天科技集团有限公司'), ['中国航天科技', ['group', 'llc']]);
  assert.deepEqual(split('华为技术有限责任公司'), ['华为技术', ['llc']]);
  assert.deepEqual(split('中国石油天然气股份有限公司'), ['中国石油天然气', ['jsc']]);
  // 株 and 有 alone are ordinary characters (株洲 is a city): only "(株)" is a form.
  assert.deepEqual(split('株洲电力机车有限公司'), ['株洲电力机车', ['llc']]);
  assert.deepEqual(split('(株)ニコン'), ['ニコン', ['jsc']]);
  assert.deepEqual(split('トヨタ自動車株式会社'), ['トヨタ自動車', ['jsc']]);
  assert.deepEqual(split('Toyota Jidosha Kabushiki Kaisha'), ['toyota jidosha', ['jsc']]);
  assert.deepEqual(split('Rakuten Godo Kaisha'), ['rakuten', ['llc']]);
  assert.deepEqual(split('삼성전자 주식회사'), ['삼성전자', ['jsc']]);
  assert.deepEqual(split('Samsung Electronics Co., Ltd.'), ['samsung electronics', ['llc']]);
});

test('English and South Asia', () => {
  assert.deepEqual(split('ANGLO-CARIBBEAN CO., LTD.'), ['anglo caribbean', ['llc']]);
  assert.deepEqual(split('Acme Holdings PLC'), ['acme', ['group', 'plc']]);
  assert.deepEqual(split('Acme, Inc.'), ['acme', ['corporation']]);
  assert.deepEqual(split('Acme L.L.C.'), ['acme', ['llc']]);
  assert.deepEqual(split('Acme Partners LLP'), ['acme', ['partnership', 'partnership']]);
  assert.deepEqual(split('Tata Steel Pvt. Ltd.'), ['tata steel', ['llc']]);
  assert.deepEqual(split('Acme (Private) Limited'), ['acme', ['llc']]);
  assert.deepEqual(split('टाटा स्टील प्राइवेट लिमिटेड'), ['टाटा स्टील', ['llc']]);
});

test('European forms', () => {
  assert.deepEqual(split('Siemens Aktiengesellschaft'), ['siemens', ['jsc']]);
  assert.deepEqual(split('Muster GmbH & Co. KG'), ['muster', ['partnership']]);
  assert.deepEqual(split('Muster UG (haftungsbeschränkt)'), ['muster', ['llc']]);
  assert.deepEqual(split('Verein e.V.'), ['verein', ['ngo']]);
  assert.deepEqual(split('CIMEX, S.A.'), ['cimex', ['jsc']]);
  assert.deepEqual(split('Dupont SARL'), ['dupont', ['llc']]);
  assert.deepEqual(split('Dupont SASU'), ['dupont', ['jsc']]);
  assert.deepEqual(split('Grupo Foo, S.A. de C.V.'), ['grupo foo', ['jsc']]);
  assert.deepEqual(split('Foo Ltda.'), ['foo', ['llc']]);
  assert.deepEqual(split('Foo EIRELI'), ['foo', ['llc']]);
  assert.deepEqual(split('Fiat S.p.A.'), ['fiat', ['jsc']]);
  assert.deepEqual(split('Foo S.r.l.'), ['foo', ['llc']]);
  assert.deepEqual(split('Shell B.V.'), ['shell', ['llc']]);
  assert.deepEqual(split('Volvo AB'), ['volvo', ['jsc']]);
  assert.deepEqual(split('Maersk A/S'), ['maersk', ['jsc']]);
  assert.deepEqual(split('Nokia Oyj'), ['nokia', ['jsc']]);
  assert.deepEqual(split('Foo ApS'), ['foo', ['llc']]);
  assert.deepEqual(split('Foo Sp. z o.o.'), ['foo', ['llc']]);
  assert.deepEqual(split('Foo spolka z ograniczona odpowiedzialnoscia'), ['foo', ['llc']]);
  assert.deepEqual(split('Foo s.r.o.'), ['foo', ['llc']]);
  assert.deepEqual(split('Foo a.s.'), ['foo', ['jsc']]);
  assert.deepEqual(split('Foo d.o.o. Beograd'), ['foo beograd', ['llc']]);
  assert.deepEqual(split('Foo EOOD'), ['foo', ['llc']]);
  assert.deepEqual(split('Foo Α.Ε.'), ['foo', ['jsc']]);
  assert.deepEqual(split('Foo Kft.'), ['foo', ['llc']]);
});

test('Turkish, Arabic, Persian, Hebrew and the Gulf free zones', () => {
  assert.deepEqual(split('Foo Sanayi ve Ticaret A.Ş.'), ['foo sanayi ve ticaret', ['jsc']]);
  assert.deepEqual(split('Foo Ltd. Şti.'), ['foo', ['llc']]);
  assert.deepEqual(split('FOO LIMITED SIRKETI'), ['foo', ['llc']]);
  assert.deepEqual(split('شركة النور ذ.م.م'), ['النور', ['corporation', 'llc']]);
  assert.deepEqual(split('شركة ذات مسؤولية محدودة النور'), ['النور', ['llc']]);
  assert.deepEqual(split('النور ش.م.ع'), ['النور', ['jsc']]);
  assert.deepEqual(split('Petroliance Trading FZE'), ['petroliance trading', ['llc']]);
  assert.deepEqual(split('Foo FZ-LLC'), ['foo', ['llc']]);
  assert.deepEqual(split('Foo FZCO'), ['foo', ['llc']]);
  assert.deepEqual(split('Emirates NBD PJSC'), ['emirates nbd', ['jsc']]);
  assert.deepEqual(split('شرکت فولاد سهامی خاص'), ['فولاد', ['corporation', 'jsc']]);
  assert.deepEqual(split('Foolad Sherkat-e Sahami-ye Khass'), ['foolad', ['jsc']]);
  assert.deepEqual(split('Foolad Sahami Aam'), ['foolad', ['jsc']]);
  assert.deepEqual(split('אלביט מערכות בע"מ'), ['אלביט מערכות', ['llc']]);
});

test('South-East Asia', () => {
  assert.deepEqual(split('PT Bank Mandiri (Persero) Tbk'), ['bank mandiri', ['llc', 'soe', 'plc']]);
  assert.deepEqual(split('Petronas Sdn. Bhd.'), ['petronas', ['llc']]);
  assert.deepEqual(split('Công ty TNHH Hòa Phát'), ['hoa phat', ['llc']]);
  assert.deepEqual(split('บริษัท ปตท. จำกัด (มหาชน)'), ['ปตท', ['corporation', 'plc']]);
});

test('short forms count only at an edge of the name', () => {
  // Arabic articles written AS, AL-AS: not the Norwegian AS.
  assert.deepEqual(split('AS SALAM TRADING CO'), ['as salam trading', ['corporation']]);
  assert.deepEqual(split('AL-AS SALAM AS'), ['al as salam', ['jsc']]);
  assert.deepEqual(split('ROSNEFT OIL COMPANY'), ['rosneft oil', ['corporation']]);
  assert.deepEqual(split('MANAGEMENT COMPANY OOO SIBANTHRACITE'), [
    'management company ooo sibanthracite',
    [],
  ]);
  // Chained edges: "Co" is at the edge because "Ltd" is.
  assert.deepEqual(split('KOREA SHIPPING CO LTD (PYONGYANG)'), [
    'korea shipping pyongyang',
    ['llc'],
  ]);
  assert.deepEqual(split('Limited Liability Company Management Company Sibanthracite'), [
    'management company sibanthracite',
    ['llc'],
  ]);
});

test('a name made only of forms is kept whole', () => {
  assert.deepEqual(extractLegalForms('Holding Company'), { name: 'holding company', forms: [] });
  assert.deepEqual(split('Acme Group LLC'), ['acme', ['group', 'llc']]);
  assert.deepEqual(split('Group LLC'), ['group', ['llc']]);
  assert.deepEqual(split('LLC "AB"'), ['ab', ['llc']]);
  assert.deepEqual(extractLegalForms(''), { name: '', forms: [] });
});

test('the form reports its text, class, display form and language', () => {
  assert.deepEqual(extractLegalForms('ООО Ромашка').forms, [
    { text: 'ооо', class: 'llc', display: 'ООО', lang: 'ru' },
  ]);
});
