/**
 * The names of the programmes' parties in the forms reporters and analysts meet them, screened
 * against the real OFAC, UN and UK lists (issue 10, item 3): Russian acronyms, Russian legal
 * names reduced to their distinctive name, Korean names in Russian spelling, Chinese company
 * names whose English listing translates the business words. One database for the whole file:
 * loading the lists takes seconds.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { testData } from '../testing/data.js';
import { type Dossier, openDossier } from './dossier/index.js';
import { ingest } from './ingest.js';
import { loadMatcherTools } from './matcher-tools.js';
import { type MatchIndex, prepareMatch } from './matching/index.js';

const THRESHOLD = 0.7;
let dir: string;
let dossier: Dossier;
let index: MatchIndex;

/** A list of one: XIAMEN LIMBACH AIRCRAFT ENGINE CO., LTD. is on none of the shared lists. */
const LIMBACH = {
  id: 'fixture-limbach',
  schema: 'Company',
  caption: 'XIAMEN LIMBACH AIRCRAFT ENGINE CO., LTD.',
  properties: { name: ['XIAMEN LIMBACH AIRCRAFT ENGINE CO., LTD.'], country: ['cn'] },
  datasets: ['fixture'],
  target: true,
};

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-programme-names-'));
  const fixture = join(dir, 'limbach.ftm.json');
  writeFileSync(fixture, `${JSON.stringify(LIMBACH)}\n`);
  dossier = openDossier({ db: join(dir, 'lists.db'), tools: await loadMatcherTools() });
  const lists: [string, string][] = [
    ['ofac', testData('ofac', 'sdn.csv')],
    ['un', testData('un', 'consolidated.xml')],
    ['uk', testData('uk_ofsi', 'ConList_2018-04-13.csv')],
    ['fixture', fixture],
  ];
  for (const [dataset, file] of lists) await ingest(dossier.lists, { files: [file], dataset });
  const service = await dossier.matching();
  await service.refresh();
  index = { matcher: service.matcher, catalog: service.catalog! };
});

after(async () => {
  await dossier.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The results for one name, best first. */
function screen(schema: string, name: string) {
  const plan = prepareMatch(index, {
    dataset: 'default',
    limit: 5,
    threshold: THRESHOLD,
    algorithm: 'best',
  });
  return plan.run({ schema, properties: { name: [name] } }).results;
}

/** The named entity is the best result, and a match at the default threshold. */
function assertFound(schema: string, name: string, id: string) {
  const results = screen(schema, name);
  const shown = results.map((r) => `${r.entity.id} ${r.score}`).join(', ');
  assert.equal(results[0]?.entity.id, id, `${name}: ${shown}`);
  assert.ok(results[0]!.score >= THRESHOLD, `${name}: ${shown}`);
}

test('acronyms of a listed name, in Latin and Cyrillic, find it (IEMZ Kupol, ИЭМЗ Купол)', () => {
  // JOINT STOCK COMPANY IZHEVSK ELECTROMECHANICAL PLANT KUPOL: Ижевский ЭлектроМеханический Завод.
  for (const name of ['IEMZ Kupol', 'ИЭМЗ Купол', 'ИЭМЗ «Купол»']) {
    assertFound('LegalEntity', name, 'ofac-46431');
  }
});

test('a Russian legal name reduces to its distinctive name (Almaz-Antey against OFAC)', () => {
  // OFAC: JOINT STOCK COMPANY AEROSPACE DEFENSE CONCERN ALMAZ-ANTEY; the UK lists it too.
  for (const name of ['Almaz-Antey', 'Алмаз-Антей', 'АО «Концерн ВКО «Алмаз – Антей»»']) {
    const results = screen('LegalEntity', name);
    const ofac = results.find((r) => r.entity.id === 'ofac-16865');
    assert.ok(ofac?.match, `${name}: ${results.map((r) => `${r.entity.id} ${r.score}`)}`);
  }
});

test('Korean and Chinese names in their Russian spelling find the listed person', () => {
  assertFound('Person', 'Ким Чен Ын', 'ofac-20157'); // KIM, Jong Un
  assertFound('Person', 'Чхве Рён Хэ', 'ofac-23213'); // CHOE, Ryong Hae
  assertFound('Person', 'Ли Фанвэй', 'ofac-11447'); // LI, Fangwei (Palladius)
  // The Chinese spelling was found before and still is.
  assertFound('Person', '金正恩', 'ofac-20157');
});

test('Chinese company names find listings that translate their business words', () => {
  assertFound('Company', '厦门林巴赫航空发动机有限公司', 'fixture-limbach');
  assertFound('Company', '丹东东源实业有限公司', 'ofac-23171'); // DANDONG DONGYUAN INDUSTRIAL
  assertFound('Company', '武汉三江进出口有限公司', 'ofac-23063'); // WUHAN SANJIANG IMPORT AND EXPORT
  assertFound('LegalEntity', '新疆公安厅', 'ofac-29159'); // XINJIANG PUBLIC SECURITY BUREAU
  assertFound('LegalEntity', '新疆生产建设兵团', 'ofac-29299'); // XINJIANG PRODUCTION AND CONSTRUCTION CORPS
});
