/**
 * Issue 12 over HTTP: /match results carry the exposure of candidates that are network nodes, and
 * a query whose `id` is a node gets its own exposure, so that a customer owned by a listed party is
 * flagged though its name matches no list. Scores are those of a match without the network.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type Dossier, openDossier } from '../app/dossier/index.js';
import { loadNetwork } from '../app/network/network-fixture.js';
import { post, startTestServer, type TestServer } from './server-fixture.js';

let dossier: Dossier;
let server: TestServer;
let plain: TestServer;
before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-match-exposure-'));
  dossier = openDossier({ db: join(dir, 'm.db') });
  await loadNetwork(dossier, dir);
  server = await startTestServer(dossier.lists, { network: dossier.network() });
  plain = await startTestServer(dossier.lists);
});
after(async () => {
  await server.close();
  await plain.close();
  await dossier.close();
});

const query = (id: string | undefined, schema: string, name: string) => ({
  queries: { q: { ...(id ? { id } : {}), schema, properties: { name: [name] } } },
});

test('a candidate that is a network node carries its exposure; scores are unchanged', async () => {
  const body = query(undefined, 'Person', 'Some Official');
  const response = await post(`${server.url}/match/default`, body);
  const without = await post(`${plain.url}/match/default`, body);
  const [hit] = response.body.responses.q.results;
  assert.equal(hit.id, 'pep-1');
  assert.deepEqual(hit.exposure.us, { exposed: false, status: 'not-exposed', share: 0 });
  assert.equal(hit.score, without.body.responses.q.results[0].score);
  assert.equal(without.body.responses.q.results[0].exposure, undefined);
  const listed = await post(
    `${server.url}/match/default`,
    query(undefined, 'Company', 'Listed Holding'),
  );
  assert.equal(listed.body.responses.q.results[0].exposure.eu.status, 'listed');
});

test('a customer owned by a listed party is flagged though its name matches no list', async () => {
  const response = await post(
    `${server.url}/match/default`,
    query('acme', 'Company', 'Acme Trading'),
  );
  const answer = response.body.responses.q;
  assert.deepEqual(answer.results, []);
  assert.deepEqual(answer.exposure.us, { exposed: true, status: 'exposed', share: 0.6 });
  assert.equal(answer.exposure.uk.exposed, true);
  const unknown = await post(`${server.url}/match/default`, query('zeta', 'Company', 'Zeta'));
  assert.equal(unknown.body.responses.q.exposure, undefined, 'not a node: no exposure at all');
});
