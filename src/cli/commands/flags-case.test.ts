/**
 * `dossier flags <case>` end to end on the fictional Garpiya documents (examples/garpiya/docs)
 * against a small list written here: fictional entries that copy names the OFAC list gives two
 * Garpiya parties. Also the name that is both a case and a trade dataset.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { repoRoot } from '../../testing/index.js';
import { runCli } from '../run.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-flags-case-'));
const db = join(dir, 'd.db');

const LIST = [
  {
    id: 'fx-vektor',
    schema: 'Company',
    properties: { name: ['TSK VEKTOR, OOO', 'ООО ТСК Вектор'], country: ['ru'] },
  },
  {
    id: 'fx-kupol',
    schema: 'Company',
    properties: { name: ['АО ИЭМЗ Купол', 'JSC IEMZ KUPOL'], country: ['ru'] },
  },
].map((e) => ({ ...e, properties: { ...e.properties, topics: ['sanction'] }, datasets: ['fx'] }));

interface CaseFlagsJson {
  case: string;
  claims: number;
  records: number;
  flags: {
    code: string;
    party?: string;
    records: string[];
    claims: { claim: string; kind: string; document_id: string; file_name: string; page: number }[];
  }[];
  parties: { party: string; score: number }[];
}

async function cli(...args: string[]) {
  return runCli([...args, '--db', db]);
}

before(async () => {
  const list = join(dir, 'list.ftm.jsonl');
  writeFileSync(list, `${LIST.map((e) => JSON.stringify(e)).join('\n')}\n`);
  assert.equal((await cli('ingest', list, '--dataset', 'fx', '--format', 'ftm')).code, 0);
  assert.equal((await cli('case', 'create', 'garpiya')).code, 0);
  const add = await cli('add', 'garpiya', join(repoRoot, 'examples', 'garpiya', 'docs'));
  assert.equal(add.code, 0, add.err);
});

test("a case's supply and payment claims are flagged, each flag linked to its claims' pages", async () => {
  const run = await cli('flags', 'garpiya', '--json');
  assert.equal(run.code, 0, run.err);
  const report = JSON.parse(run.out) as CaseFlagsJson;
  assert.equal(report.case, 'garpiya');
  assert.equal(report.claims, 5, 'two supplies and three payments');
  const listed = report.flags.filter((f) => f.code === 'listed_party');
  const parties = new Set(listed.map((f) => f.party));
  assert.ok(parties.has('ООО ТСК Вектор'), [...parties].join(', '));
  assert.ok(parties.has('АО ИЭМЗ Купол'), [...parties].join(', '));
  for (const flag of listed) {
    assert.equal(flag.claims.length, flag.records.length);
    for (const c of flag.claims) {
      assert.match(c.claim, /^[0-9a-f]{12}-(supply|payment)-p\d+-\d+$/);
      assert.match(c.file_name, /\.(txt|csv|eml)$/);
      assert.equal(c.page, 1);
      assert.ok(
        c.document_id.startsWith(c.claim.slice(0, 12)),
        'the claim id starts with its document',
      );
    }
  }
  const payment = listed.find((f) => f.claims.some((c) => c.kind === 'payment'));
  assert.ok(payment, 'a payment claim carries a flag');
  assert.ok(report.parties.find((p) => p.party === 'ООО ТСК Вектор')!.score > 0);
  const text = await cli('flags', 'garpiya');
  assert.equal(text.code, 0, text.err);
  assert.match(text.out, /Case garpiya: 5 records from 5 supply and payment claims/);
  assert.match(text.out, /listed_party +[0-9a-f]{12}-\w+-p1-\d+ \(\S+ p1\)/);
});

test('a name that is both a case and a trade dataset needs --case or --dataset', async () => {
  const shipments = join(repoRoot, 'examples', 'trade', 'shipments.csv');
  const load = await cli('ingest', shipments, '--format', 'trade-csv', '--dataset', 'garpiya');
  assert.equal(load.code, 0, load.err);
  const both = await cli('flags', 'garpiya');
  assert.equal(both.code, 2);
  assert.match(both.err, /both a trade dataset and a case: say which with --dataset or --case/);
  const asCase = await cli('flags', 'garpiya', '--case', '--json');
  assert.equal(asCase.code, 0, asCase.err);
  assert.equal((JSON.parse(asCase.out) as CaseFlagsJson).claims, 5);
  const asDataset = await cli('flags', 'garpiya', '--dataset', '--json');
  assert.equal(asDataset.code, 0, asDataset.err);
  assert.equal((JSON.parse(asDataset.out) as { records: number }).records, 5);
  const unknown = await cli('flags', 'nothing', '--case');
  assert.notEqual(unknown.code, 0);
  assert.match(unknown.err, /no case named nothing/);
});
