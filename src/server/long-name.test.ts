/**
 * Issue 14, finding 3, over HTTP: a list with a name of two million letters loads without it, the
 * server becomes ready, and a /match whose name is nearly a megabyte is answered 400, not 500.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ingest } from '../app/ingest.js';
import { openStore, type Store } from '../store/index.js';
import { fixtureFolder } from '../testing/fixtures.js';
import { person, post, startTestServer, type TestServer } from './server-fixture.js';

let store: Store;
let server: TestServer;
before(async () => {
  const write = fixtureFolder('long-name-server');
  const entity = (id: string, name: string) =>
    JSON.stringify({ id, schema: 'Person', properties: { name: [name], topics: ['sanction'] } });
  const file = write(
    'list.ftm.json',
    `${entity('long-1', 'a'.repeat(2_000_000))}\n${entity('ok-1', 'Ri Won Ho')}\n`,
  );
  store = openStore(`${file}.db`);
  await ingest(store, { files: [file], dataset: 'longnames', format: 'ftm' });
  server = await startTestServer(store);
});
after(async () => {
  await server.close();
  await store.close();
});

test('/match with a name of nearly 1 MB is refused with 400 and says why', async () => {
  const response = await post(`${server.url}/match/default`, person('a'.repeat(1_000_000)));
  assert.equal(response.status, 400);
  assert.match(
    response.body.detail,
    /a name of 1000000 characters is longer than the limit of 1000/,
  );
});

test('the normal entity of the same list still matches', async () => {
  const response = await post(`${server.url}/match/default`, person('RI WON HO'));
  assert.equal(response.status, 200);
  assert.deepEqual(
    response.body.responses.q.results.map((r: { id: string }) => r.id),
    ['ok-1'],
  );
});
