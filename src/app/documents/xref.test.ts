/**
 * xref on the real OFAC list: a generated contract naming АО «ИЭМЗ «Купол»» with its INN finds
 * the SDN entry for the Izhevsk Electromechanical Plant Kupol first; the INN goes to Kupol and not
 * to the other party on the page; no list loaded is refused (no_lists), never "clear".
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { testData } from '../../testing/data.js';
import { openDossier } from '../dossier/index.js';
import { ingest } from '../ingest.js';
import type { CaseMention } from './mentions.js';
import { partiesOf } from './parties.js';

const CONTRACT = [
  'ДОГОВОР ПОСТАВКИ № 14/2024',
  'Покупатель: АО «ИЭМЗ «Купол»», ИНН 1831083343, г. Ижевск, ул. Песочная, 3.',
  'Поставщик: ООО «Ромашка», ИНН 7707083893, г. Москва.',
].join('\n');

function mention(kind: string, value: string, start: number, end: number): CaseMention {
  const common = { documentId: 'd', fileName: 'f.txt', page: 1, extractor: 'x', confidence: 1 };
  return {
    ...common,
    id: `${kind}${start}`,
    kind,
    value,
    text: value,
    start,
    end,
    box: null,
    link: null,
  };
}

test('partiesOf: one person in the nominative, genitive, dative and instrumental is one party', () => {
  const parties = partiesOf([
    mention('person', 'Иванову И. И.', 0, 13),
    mention('person', 'Иванов И. И.', 100, 112),
    mention('person', 'Ивановым И. И.', 200, 214),
    mention('person', 'Иванова И. И.', 300, 313),
    mention('person', 'Петрова А. С.', 400, 413),
  ]);
  assert.deepEqual(
    parties.map((p) => [p.value, p.mentions.map((m) => m.value), p.names[0]]),
    [
      [
        'Иванов И. И.',
        ['Иванову И. И.', 'Иванов И. И.', 'Ивановым И. И.', 'Иванова И. И.'],
        'Иванов И. И.',
      ],
      // No "Петров А. С." in the case: she may be a woman named Петрова, and stays her own.
      ['Петрова А. С.', ['Петрова А. С.'], 'Петрова А. С.'],
    ],
  );
});

test('partiesOf: one party per value with all its mentions; an identifier goes to the nearest', () => {
  const parties = partiesOf([
    mention('org', 'ао купол', 0, 10),
    mention('inn', '1831083343', 15, 25),
    mention('org', 'ооо ромашка', 40, 50),
    mention('inn', '7707083893', 55, 65),
    mention('person', 'Иванов И. И.', 100, 112),
    mention('org', 'ао купол', 900, 910),
    // Inside a name that ran over it (a CSV row's cells): not that name's own.
    mention('org', '3849055365 redlepus', 1500, 1530),
    mention('inn', '3849055365', 1500, 1510),
    mention('org', 'ооо тск вектор', 1480, 1498),
    // Too far from any party to be anyone's.
    mention('ogrn', '1021801143374', 700, 713),
  ]);
  assert.deepEqual(
    parties.map((p) => [p.value, p.schema, p.mentions.length, p.identifiers]),
    [
      ['ао купол', 'Organization', 2, { innCode: ['1831083343'] }],
      ['ооо ромашка', 'Organization', 1, { innCode: ['7707083893'] }],
      ['Иванов И. И.', 'Person', 1, {}],
      ['3849055365 redlepus', 'Organization', 1, {}],
      ['ооо тск вектор', 'Organization', 1, { innCode: ['3849055365'] }],
    ],
  );
});

test('xref: with OFAC loaded, Kupol named in Russian with its INN is ofac-46431, first', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-xref-'));
  const dossier = openDossier({ db: join(dir, 'x.db') });
  await dossier.documents.createCase('garpiya');
  mkdirSync(join(dir, 'leak'));
  writeFileSync(join(dir, 'leak', 'contract.txt'), CONTRACT);
  await dossier.documents.add('garpiya', [join(dir, 'leak')]);

  // No list yet: refused, not an empty answer.
  const empty = await dossier.matching();
  await empty.refresh();
  await assert.rejects(
    dossier.documents.xref('garpiya', { matcher: empty.matcher, catalog: empty.catalog! }),
    { code: 'no_lists' },
  );
  await assert.rejects(
    dossier.documents.xref('garpya', { matcher: empty.matcher, catalog: empty.catalog! }),
    /did you mean "garpiya"/,
  );
  await dossier.close();

  const loaded = openDossier({ db: join(dir, 'x.db') });
  await ingest(loaded.lists, { files: [testData('ofac', 'sdn.csv')], dataset: 'ofac' });
  const service = await loaded.matching();
  await service.refresh();
  const index = { matcher: service.matcher, catalog: service.catalog! };
  const result = await loaded.documents.xref('garpiya', index);
  const [top] = result.parties;
  assert.equal(top?.matches[0]?.id, 'ofac-46431');
  assert.equal(top.matches[0].caption, 'JOINT STOCK COMPANY IZHEVSK ELECTROMECHANICAL PLANT KUPOL');
  assert.deepEqual(top.matches[0].datasets, ['ofac']);
  assert.ok(top.matches[0].score >= 0.7);
  assert.deepEqual(top.identifiers, { innCode: ['1831083343'] });
  // Where it is mentioned: the span is the name as written on the page.
  const [place] = top.mentions;
  const page = (await loaded.documents.document('garpiya', place!.documentId)).pages[0]!;
  assert.equal(page.text.slice(place!.start, place!.end), 'АО «ИЭМЗ «Купол»»');
  // The other party keeps its own INN and matches nothing on the list.
  const other = result.parties.find((p) => p.value.includes('ромашка'));
  assert.deepEqual(other?.identifiers, { innCode: ['7707083893'] });
  assert.deepEqual(other?.matches, []);
  assert.deepEqual(
    result.lists.map((l) => l.dataset),
    ['ofac'],
  );
  await loaded.close();
});
