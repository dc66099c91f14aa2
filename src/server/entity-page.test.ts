/**
 * What the entity page reads beside the entity: history (first and last seen, the changes between
 * two list versions), exposure under the three rules with chains and sources (and the explicit
 * state when no ownership data is loaded), relations in the network, and decisions on hits, which
 * a read key may not see.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { issueKey, type Role } from '../auth/index.js';
import { type Dossier, openDossier } from '../app/dossier/index.js';
import { ingest } from '../app/ingest.js';
import { loadNetwork } from '../app/network/network-fixture.js';
import { type KeyStore, openKeyStore } from '../store/keys/index.js';
import { upload, waitForJob } from './jobs-fixture.js';
import { get, post, startTestServer, type TestServer } from './server-fixture.js';

let dir: string;
let dossier: Dossier;
let empty: Dossier;
let keys: KeyStore;
let server: TestServer;
let bare: TestServer;
const as: Partial<Record<Role, Record<string, string>>> = {};

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-entity-page-'));
  dossier = openDossier({ db: join(dir, 'e.db') });
  await loadNetwork(dossier, dir);
  // A second version of the list: ofac-1 renamed, with an alias; pep-1 unchanged.
  const file = join(dir, 'list-2.ftm.json');
  const v2 = [
    {
      id: 'ofac-1',
      schema: 'Company',
      properties: { name: ['Listed Holding Ltd'], alias: ['LH'], topics: ['sanction'] },
    },
    {
      id: 'pep-1',
      schema: 'Person',
      properties: { name: ['Some Official'], topics: ['role.pep'] },
    },
  ];
  writeFileSync(file, `${v2.map((e) => JSON.stringify(e)).join('\n')}\n`);
  await ingest(dossier.lists, { files: [file], dataset: 'ofac', format: 'ftm' });
  keys = openKeyStore(join(dir, 'e.db'));
  for (const role of ['read', 'screen'] as const) {
    const issued = issueKey(role, `${role}-user`);
    await keys.insert(issued.stored);
    as[role] = { authorization: `Bearer ${issued.token}` };
  }
  const options = { keys, config: { requireKeys: true } };
  server = await startTestServer(dossier.lists, {
    ...options,
    network: dossier.network(),
    repo: dossier.screening,
  });
  // The same lists, and a network store holding no ownership at all.
  empty = openDossier({ db: join(dir, 'empty.db') });
  bare = await startTestServer(dossier.lists, { ...options, network: empty.network() });
});
after(async () => {
  await server.close();
  await bare.close();
  await keys.close();
  await empty.close();
  await dossier.close();
});

test('history: first and last seen, and what changed between the two list versions', async () => {
  const { status, body } = await get(`${server.url}/entities/ofac-1/history`, as.read);
  assert.equal(status, 200);
  assert.deepEqual(
    [body.first_seen.version, body.last_seen.version, body.datasets[0].versions],
    [1, 2, [1, 2]],
  );
  const [change] = body.timeline;
  assert.equal(body.timeline.length, 1);
  assert.deepEqual([change.dataset, change.version, change.change], ['ofac', 2, 'modified']);
  assert.deepEqual(change.props, ['alias', 'name']);
  const words = (vs: { prop: string; value: string }[]) => vs.map((v) => `${v.prop}=${v.value}`);
  assert.deepEqual(words(change.added).sort(), ['alias=LH', 'name=Listed Holding Ltd']);
  assert.deepEqual(words(change.removed), ['name=Listed Holding']);
  const unchanged = await get(`${server.url}/entities/pep-1/history`, as.read);
  assert.deepEqual(unchanged.body.timeline, []);
  assert.equal((await get(`${server.url}/entities/nobody/history`, as.read)).status, 404);
});

test('exposure: the three rules in one answer, each chain edge with its source', async () => {
  const { status, body } = await get(`${server.url}/entities/acme/exposure`, as.read);
  assert.equal(status, 200);
  assert.equal(body.state, 'computed');
  assert.deepEqual(
    ['us', 'eu', 'uk'].map((j) => [body.jurisdictions[j].exposed, body.jurisdictions[j].share]),
    [
      [true, 0.6],
      [true, 0.6],
      [true, 0.6],
    ],
  );
  const [edge] = body.jurisdictions.us.chains[0].edges;
  assert.deepEqual([edge.source, edge.target, edge.percentage], ['n-ofac-1', 'acme', 60]);
  assert.equal(edge.provenance.dataset, 'registry');
  const listed = await get(`${server.url}/entities/ofac-1/exposure`, as.read);
  assert.equal(listed.body.jurisdictions.eu.listed, true);
  const outside = await get(`${server.url}/entities/pep-1/exposure`, as.read);
  assert.equal(outside.body.state, 'computed', 'pep-1 is a node');
  assert.equal(outside.body.jurisdictions.us.exposed, false);
});

test('exposure without ownership data says so, and gives no verdict', async () => {
  const { status, body } = await get(`${bare.url}/entities/ofac-1/exposure`, as.read);
  assert.equal(status, 200);
  assert.equal(body.state, 'no_ownership_data');
  assert.equal(body.jurisdictions, null);
  assert.match(body.detail, /no ownership data is loaded/);
  assert.equal((await get(`${bare.url}/entities/nobody/exposure`, as.read)).status, 404);
});

test('relations: per type, the count and the first few with their sources', async () => {
  const { body } = await get(`${server.url}/entities/ofac-1/relations`, as.read);
  assert.equal(body.node, 'n-ofac-1');
  const byType = Object.fromEntries(body.groups.map((g: { type: string }) => [g.type, g]));
  assert.equal(byType.ownership.total, 3);
  assert.equal(byType.directorship.total, 1);
  const acme = byType.ownership.relations.find((r: { node: string }) => r.node === 'acme');
  assert.deepEqual([acme.direction, acme.percentage, acme.source.dataset], ['out', 60, 'registry']);
  const none = await get(`${bare.url}/entities/ofac-1/relations`, as.read);
  assert.deepEqual([none.body.node, none.body.groups], [null, []]);
});

test('decisions on hits of this entity: run, query, decision, reason, who; not for read', async () => {
  const u = server.url;
  const csv = 'id,name\nc1,Listed Holding Ltd\n';
  const submitted = await upload(`${u}/screen/jobs`, csv, 'text/csv', as.screen);
  assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
  const job = await waitForJob(u, submitted.body.id, as.screen);
  const reason = 'same registry number';
  const decided = await post(
    `${u}/decisions`,
    { run_id: job.id, key: 'c1', entity_id: 'ofac-1', decision: 'match', reason },
    as.screen,
  );
  assert.equal(decided.status, 201, JSON.stringify(decided.body));
  const { status, body } = await get(`${u}/entities/ofac-1/decisions`, as.screen);
  assert.equal(status, 200);
  const [d] = body.decisions;
  assert.deepEqual(
    [d.run_id, d.key, d.decision, d.reason, d.query.names],
    [job.id, 'c1', 'match', reason, ['Listed Holding Ltd']],
  );
  assert.match(d.by, /^screen-user /);
  assert.ok(d.score > 0.9);
  assert.deepEqual((await get(`${u}/entities/pep-1/decisions`, as.screen)).body.decisions, []);
  assert.equal((await get(`${u}/entities/ofac-1/decisions`, as.read)).status, 403);
});
