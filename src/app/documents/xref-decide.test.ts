/**
 * xref with reviewers' decisions and the in-text list search, on a small list: documents added
 * before the list was loaded are searched again by xref (a Cyrillic, inflected spelling of a
 * Latin-listed company; an INN); `same` links a party's mentions and merges two parties decided
 * as one entity; `not-same` takes a candidate out; `unsure` keeps it flagged; the latest decision
 * wins while every one stays in the audit trail, which `verifyAudit` checks against the store.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDossier } from '../dossier/index.js';
import { ingest } from '../ingest.js';
import { verifyAudit } from '../screening/index.js';

const line = (id: string, schema: string, properties: Record<string, string[]>) =>
  `${JSON.stringify({ id, schema, properties: { topics: ['sanction'], ...properties } })}\n`;

const LIST =
  line('t-kupol', 'Company', {
    name: ['Izhevsk Electromechanical Plant Kupol'],
    alias: ['IEMZ Kupol'],
    innCode: ['1831083343'],
    country: ['ru'],
  }) +
  line('t-almaz', 'Company', { name: ['Almaz-Antey'], country: ['ru'] }) +
  line('t-petrov', 'Person', { name: ['Ivan Sergeevich Petrov'], country: ['ru'] });

const CONTRACT = [
  'ДОГОВОР ПОСТАВКИ № 14/2024',
  'Покупатель: АО «ИЭМЗ «Купол»», ИНН 1831083343, г. Ижевск.',
  'Поставщик: ООО «Ромашка», ИНН 7707083893, г. Москва.',
  'Оборудование предназначено для концерна Алмаз-Антей.',
].join('\n');
const LETTER =
  'Dear colleagues, the parts for Kupol JSC leave Shenzhen on Monday. Regards, Ivan Sergeevich Petrov';
const CHINESE = '合同买方为 Almaz-Antey 公司，付款人民币一百万元。';

async function caseWithoutLists() {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-xref-decide-'));
  const db = join(dir, 'x.db');
  const dossier = openDossier({ db });
  await dossier.documents.createCase('garpiya');
  mkdirSync(join(dir, 'leak'));
  writeFileSync(join(dir, 'leak', 'contract.txt'), CONTRACT);
  writeFileSync(join(dir, 'leak', 'letter.txt'), LETTER);
  writeFileSync(join(dir, 'leak', 'chinese.txt'), CHINESE);
  await dossier.documents.add('garpiya', [join(dir, 'leak')]);
  const list = join(dir, 'list.ftm.json');
  writeFileSync(list, LIST);
  await ingest(dossier.lists, { files: [list], dataset: 'test', format: 'ftm' });
  const service = await dossier.matching();
  await service.refresh();
  return { dossier, dir, index: { matcher: service.matcher, catalog: service.catalog! } };
}

test('xref searches old documents for list names: Cyrillic, inflected, in Chinese text, by INN', async () => {
  const { dossier, index } = await caseWithoutLists();
  const before = await dossier.documents.mentions('garpiya', { kinds: ['party'] });
  assert.deepEqual(before, [], 'added before the list: no list entity found yet');
  const scan = await dossier.documents.scanLists('garpiya', index);
  assert.equal(scan.documents, 3);
  const found = await dossier.documents.mentions('garpiya', { kinds: ['party'] });
  const byText = found.map((m) => [m.fileName, m.text, m.link?.entityId]).sort();
  assert.deepEqual(byText, [
    ['chinese.txt', 'Almaz-Antey', 't-almaz'],
    ['contract.txt', '1831083343', 't-kupol'],
    ['contract.txt', 'Алмаз-Антей', 't-almaz'],
    ['contract.txt', 'ИЭМЗ «Купол', 't-kupol'],
    ['letter.txt', 'Ivan Sergeevich Petrov', 't-petrov'],
    ['letter.txt', 'Kupol', 't-kupol'],
  ]);
  for (const m of found) assert.ok((m.confidence ?? 0) >= 0.7, `${m.text} confirmed`);
  // Scanning again replaces, never duplicates; the extractors' own mentions stay.
  await dossier.documents.scanLists('garpiya', index);
  assert.equal((await dossier.documents.mentions('garpiya', { kinds: ['party'] })).length, 6);
  assert.ok((await dossier.documents.mentions('garpiya', { kinds: ['inn'] })).length >= 2);

  const result = await dossier.documents.xref('garpiya', index);
  const almaz = result.parties.find((p) => p.value === 't-almaz');
  assert.equal(almaz?.mentions.length, 2, 'one party per entity, across documents');
  assert.deepEqual(almaz.matches[0]?.id, 't-almaz');
  assert.equal(almaz.matches[0].linked, true);
  // The in-text hit inside "АО «ИЭМЗ «Купол»»" is that organisation's, not a party of its own.
  const kupol = result.parties.find((p) => p.names.includes('АО ИЭМЗ Купол'));
  assert.ok(kupol?.mentions.some((m) => m.kind === 'party'));
  assert.equal(kupol?.matches[0]?.id, 't-kupol');
  await dossier.close();
});

test('decisions: same links and merges, not-same removes, unsure flags; latest wins, all audited', async () => {
  const { dossier, index } = await caseWithoutLists();
  await dossier.documents.scanLists('garpiya', index);
  let result = await dossier.documents.xref('garpiya', index);
  const romashka = result.parties.find((p) => p.value.includes('ромашка'))!;
  const kupolOrg = result.parties.find((p) => p.names.includes('АО ИЭМЗ Купол'))!;
  const kupolText = result.parties.find((p) => p.names.includes('Kupol JSC'))!;
  assert.notEqual(kupolOrg.key, kupolText.key);
  const decide = (party: string, entityId: string, decision: string, note?: string) =>
    dossier.documents.xrefDecide('garpiya', { party, entityId, decision, note, actor: 'ana' });

  // Unknown party and entity, and a bad verdict, are refused with what was meant.
  await assert.rejects(decide('org-nope', 't-kupol', 'same'), { code: 'not_found' });
  await assert.rejects(decide(kupolOrg.key, 't-nope', 'same'), { code: 'not_found' });
  await assert.rejects(decide(kupolOrg.key, 't-kupol', 'maybe'), { code: 'invalid_input' });

  // Same: the organisation's mentions link to the entity, and the two Kupol parties merge.
  const same = await decide(kupolOrg.key, 't-kupol', 'same', 'INN 1831083343 matches');
  assert.ok(same.relinked >= 1);
  await decide(kupolText.key, 't-kupol', 'same');
  result = await dossier.documents.xref('garpiya', index);
  const merged = result.parties.filter((p) =>
    p.matches.some((m) => m.id === 't-kupol' && m.decision?.decision === 'same'),
  );
  assert.equal(merged.length, 1, 'parties decided the same as one entity are one');
  assert.ok(!result.parties.some((p) => p.key === kupolText.key), 'merged into the first');
  assert.deepEqual(merged[0]!.keys.sort(), [kupolOrg.key, kupolText.key].sort());
  const match = merged[0]!.matches.find((m) => m.id === 't-kupol')!;
  assert.equal(match.decision?.decision, 'same');
  assert.equal(match.decision?.note, 'INN 1831083343 matches');
  const orgMentions = await dossier.documents.mentions('garpiya', { kinds: ['org'] });
  const linkedOrg = orgMentions.filter((m) => m.link?.entityId === 't-kupol');
  assert.ok(linkedOrg.length >= 1 && linkedOrg.every((m) => /Купол|Kupol/.test(m.text)));

  // Unsure on a pair the matcher does not rank: shown, flagged; then not-same: gone.
  await decide(romashka.key, 't-almaz', 'unsure', 'same address?');
  result = await dossier.documents.xref('garpiya', index);
  let r = result.parties.find((p) => p.key === romashka.key)!;
  assert.deepEqual(
    r.matches.map((m) => [m.id, m.decision?.decision]),
    [['t-almaz', 'unsure']],
  );
  await decide(romashka.key, 't-almaz', 'not-same');
  result = await dossier.documents.xref('garpiya', index);
  r = result.parties.find((p) => p.key === romashka.key)!;
  assert.deepEqual(r.matches, []);
  // Not-same on the in-text Almaz party takes the entity out and unlinks its mentions.
  const almaz = result.parties.find((p) => p.value === 't-almaz')!;
  await decide(almaz.key, 't-almaz', 'not-same');
  result = await dossier.documents.xref('garpiya', index);
  assert.deepEqual(result.parties.find((p) => p.key === almaz.key)?.matches, []);
  const party = await dossier.documents.mentions('garpiya', { kinds: ['party'] });
  assert.ok(party.filter((m) => m.value === 't-almaz').every((m) => m.link === null));

  // Every decision is kept, oldest first, and each has its audit record.
  const all = await dossier.documents.xrefDecisions('garpiya');
  assert.deepEqual(
    all.map((d) => d.decision),
    ['same', 'same', 'unsure', 'not-same', 'not-same'],
  );
  const cases = dossier.cases;
  const kept = async () => cases.xrefDecisions('garpiya');
  const verified = await verifyAudit(dossier.screening, { xrefDecisions: kept });
  assert.equal(verified.records, 5);
  // A decision written behind the trail's back is one verify cannot account for.
  await cases.addXrefDecision('garpiya', {
    party: romashka.key,
    entityId: 't-almaz',
    decision: 'same',
    actor: 'mallory',
    decidedAt: new Date().toISOString(),
  });
  await assert.rejects(verifyAudit(dossier.screening, { xrefDecisions: kept }), {
    code: 'integrity',
    message: /xref decision on .* has no audit record/,
  });
  await dossier.close();
});
