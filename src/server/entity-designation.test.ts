/**
 * `GET /entities/{id}` of an entry that is one designation with another list's: the entry keeps
 * its own answer (yente's shape) and adds the designation, whichever member's ID is asked for.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ingest } from '../app/ingest.js';
import { openStore, type Store } from '../store/index.js';
import { fixtureFolder } from '../testing/fixtures.js';
import { get, startTestServer, type TestServer } from './server-fixture.js';

const line = (id: string, schema: string, properties: Record<string, string[]>) =>
  `${JSON.stringify({ id, schema, properties })}\n`;

let store: Store;
let server: TestServer;
before(async () => {
  const write = fixtureFolder('entity-designation');
  const list = (prefix: string, name: string, ref: string, extra: Record<string, string[]>) =>
    line(`${prefix}-1`, 'Person', { name: [name], topics: ['sanction'], ...extra }) +
    line(`${prefix}-1-sanction`, 'Sanction', { entity: [`${prefix}-1`], unscId: [ref] }) +
    line(`${prefix}-2`, 'Person', { name: [`${prefix} Somebody Else`], topics: ['sanction'] });
  const un = write('un.ftm.json', list('unsc', 'ABU MOHAMMED AL-EXAMPLE', 'QDi.999', {}));
  const uk = write(
    'uk.ftm.json',
    list('gb', 'Abu Mohammed AL-EXAMPLE', 'QI.A.999.05', { birthDate: ['1961-02-03'] }),
  );
  store = openStore(join(un, '..', 'lists.db'));
  await ingest(store, { files: [un], dataset: 'un', format: 'ftm' });
  await ingest(store, { files: [uk], dataset: 'uk', format: 'ftm' });
  server = await startTestServer(store);
});
after(async () => {
  await server.close();
  await store.close();
});

test('an entry of a designation on two lists answers with the designation, from either ID', async () => {
  const designations = [];
  for (const id of ['unsc-1', 'gb-1']) {
    for (const nested of ['true', 'false']) {
      const { status, body } = await get(`${server.url}/entities/${id}?nested=${nested}`);
      assert.equal(status, 200);
      // The entry itself, as before: its own ID, name and list.
      assert.equal(body.id, id);
      assert.deepEqual(body.datasets, [id === 'gb-1' ? 'uk' : 'un']);
      assert.deepEqual(body.referents, [id === 'gb-1' ? 'unsc-1' : 'gb-1']);
      const d = body.designation;
      assert.equal(d.members[0].id, id);
      assert.deepEqual(d.members.map((m: { id: string }) => m.id).sort(), ['gb-1', 'unsc-1']);
      assert.deepEqual(
        d.links.map((l: { kind: string; value: string }) => `${l.kind} ${l.value}`),
        ['unsc QDi.999'],
      );
      // The merged values with their lists: the date of birth only the UK list gives.
      assert.deepEqual(d.values.birthDate, { '1961-02-03': ['uk'] });
      assert.deepEqual(d.values.name['ABU MOHAMMED AL-EXAMPLE'], ['un']);
      designations.push(d.id);
    }
  }
  assert.equal(new Set(designations).size, 1);
});

test('an entry on one list only has no designation field and no referents', async () => {
  const { body } = await get(`${server.url}/entities/gb-2`);
  assert.equal(body.id, 'gb-2');
  assert.deepEqual(body.referents, []);
  assert.equal(body.designation, undefined);
});
