/**
 * Requests a web page can make a browser send to an open loopback server (no key needed): a name
 * that is not the server's (DNS rebinding) is refused before anything else; a state-changing
 * request from another site's page, or with a body a form can send, changes nothing. The
 * server's own pages, JSON clients and OpenRefine's form posts still work.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { after, before, test } from 'node:test';
import {
  PORTFOLIO,
  type ScreeningFixture,
  screeningStore,
  upload,
  waitForJob,
} from './jobs-fixture.js';
import {
  get,
  type JsonResponse,
  person,
  post,
  readResponse,
  startTestServer,
  type TestServer,
} from './server-fixture.js';

let db: ScreeningFixture;
let server: TestServer;
let run: string;
const EVIL = 'http://evil.example';

before(async () => {
  db = await screeningStore();
  server = await startTestServer(db.store, { repo: db.repo });
  const job = await upload(`${server.url}/screen/jobs`, readFileSync(PORTFOLIO), 'text/csv');
  run = (await waitForJob(server.url, job.body.id)).id;
});
after(async () => {
  await server.close();
  await db.close();
});

/** A decision on the portfolio's one hit: valid, so only the checks can refuse it. */
const decision = () => ({
  run_id: run,
  row: 8,
  entity_id: 'unsc-6908555',
  decision: 'escalate',
  reason: 'as a web page would send it',
});

/** A request with any Host (fetch sets its own): status and parsed body. */
function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: { detail?: string } }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method: options.method ?? 'GET' }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    for (const [name, value] of Object.entries(options.headers ?? {})) req.setHeader(name, value);
    req.on('error', reject);
    req.end(options.body);
  });
}

const decisionCount = async () =>
  (await get(`${server.url}/decisions?run_id=${run}`)).body.decisions.length;

/** A POST as a browser sends it: a string body with the given content type and Origin. */
async function browserPost(path: string, body: string, type: string, origin?: string) {
  const headers: Record<string, string> = { 'content-type': type };
  if (origin) headers.origin = origin;
  const res = await fetch(`${server.url}${path}`, { method: 'POST', body, headers });
  return readResponse(res);
}

test("a Host that is not one of the server's names is refused, whatever the request", async () => {
  const port = new URL(server.url).port;
  const before = await decisionCount();
  for (const [method, path, body] of [
    ['GET', '/healthz'],
    ['GET', '/catalog'],
    ['GET', '/no-such-path'],
    ['POST', '/decisions', JSON.stringify(decision())],
  ]) {
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1.evil.example:${port}`]) {
      const headers = { host, 'content-type': 'application/json' };
      const res = await raw(path!, { method, headers, body });
      assert.equal(res.status, 400, `${method} ${path} Host ${host}`);
      assert.match(
        res.body.detail ?? '',
        /does not answer to Host ".*evil\.example.*": .*DNS rebinding/,
      );
    }
  }
  assert.equal(await decisionCount(), before, 'nothing was recorded');
  for (const host of [
    `127.0.0.1:${port}`,
    `localhost:${port}`,
    `LOCALHOST:${port}`,
    `[::1]:${port}`,
  ]) {
    assert.equal((await raw('/healthz', { headers: { host } })).status, 200, host);
  }
});

test('a client waiting to send its body hears at once that its Host is refused', async () => {
  const status = await new Promise<number>((resolve, reject) => {
    const req = request(`${server.url}/screen/jobs`, {
      method: 'POST',
      headers: { host: 'evil.example', expect: '100-continue', 'content-type': 'text/csv' },
    });
    req.on('continue', () => reject(new Error('the server asked for the body')));
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.flushHeaders();
  });
  assert.equal(status, 400);
});

test('cross-site posts to /decisions are refused and record nothing', async () => {
  const body = JSON.stringify(decision());
  const before = await decisionCount();
  const cases: [string, string | undefined, number, RegExp][] = [
    ['text/plain', EVIL, 403, /refused a request from the web page at http:\/\/evil\.example/],
    ['application/json', EVIL, 403, /cross-site request/],
    ['application/json', 'null', 403, /web page at null/],
    [
      'text/plain;charset=UTF-8',
      undefined,
      415,
      /"text\/plain" is refused here.*application\/json/,
    ],
    ['application/x-www-form-urlencoded', undefined, 415, /any web page can send one/],
    ['multipart/form-data; boundary=x', undefined, 415, /"multipart\/form-data" is refused/],
  ];
  for (const [type, origin, status, detail] of cases) {
    const res = await browserPost('/decisions', body, type, origin);
    assert.equal(res.status, status, `${type} from ${origin}: ${JSON.stringify(res.body)}`);
    assert.match(res.body.detail, detail);
  }
  const form = await browserPost(
    '/decisions',
    new URLSearchParams({ [body]: '' }).toString(),
    'application/x-www-form-urlencoded',
    EVIL,
  );
  assert.equal(form.status, 403);
  assert.equal(await decisionCount(), before, 'nothing was recorded');
});

test('a portfolio sent as text/plain starts no job, even with ?format=csv', async () => {
  const runs = (await db.repo.runs()).length;
  for (const query of ['', '?format=csv']) {
    const res = await upload(
      `${server.url}/screen/jobs${query}`,
      'name\nRI WON HO\n',
      'text/plain',
    );
    assert.equal(res.status, 415, `${query}: ${JSON.stringify(res.body)}`);
    assert.match(res.body.detail, /"text\/plain" is refused here.*say \?format=csv\|xlsx\|jsonl/);
  }
  const foreign = await upload(`${server.url}/screen/jobs`, 'name\nRI WON HO\n', 'text/csv', {
    origin: EVIL,
  });
  assert.equal(foreign.status, 403);
  const matched = await post(`${server.url}/match/default`, person('RI WON HO'), { origin: EVIL });
  assert.equal(matched.status, 403);
  assert.equal((await db.repo.runs()).length, runs, 'no run was recorded');
});

test("the server's own pages, JSON clients and OpenRefine's forms are answered", async () => {
  const own = await post(`${server.url}/decisions`, decision(), { origin: server.url });
  assert.equal(own.status, 201, JSON.stringify(own.body));
  const bare = await post(`${server.url}/decisions`, decision());
  assert.equal(bare.status, 201, JSON.stringify(bare.body));
  // Cross-site reads are the browser's to stop (no CORS headers); GET changes nothing.
  assert.equal((await get(`${server.url}/catalog`, { origin: EVIL })).status, 200);
  // OpenRefine posts forms from a desktop program: no Origin.
  const queries = JSON.stringify({ q0: { query: 'RI WON HO', type: 'Person' } });
  const form = new URLSearchParams({ queries }).toString();
  const type = 'application/x-www-form-urlencoded; charset=UTF-8';
  const refine: JsonResponse = await browserPost('/reconcile', form, type);
  assert.equal(refine.status, 200, JSON.stringify(refine.body));
  assert.equal(refine.body.q0.result[0].id, 'unsc-6908555');
  assert.equal((await browserPost('/reconcile', form, type, server.url)).status, 200);
  assert.equal((await browserPost('/reconcile', form, type, EVIL)).status, 403);
});

test("behind a proxy, pages of the public URL are the server's own", async () => {
  // The index is never built: a request that passes the checks gets 503, one refused 403.
  const proxied = await startTestServer(db.store, {
    build: false,
    config: { publicUrl: 'https://screening.example.com/dossier' },
  });
  try {
    const send = (origin: string) =>
      post(`${proxied.url}/match/default`, person('RI WON HO'), { origin });
    assert.equal((await send('https://screening.example.com')).status, 503);
    assert.equal((await send(proxied.url)).status, 503);
    for (const origin of ['https://screening.example.com:8443', 'http://example.com', 'null']) {
      assert.equal((await send(origin)).status, 403, origin);
    }
  } finally {
    await proxied.close();
  }
});
