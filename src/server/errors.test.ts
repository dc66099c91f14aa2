import assert from 'node:assert/strict';
import { ColumnMappingError, ResumeError, RunNotFoundError } from '../core/screening/index.js';
import { after, before, test } from 'node:test';
import { MatchInputError } from '../core/matching/index.js';
import type { Store } from '../store/index.js';
import { SchemaTooNew } from '../store/sqlite/migrate.js';
import { SourceError } from '../sources/io/index.js';
import { AuthenticationError, PermissionError } from '../auth/index.js';
import { errorReply, MethodNotAllowed, NotReady, TooManyRequests } from './errors.js';
import { get, loadStore, post, startTestServer, type TestServer } from './server-fixture.js';

let store: Store;
let server: TestServer;

before(async () => {
  ({ store } = await loadStore('un'));
  server = await startTestServer(store);
});
after(async () => {
  await server.close();
  await store.close();
});

const q = (example: unknown) => ({ queries: { a: example } });
const ri = { schema: 'Person', properties: { name: ['RI WON HO'] } };

/** Bodies that are not a valid batch, each sent to /match/default. */
const BAD_BODIES: unknown[] = [
  'not json',
  '',
  '{"queries": {"a": ',
  '[]',
  'null',
  '"text"',
  {},
  { queries: [] },
  { queries: {} },
  { queries: 'x' },
  { queries: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`q${i}`, ri])) },
  q('x'),
  q(null),
  q({ schema: 5, properties: { name: ['x'] } }),
  q({ properties: { name: ['x'] } }),
  q({ schema: 'Person' }),
  q({ schema: 'Person', properties: {} }),
  q({ schema: 'Person', properties: [] }),
  q({ schema: 'Person', properties: { name: 5 } }),
  q({ schema: 'Person', properties: { name: [null] } }),
  q({ schema: 'Person', properties: { name: [['nested']] } }),
  q({ schema: 'Nope', properties: { name: ['x'] } }),
  q({ schema: 'Sanction', properties: { reason: ['x'] } }),
  q({ schema: 'Person', properties: { colour: ['blue'] } }),
  q({ ...ri, id: 5 }),
  q({ ...ri, extra: true }),
  { ...q(ri), extra: true },
  { ...q(ri), weights: { name_matsch: 0.5 } },
  { ...q(ri), weights: { name_match: 2 } },
  { ...q(ri), weights: { name_match: '0.5' } },
  { ...q(ri), weights: 'heavy' },
  // An option of yente's logic-v2 is taken and reported as ignored; one no algorithm has is not.
  { ...q(ri), config: { nm_colour: 0.4 } },
  { ...q(ri), config: 'strict' },
];

/** Query strings that are wrong, each with a valid body. */
const BAD_QUERIES = [
  'limit=0',
  'limit=501',
  'limit=abc',
  'limit=1.5',
  'limit=',
  'limit=1&limit=2',
  'threshold=2',
  'threshold=-0.1',
  'threshold=NaN',
  'threshold=Infinity',
  'algorithm=nope',
  'changed_since=yesterday',
  'changed_since=2024-01-01T10:00:00Z',
  'changed_since=9999-99-99',
  'changed_since=2024-02-30',
  'changed_since=2024-01-01T24',
  'exclude_schema=Nope',
  `${Array.from({ length: 51 }, (_, i) => `exclude_entity_ids=x${i}`).join('&')}`,
  'includes_dataset=un',
  'foo=1',
];

const BAD_GETS = [
  '/search/default',
  '/search/default?q=',
  '/search/default?q=%20%20',
  '/search/default?q=x&schema=Nope',
  '/search/default?q=x&schema=Sanction',
  '/search/default?q=x&limit=1000',
  '/search/default?q=x&offset=-1',
  '/search/default?q=x&fuzzy=maybe',
  '/search/default?q=x&filter_op=XOR',
  '/search/default?q=x&facets=colour',
  '/search/nope?q=x',
  '/entities/unsc-6908555?nested=maybe',
  '/entities/%E0%A4%A',
  '/entities/nope',
  '/healthz?verbose=1',
  '/catalog?x=1',
  '/nowhere',
  '/match/default',
];

function assertClientError(res: { status: number; body: unknown }, what: string) {
  assert.ok(res.status >= 400 && res.status < 500, `${what}: ${res.status}`);
  const body = res.body as { detail?: unknown };
  assert.equal(typeof body.detail, 'string', what);
  assert.ok((body.detail as string).length > 0, what);
}

test('malformed requests get a 4xx with {detail}, never a 500', async () => {
  const statuses = new Map<number, number>();
  const count = (s: number) => statuses.set(s, (statuses.get(s) ?? 0) + 1);
  for (const body of BAD_BODIES) {
    const res = await post(`${server.url}/match/default`, body);
    assertClientError(res, JSON.stringify(body).slice(0, 80));
    count(res.status);
  }
  for (const query of BAD_QUERIES) {
    const res = await post(`${server.url}/match/default?${query}`, q(ri));
    assertClientError(res, query.slice(0, 80));
    count(res.status);
  }
  for (const path of BAD_GETS) {
    const res = await get(`${server.url}${path}`);
    assertClientError(res, path);
    count(res.status);
  }
  for (const path of ['/match/nope', '/match/%E0%A4%A', '/catalog']) {
    const res = await post(`${server.url}${path}`, q(ri));
    assertClientError(res, `POST ${path}`);
    count(res.status);
  }
  assert.deepEqual([...statuses.keys()].sort(), [400, 404, 405]);
  assert.equal((await get(`${server.url}/healthz`)).status, 200);
});

test('errors say what was wrong, with the right status', async () => {
  const unknown = await post(`${server.url}/match/default?exclude_schemas=Person`, q(ri));
  assert.match(unknown.body.detail, /unknown query parameter "exclude_schemas"/);
  const schema = await post(`${server.url}/match/default`, q({ schema: 'Persn', properties: {} }));
  assert.equal(schema.status, 400);
  assert.match(schema.body.detail, /queries\.a: unknown schema "Persn"/);
  const dataset = await post(`${server.url}/match/nope`, q(ri));
  assert.equal(dataset.status, 404);
  assert.match(dataset.body.detail, /unknown dataset "nope"; loaded: default, un/);
  const method = await fetch(`${server.url}/match/default`);
  assert.equal(method.status, 405);
  assert.equal(method.headers.get('allow'), 'POST');
});

test('the names of Object.prototype members are no schemata', async () => {
  const match = await post(`${server.url}/match/default?exclude_schema=constructor`, q(ri));
  assert.equal(match.status, 400);
  assert.match(match.body.detail, /exclude_schema: unknown schema "constructor"/);
  const search = await get(`${server.url}/search/default?q=Putin&schema=toString`);
  assert.equal(search.status, 400);
  assert.match(search.body.detail, /schema: unknown schema "toString"/);
});

test('a query property "__proto__" is refused as an unknown property, not dropped', async () => {
  const body = '{"queries": {"a": {"schema": "Person", "properties": {"__proto__": ["x"]}}}}';
  const res = await post(`${server.url}/match/default`, body);
  assert.equal(res.status, 400);
  assert.match(res.body.detail, /has no property "__proto__"/);
});

test('a body over 1 MiB is refused with 413, declared or streamed', async () => {
  const big = JSON.stringify({
    queries: { a: { ...ri, properties: { name: ['x'.repeat(2 ** 21)] } } },
  });
  const declared = await post(`${server.url}/match/default`, big);
  assert.equal(declared.status, 413);
  assert.match(declared.body.detail, /exceeds 1048576 bytes/);
  const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ < 40) controller.enqueue(chunk);
      else controller.close();
    },
  });
  const streamed = await fetch(`${server.url}/match/default`, {
    method: 'POST',
    body: stream,
    duplex: 'half',
  } as RequestInit);
  assert.equal(streamed.status, 413);
  // The connection survives: the next request on the server works.
  assert.equal((await post(`${server.url}/match/default`, q(ri))).status, 200);
});

test('client-chosen keys are echoed as they are, even "__proto__"', async () => {
  const res = await post(
    `${server.url}/match/default`,
    `{"queries": {"__proto__": ${JSON.stringify(ri)}, "constructor": ${JSON.stringify(ri)}}}`,
  );
  assert.equal(res.status, 200);
  assert.deepEqual(Object.keys(res.body.responses), ['__proto__', 'constructor']);
  assert.equal(res.body.responses.constructor.results[0].id, 'unsc-6908555');
});

test('errors are mapped once: ours are a 500 that hides the details, and are logged', () => {
  const logged: string[] = [];
  const ours = errorReply(new TypeError('x is undefined'), (line) => logged.push(line));
  assert.equal(ours.status, 500);
  assert.deepEqual(JSON.parse(ours.body), { detail: 'internal server error' });
  assert.match(logged[0]!, /TypeError: x is undefined/);
  const theirs = errorReply(new MatchInputError('unknown schema "X"'), () => assert.fail());
  assert.equal(theirs.status, 400);
  assert.deepEqual(JSON.parse(theirs.body), { detail: 'unknown schema "X"' });
  assert.equal(errorReply(new NotReady(), () => {}).status, 503);
  assert.equal(errorReply(new MethodNotAllowed(['GET']), () => {}).headers.allow, 'GET');
  const unauthorized = errorReply(new AuthenticationError('unknown API key'), () => assert.fail());
  assert.equal(unauthorized.status, 401);
  assert.match(unauthorized.headers['www-authenticate']!, /^Bearer realm="dossier"/);
  assert.equal(errorReply(new PermissionError('role too low'), () => assert.fail()).status, 403);
  const limited = errorReply(new TooManyRequests(3), () => assert.fail());
  assert.deepEqual([limited.status, limited.headers['retry-after']], [429, '3']);
  // A message that quotes a huge input (a file's header line) is cut, not sent back whole.
  const quoted = errorReply(new ColumnMappingError(`headers: ${'a'.repeat(50_000)}`), () => {});
  assert.equal(quoted.status, 400);
  assert.equal(JSON.parse(quoted.body).detail.length, 1000 + '… (cut)'.length);
  assert.equal(errorReply(new RunNotFoundError('r1'), () => assert.fail()).status, 404);
  assert.equal(errorReply(new ResumeError('finished'), () => assert.fail()).status, 409);
  // Codes without a status are faults on our side or the operator's, told only in the log.
  for (const fault of [
    new SchemaTooNew('lists at version 9'),
    new SourceError('a.csv', null, 'x'),
  ]) {
    const reply = errorReply(fault, () => {});
    assert.deepEqual([reply.status, JSON.parse(reply.body).detail], [500, 'internal server error']);
  }
});
