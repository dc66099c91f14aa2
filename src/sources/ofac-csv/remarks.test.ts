/** The remarks parser on clauses copied from OFAC's sdn.csv (2024-05-03) and cons_prim.csv. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Document, parseClause, parseDates, parseRemarks, type Remark } from './remarks.js';

/** The [prop, value] pairs of the value facts. */
function values(facts: Remark[]): [string, string][] {
  return facts.flatMap((f) =>
    f.kind === 'value' ? [[f.props[0]!, f.value] as [string, string]] : [],
  );
}

function doc(clause: string): Document {
  const [fact] = parseClause(clause);
  assert.equal(fact?.kind, 'doc', clause);
  return (fact as { doc: Document }).doc;
}

test('ofac-25308 (YAN, Xiaobing): dates, places, citizenship, gender, wallets, weak aliases', () => {
  const facts = parseRemarks(
    "DOB 25 Mar 1977; POB Wuhan City, Hubei, China; citizen China; Gender Male; Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h; alt. Digital Currency Address - XBT 1Kuf2Rd8mDyAViwBozGTNYnvWL8uYFrkVo; Chinese Commercial Code 7346 2556 0365; Citizen's Card Number 421002197703250019 (China); a.k.a. 'ZHOU, William'; a.k.a. 'YAN, Steven'.",
  );
  assert.deepEqual(values(facts), [
    ['birthDate', '25 Mar 1977'],
    ['birthPlace', 'Wuhan City, Hubei, China'],
    ['birthCountry', 'China'],
    ['citizenship', 'China'],
    ['gender', 'Male'],
    ['weakAlias', 'ZHOU, William'],
    ['weakAlias', 'YAN, Steven'],
  ]);
  const wallets = facts.filter((f) => f.kind === 'wallet');
  assert.deepEqual(
    wallets.map((w) => [w.currency, w.address]),
    [
      ['XBT', '12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h'],
      ['XBT', '1Kuf2Rd8mDyAViwBozGTNYnvWL8uYFrkVo'],
    ],
  );
  const card = facts.find((f) => f.kind === 'doc');
  assert.equal(card?.kind === 'doc' && card.doc.number, '421002197703250019');
  // The telegraph code is not an identifier FtM knows: it stays unparsed, in the notes.
  assert.deepEqual(
    facts.filter((f) => f.kind === 'other').map((f) => f.text),
    ['Chinese Commercial Code 7346 2556 0365'],
  );
});

test('ofac-46431 (KUPOL): Russian tax, gazette and registration numbers get their own properties', () => {
  const facts = parseRemarks(
    'Website www.kupol.ru; Organization Established Date 23 Apr 2002; alt. Organization Established Date 1957; Tax ID No. 1831083343 (Russia); Government Gazette Number 07502963 (Russia); Business Registration Number 1021801143374 (Russia).',
  );
  assert.deepEqual(values(facts), [
    ['website', 'www.kupol.ru'],
    ['incorporationDate', '23 Apr 2002'],
    ['incorporationDate', '1957'],
  ]);
  const docs = facts.flatMap((f) => (f.kind === 'doc' ? [f.doc] : []));
  assert.deepEqual(
    docs.map((d) => [d.label, d.number, d.props[0], d.country]),
    [
      ['Tax ID No.', '1831083343', 'innCode', 'Russia'],
      ['Government Gazette Number', '07502963', 'okpoCode', 'Russia'],
      ['Business Registration Number', '1021801143374', 'ogrnCode', 'Russia'],
    ],
  );
});

test('non-Russian numbers keep the generic properties', () => {
  assert.deepEqual(doc('Tax ID No. 100036386 (Serbia)').props, ['taxNumber']);
  assert.deepEqual(doc('Registration Number 26740 (Iran)').props, ['registrationNumber']);
  // Russian, but not OGRN-shaped: a registration number all the same.
  assert.deepEqual(doc('Registration Number 45403041088 (Russia)').props, ['registrationNumber']);
});

test('documents: country, issue and expiry dates, qualifiers, sub-types', () => {
  const passport = doc('Passport E590976 (Tunisia) issued 19 Jun 1987 expires 18 Jun 1992.');
  assert.deepEqual(
    [passport.number, passport.country, passport.issued, passport.expires, passport.passport],
    ['E590976', 'Tunisia', '19 Jun 1987', '18 Jun 1992', true],
  );
  const spaced = doc('Passport F 572010 issued 22 Dec 2004 expires 28 Oct 2009');
  assert.deepEqual([spaced.number, spaced.country], ['F 572010', null]);
  const court = doc('Registration Number HRA 738077 (Stuttgart) (Germany)');
  assert.deepEqual(
    [court.number, court.authority, court.country],
    ['HRA 738077', 'Stuttgart', 'Germany'],
  );
  const sub = doc('Business Registration Document # CUD: A201404010921001167 (Mexico)');
  assert.deepEqual(
    [sub.label, sub.number],
    ['Business Registration Document # CUD', 'A201404010921001167'],
  );
  assert.equal(doc('NIT # 800018928-0 (Colombia).').number, '800018928-0');
  // "issued under the name ..." ends the number and is no date.
  const named = doc('Passport 4117921 issued under the name Dilawar Khan Zain Khan');
  assert.deepEqual([named.number, named.issued], ['4117921', null]);
});

test('dates: single, circa, ranges', () => {
  assert.deepEqual(parseDates('1951 to 1953'), ['1951', '1953']);
  assert.deepEqual(parseDates('circa 1979-1982'), ['1979', '1982']);
  assert.deepEqual(parseDates('01 Jan 1961 to 31 Dec 1962'), ['01 Jan 1961', '31 Dec 1962']);
  assert.deepEqual(parseDates('circa 1951'), ['circa 1951']);
  assert.deepEqual(values(parseClause('alt. DOB 1982')), [['birthDate', '1982']]);
});

test('vessel, aircraft and contact clauses', () => {
  const facts = parseRemarks(
    "Former Vessel Flag Malta; alt. Former Vessel Flag None Identified; Vessel Registration Identification IMO 9187629; MMSI 572469210; f.k.a. 'ALPHA'; Aircraft Model A300B4-622R; Aircraft Manufacturer's Serial Number (MSN) 1023409321; Email:adelb@shabakah.net.sa; Fax No. (218) (0)214778766; SWIFT/BIC SABRRUMM",
  );
  assert.deepEqual(values(facts), [
    ['pastFlags', 'Malta'],
    ['imoNumber', '9187629'],
    ['mmsi', '572469210'],
    ['previousName', 'ALPHA'],
    ['model', 'A300B4-622R'],
    ['serialNumber', '1023409321'],
    ['email', 'adelb@shabakah.net.sa'],
    ['phone', '(218) (0)214778766'],
    ['swiftBic', 'SABRRUMM'],
  ]);
  // "None Identified" is OFAC's way of saying there is no value.
  assert.equal(facts.filter((f) => f.kind === 'other').length, 1);
});

test('links, operators and sanction clauses', () => {
  const facts = parseRemarks(
    'Aircraft Operator MAHAN AIR; Additional Sanctions Information - Subject to Secondary Sanctions; Listing Date (CMIC) 03 Jun 2021; Linked To: PETROLEOS DE VENEZUELA, S.A.',
  );
  assert.deepEqual(
    facts.map((f) => [f.kind, 'name' in f ? f.name : 'value' in f ? f.value : '']),
    [
      ['operator', 'MAHAN AIR'],
      ['sanction', 'Additional Sanctions Information - Subject to Secondary Sanctions'],
      ['sanction', '03 Jun 2021'],
      ['link', 'PETROLEOS DE VENEZUELA, S.A'],
    ],
  );
});

test('a remark cut at 1,000 characters: the last clause is not trusted', () => {
  // ofac-28263's remarks end "a.k.a. 'snowsjo" when sdn_comments.csv is missing.
  const text = "Gender Male; a.k.a. 'tianyinyin0404'; a.k.a. 'snowsjo";
  assert.deepEqual(values(parseRemarks(text, { truncated: true })), [
    ['gender', 'Male'],
    ['weakAlias', 'tianyinyin0404'],
  ]);
  // Even without the flag, an unclosed quote is not taken for a name.
  assert.equal(parseRemarks(text).at(-1)?.kind, 'other');
  // A cut number would look valid: with the flag it is kept out.
  assert.equal(
    parseRemarks('Gender Male; Tax ID No. 77070838', { truncated: true }).at(-1)?.kind,
    'other',
  );
});
