/**
 * `dossier note`, `notes`, `tag` and `docs --tag` end to end: a note on a document's page, a
 * retraction that keeps the note, tags shown and filtered, usage errors, and `audit verify`
 * finding every write in the trail (and refusing a note written behind its back).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openCaseStore } from '../store/cases/index.js';
import { repoRoot } from '../testing/data.js';

const bin = join(repoRoot, 'bin', 'dossier.js');

function cli(db: string, cwd: string) {
  return (...args: string[]) => {
    const run = spawnSync(process.execPath, [bin, ...args, '--db', db], { encoding: 'utf8', cwd });
    return { code: run.status, out: run.stdout, err: run.stderr };
  };
}

test('cli notes and tags: written, listed, retracted, filtered, and verified in the audit trail', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-notes-'));
  const db = join(dir, 'case.db');
  const dossier = cli(db, dir);
  mkdirSync(join(dir, 'leak'));
  writeFileSync(join(dir, 'leak', 'contract.txt'), 'Поставщик: АО «ИЭМЗ «Купол»», ИНН 1831083343.');
  writeFileSync(join(dir, 'leak', 'letter.txt'), 'Invoice to JSC Almaz-Antey.');
  assert.equal(dossier('case', 'create', 'garpiya').code, 0);
  assert.equal(dossier('add', 'garpiya', 'leak').code, 0);
  const docs = JSON.parse(dossier('docs', 'garpiya', '--json').out).documents as {
    id: string;
    file_name: string;
    tags: string[];
  }[];
  const contract = docs.find((d) => d.file_name === 'contract.txt')!;
  assert.deepEqual(contract.tags, []);

  const written = dossier(
    'note',
    'garpiya',
    'Kupol is on the SDN list',
    '--doc',
    contract.id.slice(0, 8),
    '--page',
    '1',
    '--by',
    'ana',
  );
  assert.equal(written.code, 0, written.err);
  assert.equal(written.out, `Note 1 on case garpiya (${contract.id.slice(0, 12)} p.1)\n`);
  assert.equal(dossier('note', 'garpiya', 'Call the lawyer', '--by', 'bo').code, 0);
  const retracted = dossier('note', 'garpiya', '--retract', '2', '--by', 'bo');
  assert.equal(retracted.out, 'Retracted note 2 (kept in the case, marked retracted)\n');
  const twice = dossier('note', 'garpiya', '--retract', '2');
  assert.equal(twice.code, 1, 'a second retraction is a conflict');
  assert.match(twice.err, /note 2 was retracted by bo/);
  assert.equal(
    dossier('note', 'garpiya', '--retract', '9').code,
    3,
    'an unknown note is not_found',
  );
  assert.equal(dossier('note', 'garpiya', 'x', '--page', '1').code, 2, 'a page needs --doc');
  assert.equal(dossier('note', 'garpiya', 'x', '--doc', contract.id, '--page', '0').code, 2);
  assert.equal(dossier('note', 'garpiya').code, 2, 'no text');

  const notes = JSON.parse(dossier('notes', 'garpiya', '--json').out).notes;
  assert.deepEqual(
    notes.map(
      (n: {
        id: number;
        by: string;
        status: string;
        document_id: string | null;
        page: number | null;
      }) => [n.id, n.by, n.status, n.document_id, n.page],
    ),
    [
      [1, 'ana', 'active', contract.id, 1],
      [2, 'bo', 'retracted', null, null],
    ],
  );
  const table = dossier('notes', 'garpiya', '--active').out;
  assert.match(table, /Kupol is on the SDN list/);
  assert.doesNotMatch(table, /Call the lawyer/);

  const tagged = dossier('tag', 'garpiya', contract.id.slice(0, 8), 'Contract');
  assert.equal(tagged.out, `Tagged ${contract.id.slice(0, 12)} contract; its tags: contract\n`);
  assert.match(dossier('tag', 'garpiya', contract.id, 'contract').out, /already has tag contract/);
  assert.equal(dossier('tag', 'garpiya', contract.id, 'key').code, 0);
  assert.equal(dossier('tag', 'garpiya', contract.id, 'two words').code, 2);
  const listed = dossier('docs', 'garpiya', '--tag', 'contract');
  assert.match(listed.out, /TAGS/);
  assert.match(listed.out, /contract\.txt\s+contract,key/);
  assert.doesNotMatch(listed.out, /letter\.txt/);
  assert.match(dossier('docs', 'garpiya', '--tag', 'nope').out, /No documents tagged nope/);
  const removed = dossier('tag', 'garpiya', contract.id, 'key', '--remove');
  assert.equal(
    removed.out,
    `Removed tag key from ${contract.id.slice(0, 12)}; its tags: contract\n`,
  );

  const verify = dossier('audit', 'verify');
  assert.equal(verify.code, 0, verify.err);
  // 2 notes, 1 retraction, 2 tags, 1 removal.
  assert.match(verify.out, /intact: 6 records/);

  // A note kept without its audit record (written around the service) is found missing.
  const store = openCaseStore(db);
  await store.addNote('garpiya', {
    text: 'unrecorded',
    actor: 'eve',
    createdAt: '2025-01-01T00:00:00.000Z',
  });
  await store.tagDocument('garpiya', contract.id, 'hidden', {
    actor: 'eve',
    at: '2025-01-01T00:00:00.000Z',
  });
  await store.close();
  const broken = dossier('audit', 'verify');
  assert.equal(broken.code, 1);
  assert.match(
    broken.err,
    /the note by eve in case "garpiya" \(2025-01-01T00:00:00\.000Z\) has no audit record/,
  );
});
