/** Whole loads of the real OFAC legacy CSV sets, with counts and values checked against the files. */
import assert from 'node:assert/strict';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { EntityDraft } from '../../core/model/index.js';
import { readAll, testData } from '../../testing/data.js';
import { ofacCsv, siblingFiles } from './index.js';

type Load = Awaited<ReturnType<typeof readAll>>;

/** Each set is loaded once and shared by the tests below. */
const loads = new Map<string, Promise<Load>>();
function load(...files: string[]): Promise<Load> {
  const key = files.join('|');
  let promise = loads.get(key);
  if (!promise) {
    promise = readAll(ofacCsv, files);
    loads.set(key, promise);
  }
  return promise;
}
const sdn2024 = () => load(testData('ofac', 'sdn.csv'));
const full2021 = () => {
  const sdn = testData('ofac', '2021-07-07_full_set', 'sdn.csv');
  return load(sdn, ...siblingFiles(sdn));
};
const cons = () => {
  const prim = testData('ofac', 'consolidated_non_sdn', 'cons_prim.csv');
  return load(prim, ...siblingFiles(prim));
};

function countBy(drafts: EntityDraft[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of drafts) counts[d.schema.name] = (counts[d.schema.name] ?? 0) + 1;
  return counts;
}

function entity(loaded: Load, id: string): EntityDraft {
  const draft = loaded.byId.get(id);
  assert.ok(draft, `${id} missing`);
  return draft;
}

/** The drafts of a schema that point at `id` through `prop`. */
function pointing(loaded: Load, schema: string, prop: string, id: string): EntityDraft[] {
  return loaded.drafts.filter((d) => d.schema.name === schema && d.get(prop).includes(id));
}

test('sdn.csv 2024-05-03: 14,965 targets by schema, each with its Sanction', async () => {
  const loaded = await sdn2024();
  assert.equal(loaded.targets.length, 14965);
  assert.deepEqual(countBy(loaded.targets), {
    Organization: 6884,
    Person: 6854,
    Vessel: 851,
    Airplane: 376,
  });
  const all = countBy(loaded.drafts);
  assert.equal(all.Sanction, 14965);
  assert.equal(loaded.drafts.length, new Set(loaded.drafts.map((d) => d.id)).size);
  for (const t of loaded.targets) {
    assert.deepEqual(t.get('topics'), ['sanction'], t.id);
    assert.deepEqual(entity(loaded, `${t.id}-sanction`).get('entity'), [t.id]);
  }
  // 5,824 lines hold 6,375 "Linked To" clauses; all but 8 name exactly one entry of the file.
  assert.equal(all.UnknownLink, 6364);
  assert.equal(loaded.warnings.filter((w) => w.includes('"Linked To:')).length, 11);
  // 18 entries have remarks cut at 1,000 characters, with no sdn_comments.csv to complete them.
  assert.equal(loaded.warnings.filter((w) => w.includes('remarks are cut')).length, 18);
});

test('ofac-46431 KUPOL: INN, OGRN and OKPO from its remarks', async () => {
  const loaded = await sdn2024();
  const kupol = entity(loaded, 'ofac-46431');
  assert.equal(kupol.schema.name, 'Organization');
  assert.deepEqual(kupol.get('name'), [
    'JOINT STOCK COMPANY IZHEVSK ELECTROMECHANICAL PLANT KUPOL',
  ]);
  assert.deepEqual(kupol.get('innCode'), ['1831083343']);
  assert.deepEqual(kupol.get('ogrnCode'), ['1021801143374']);
  assert.deepEqual(kupol.get('okpoCode'), ['07502963']);
  assert.deepEqual(kupol.get('incorporationDate'), ['2002-04-23', '1957']);
  assert.deepEqual(kupol.get('website'), ['http://www.kupol.ru']);
  assert.match(kupol.get('notes')[0]!, /^Website www\.kupol\.ru; .*\(Russia\)\.$/);
  const ids = pointing(loaded, 'Identification', 'holder', 'ofac-46431');
  assert.deepEqual(
    ids.map((i) => [i.get('type')[0], i.get('number')[0], i.get('country')[0]]).sort(),
    [
      ['Business Registration Number', '1021801143374', 'ru'],
      ['Government Gazette Number', '07502963', 'ru'],
      ['Tax ID No.', '1831083343', 'ru'],
    ],
  );
  const sanction = entity(loaded, 'ofac-46431-sanction');
  assert.deepEqual(sanction.get('program'), ['RUSSIA-EO14024']);
  assert.deepEqual(sanction.get('authority'), ['Office of Foreign Assets Control']);
  assert.deepEqual(sanction.get('authorityId'), ['46431']);
});

test('persons: names split, DOB, POB, nationality, passports, wallets', async () => {
  const loaded = await sdn2024();
  // 2676,"AL ZAWAHIRI, Dr. Ayman","individual","SDGT","Operational and Military Leader of JIHAD
  // GROUP",...,"DOB 19 Jun 1951; POB Giza, Egypt; Passport 1084010 (Egypt); alt. Passport 19820215; ..."
  const zawahiri = entity(loaded, 'ofac-2676');
  assert.deepEqual(
    ['name', 'lastName', 'firstName', 'birthDate', 'birthPlace', 'birthCountry', 'position'].map(
      (p) => zawahiri.get(p),
    ),
    [
      ['AL ZAWAHIRI, Dr. Ayman'],
      ['AL ZAWAHIRI'],
      ['Dr. Ayman'],
      ['1951-06-19'],
      ['Giza, Egypt'],
      ['eg'],
      ['Operational and Military Leader of JIHAD GROUP'],
    ],
  );
  assert.deepEqual(zawahiri.get('passportNumber'), ['1084010', '19820215']);
  const passports = pointing(loaded, 'Passport', 'holder', 'ofac-2676');
  assert.deepEqual(passports.map((p) => [p.get('number')[0], p.get('country')[0]]).sort(), [
    ['1084010', 'eg'],
    ['19820215', undefined],
  ]);
  // 7257 MAAROUFI: "nationality Tunisia; Passport E590976 (Tunisia) issued 19 Jun 1987 expires 18 Jun 1992."
  const maaroufi = entity(loaded, 'ofac-7257');
  assert.deepEqual(maaroufi.get('nationality'), ['tn']);
  const [passport] = pointing(loaded, 'Passport', 'holder', 'ofac-7257');
  assert.deepEqual(
    ['number', 'startDate', 'endDate'].map((p) => passport?.get(p)[0]),
    ['E590976', '1987-06-19', '1992-06-18'],
  );
  // 20439 MUMIN: "DOB 1951 to 1953; POB Somalia."
  assert.deepEqual(entity(loaded, 'ofac-20439').get('birthDate'), ['1951', '1953']);
  // 25308 YAN, Xiaobing: "citizen China; Gender Male; Digital Currency Address - XBT 12QtD5..."
  const yan = entity(loaded, 'ofac-25308');
  assert.deepEqual([yan.get('citizenship'), yan.get('gender')], [['cn'], ['male']]);
  const wallets = pointing(loaded, 'CryptoWallet', 'holder', 'ofac-25308');
  assert.equal(wallets.length, 6);
  assert.ok(wallets.some((w) => w.get('publicKey')[0] === '12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h'));
  assert.deepEqual(wallets[0]?.get('currencySymbol'), ['XBT']);
  assert.deepEqual(yan.get('weakAlias'), ['ZHOU, William', 'YAN, Steven']);
});

test('vessels and aircraft: columns, IMO, MMSI, resolved links and operators', async () => {
  const loaded = await sdn2024();
  // 15036,"ARTAVIL","vessel","IRAN",-0- ,"T2EU4","Crude/Oil Products Tanker","99,144","56,068","Iran",-0- ,
  // "Former Vessel Flag Malta; ... Vessel Registration Identification IMO 9187629; MMSI 572469210; f.k.a. 'ALPHA'; Linked To: NATIONAL IRANIAN TANKER COMPANY."
  const artavil = entity(loaded, 'ofac-15036');
  assert.deepEqual(
    [
      'callSign',
      'type',
      'tonnage',
      'grossRegisteredTonnage',
      'flag',
      'imoNumber',
      'mmsi',
      'previousName',
    ].map((p) => artavil.get(p)),
    [
      ['T2EU4'],
      ['Crude/Oil Products Tanker'],
      ['99144'],
      ['56068'],
      ['ir'],
      ['IMO9187629'],
      ['572469210'],
      ['ALPHA'],
    ],
  );
  assert.deepEqual(artavil.get('pastFlags'), ['mt', 'tv', 'tz']);
  const [link] = pointing(loaded, 'UnknownLink', 'subject', 'ofac-15036');
  const nitc = entity(loaded, link!.get('object')[0]!);
  assert.deepEqual(nitc.get('name'), ['NATIONAL IRANIAN TANKER COMPANY']);
  // 4238 MAR AZUL's owner "Samir de Navegacion S.A." is no listed entry: kept as text.
  assert.ok(
    entity(loaded, 'ofac-4238').get('notes').includes('Vessel owner: Samir de Navegacion S.A.'),
  );
  // 15436 "EX-35011": "Aircraft Operator MAHAN AIR" is entry 12927.
  const plane = entity(loaded, 'ofac-15436');
  assert.equal(plane.schema.name, 'Airplane');
  assert.deepEqual(plane.get('operator'), ['ofac-12927']);
  assert.deepEqual(plane.get('model'), ['A300B4-622R']);
  assert.deepEqual(plane.get('buildDate'), ['2002-08-28']);
});

test('2021-07-07 full set: 8,976 targets with addresses, aliases and joined comments', async () => {
  const loaded = await full2021();
  assert.equal(loaded.targets.length, 8976);
  assert.deepEqual(countBy(loaded.targets), {
    Organization: 3673,
    Person: 4620,
    Vessel: 406,
    Airplane: 277,
  });
  assert.equal(countBy(loaded.drafts).Address, 9585);
  assert.equal(loaded.drafts.length, new Set(loaded.drafts.map((d) => d.id)).size);
  // 306 BANCO NACIONAL DE CUBA: alt.csv "aka" NATIONAL BANK OF CUBA; remarks "a.k.a. 'BNC'." (weak)
  const bnc = entity(loaded, 'ofac-306');
  assert.deepEqual(bnc.get('alias'), ['NATIONAL BANK OF CUBA']);
  assert.deepEqual(bnc.get('weakAlias'), ['BNC']);
  // 173,129,"Ibex House, The Minories","London EC3N 1DY","United Kingdom",-0-
  const anglo = entity(loaded, 'ofac-173');
  const full = 'Ibex House, The Minories, London EC3N 1DY, United Kingdom';
  assert.deepEqual([anglo.get('address'), anglo.get('country')], [[full], ['gb']]);
  const address = entity(loaded, anglo.get('addressEntity')[0]!);
  assert.deepEqual(
    ['full', 'street', 'country'].map((p) => address.get(p)),
    [[full], ['Ibex House, The Minories'], ['gb']],
  );
  // 28264 LI, Jiadong: sdn.csv cuts the remarks at "...; P", sdn_comments.csv goes on "hone Number 8613314257947; ..."
  const li = entity(loaded, 'ofac-28264');
  assert.ok(li.get('phone').includes('8613314257947'));
  assert.ok(li.get('idNumber').includes('210302198701102136'));
  assert.deepEqual(li.get('weakAlias').slice(-2), ['blackjack1987', 'khaleesi']);
  // 12300's remarks end in sdn.csv with "Linked To: PROMO RAI" and go on with "Z S.A.S.; ..."
  const links = pointing(loaded, 'UnknownLink', 'subject', 'ofac-12300');
  assert.ok(
    links.some((l) => l.get('object')[0] === 'ofac-12396'),
    'PROMO RAIZ S.A.S.',
  );
  assert.equal(loaded.warnings.filter((w) => w.includes('remarks are cut')).length, 0);
});

test('consolidated non-SDN set: 442 entries, CMIC securities, Russian numbers across the comments', async () => {
  const loaded = await cons();
  assert.equal(loaded.targets.length, 442);
  assert.deepEqual(countBy(loaded.targets), { Person: 79, Organization: 363 });
  // 9639,"HANIYA, Ismail Abdul Salah","individual","NS-PLC",...,"DOB 1962; POB Shati."
  const haniya = entity(loaded, 'ofac-9639');
  assert.deepEqual([haniya.get('birthDate'), haniya.get('birthPlace')], [['1962'], ['Shati']]);
  assert.ok(haniya.get('alias').includes('HANIYYA, Ismaeel'));
  // 17014: "Registration Numbe" + (cons_comments.csv) "r 1027700342890 (Russia); ..."
  assert.deepEqual(entity(loaded, 'ofac-17014').get('ogrnCode'), ['1027700342890']);
  // 30882 CHINA TELECOM: "ISIN US1694261033; alt. ISIN ...; Listing Date (CMIC) 03 Jun 2021"
  const securities = pointing(loaded, 'Security', 'issuer', 'ofac-30882');
  assert.ok(securities.some((s) => s.get('isin')[0] === 'US1694261033'));
  assert.equal(securities.length, 5);
  assert.deepEqual(entity(loaded, 'ofac-30882-sanction').get('listingDate'), ['2021-06-03']);
});

test('a renamed set loads by the shape of its files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ofac-renamed-'));
  const files = ['cons_prim.csv', 'cons_alt.csv'].map((name, i) => {
    const path = join(dir, `list-${i}.csv`);
    symlinkSync(testData('ofac', 'consolidated_non_sdn', name), path);
    return path;
  });
  const loaded = await load(...files);
  assert.equal(loaded.targets.length, 442);
  assert.ok(entity(loaded, 'ofac-9639').get('alias').includes('HANIYYA, Ismaeel'));
});
