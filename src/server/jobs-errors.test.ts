/**
 * Every mistake in a job, decision or audit request gets its 4xx answer with a `{detail}`, and a
 * refused upload leaves neither a run nor a file behind.
 */
import assert from 'node:assert/strict';
import { collect } from '../testing/wait.js';
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
import { workbookParts, zipBytes } from '../app/screening/xlsx/xlsx-fixture.js';
import {
  get,
  heldIndex,
  type JsonResponse,
  person,
  post,
  readResponse,
  startTestServer,
  type TestServer,
} from './server-fixture.js';

let db: ScreeningFixture;
let server: TestServer;
let finished: string;

before(async () => {
  db = await screeningStore();
  server = await startTestServer(db.store, { repo: db.repo, config: { maxUploadBytes: 65536 } });
  const job = await upload(`${server.url}/screen/jobs`, readFileSync(PORTFOLIO), 'text/csv');
  finished = (await waitForJob(server.url, job.body.id)).id;
});
after(async () => {
  await server.close();
  await db.close();
});

function refused(res: JsonResponse, status: number, detail: RegExp, what: string) {
  assert.equal(res.status, status, `${what}: ${JSON.stringify(res.body)}`);
  assert.equal(typeof res.body, 'object', `${what}: the answer is JSON`);
  assert.match(res.body.detail, detail, what);
}

const CSV = 'name,country\nRI WON HO,kp\n';
/** One column more than the default limit, every one a name (finding 2 of issue 14, made small). */
const WIDE = `${Array(1001).fill('Name').join(',')}\n${Array(1001).fill('RI WON HO').join(',')}\n`;

/** Shared strings of 2 MiB of one letter, packed to a few KiB: past the default ratio. */
const BOMB = zipBytes(
  workbookParts({
    sheets: [{ name: 'S', file: 'worksheets/sheet1.xml', rows: '' }],
    strings: ['<t>Name</t>', `<t>${'A'.repeat(2 ** 21)}</t>`],
  }),
);

test('a job with a bad file or bad settings is refused before anything is recorded', async () => {
  const u = (query: string) => `${server.url}/screen/jobs${query}`;
  const cases: [string, string | Uint8Array, string | null, number, RegExp][] = [
    ['', new TextEncoder().encode(CSV), null, 415, /without a Content-Type is not a portfolio/],
    ['', CSV, 'application/x-www-form-urlencoded', 415, /say \?format=csv\|xlsx\|jsonl/],
    ['', CSV, 'application/pdf', 415, /"application\/pdf" is not a portfolio file/],
    ['', CSV, 'constructor', 415, /"constructor" is not a portfolio file/],
    ['?format=pdf', CSV, 'text/csv', 400, /format is malformed; use e.g. csv, xlsx or jsonl/],
    ['?threshold=2', CSV, 'text/csv', 400, /threshold must be between 0 and 1/],
    ['?limit=0', CSV, 'text/csv', 400, /limit must be between 1 and 100/],
    ['?algorithm=nope', CSV, 'text/csv', 400, /unknown algorithm "nope"/],
    ['?dataset=nope', CSV, 'text/csv', 400, /unknown dataset "nope"; loaded: un/],
    ['?sort=name', CSV, 'text/csv', 400, /unknown query parameter "sort"/],
    ['?map=nameonly', CSV, 'text/csv', 400, /--map takes <column>=<property>, not "nameonly"/],
    ['?map=name%3Dnmae', CSV, 'text/csv', 400, /"nmae" is not a property of a party/],
    ['?map=Client%3Dname', CSV, 'text/csv', 400, /--map names a column "client" that the header/],
    ['', 'ref,country\n1,fr\n', 'text/csv', 400, /no column holds the party's name/],
    ['', '', 'text/csv', 400, /the file is empty/],
    ['', WIDE, 'text/csv', 400, /1001 columns, more than the limit of 1000 \(maxColumns\)/],
    ['?format=xlsx', 'not a zip', 'text/csv', 400, /^cannot read the uploaded file as xlsx: /],
    [
      '?format=xlsx',
      BOMB,
      'text/csv',
      400,
      /^xl\/sharedStrings\.xml: unpacks to more than 100 times its packed size .*xlsx\.maxRatio/,
    ],
    ['', `name\n${'x'.repeat(70000)}\n`, 'text/csv', 413, /the file exceeds 65536 bytes/],
  ];
  const runs = (await db.repo.runs()).length;
  for (const [query, body, type, status, detail] of cases) {
    refused(await upload(u(query), body, type), status, detail, `${query} ${type}`);
  }
  assert.equal((await db.repo.runs()).length, runs, 'no run was recorded');
  // The finished job's upload went as it finished: the folder is empty.
  assert.deepEqual(db.jobFolders(), [], 'no upload was left behind');
});

/** A body sent without a length (chunked), larger than the limit: refused as it arrives. */
function chunkedUpload(url: string, chunks: number): Promise<JsonResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'text/csv' } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: new Headers(), body: JSON.parse(text) }),
      );
    });
    req.on('error', reject);
    req.write('name\n');
    for (let i = 0; i < chunks; i++) req.write(`${'y'.repeat(1000)}\n`);
    req.end();
  });
}

test('an upload without a declared length is cut off at the limit with 413', async () => {
  refused(
    await chunkedUpload(`${server.url}/screen/jobs`, 100),
    413,
    /exceeds 65536 bytes/,
    'chunked',
  );
  assert.deepEqual(db.jobFolders(), []);
  const small = await chunkedUpload(`${server.url}/screen/jobs`, 2);
  assert.equal(small.status, 202, JSON.stringify(small.body));
  await waitForJob(server.url, small.body.id);
});

/** A request that asks before sending its body, as curl does for large files. */
function askFirst(url: string, body: string, declared: number) {
  return new Promise<{ status: number; continued: boolean; detail: string }>((resolve, reject) => {
    let continued = false;
    const headers = {
      'content-type': 'text/csv',
      'content-length': String(declared),
      expect: '100-continue',
    };
    const req = request(url, { method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, continued, detail: text }));
    });
    req.on('continue', () => {
      continued = true;
      req.end(body);
    });
    req.on('error', reject);
    req.flushHeaders();
  });
}

test('a client that asks first (Expect: 100-continue) hears 413 before sending a large file', async () => {
  const big = await askFirst(`${server.url}/screen/jobs`, '', 500 * 1024 * 1024);
  assert.deepEqual([big.status, big.continued], [413, false]);
  assert.match(JSON.parse(big.detail).detail, /the file exceeds 65536 bytes/);
  const small = await askFirst(`${server.url}/screen/jobs`, CSV, Buffer.byteLength(CSV));
  assert.deepEqual([small.status, small.continued], [202, true]);
  const job = await waitForJob(server.url, JSON.parse(small.detail).id);
  assert.deepEqual([job.status, job.rows_done, db.jobFolders()], ['finished', 1, []]);
});

test('unknown jobs are 404, unfinished results 409, wrong methods 405, bad parameters 400', async () => {
  const u = server.url;
  refused(
    await get(`${u}/screen/jobs/no-such-job`),
    404,
    /no screening job with ID no-such-job/,
    'job',
  );
  refused(await get(`${u}/screen/jobs/no-such-job/results`), 404, /no screening job/, 'results');
  refused(await get(`${u}/screen/jobs/no-such-job/report`), 404, /no screening job/, 'report');
  const unknown = await readResponse(
    await fetch(`${u}/screen/jobs/no-such-job`, { method: 'DELETE' }),
  );
  refused(unknown, 404, /no screening job with ID no-such-job/, 'delete');
  refused(
    await get(`${u}/screen/jobs/${finished}/results?format=xml`),
    400,
    /format is malformed/,
    'xml',
  );
  refused(await get(`${u}/screen/jobs/${finished}?verbose=1`), 400, /unknown query parameter/, 'q');
  refused(await get(`${u}/screen/jobs?status=x`), 400, /unknown query parameter "status"/, 'list');
  for (const [method, path, allow] of [
    ['DELETE', '/screen/jobs', 'POST, GET'],
    ['PUT', `/screen/jobs/${finished}`, 'GET, DELETE'],
    ['DELETE', `/screen/jobs/${finished}/results`, 'GET'],
    ['POST', `/screen/jobs/${finished}/results`, 'GET'],
    ['DELETE', '/decisions', 'POST, GET'],
    ['POST', '/audit/verify', 'GET'],
  ]) {
    const res = await fetch(`${u}${path}`, { method: method! });
    assert.equal(res.status, 405, `${method} ${path}`);
    assert.equal(res.headers.get('allow'), allow);
    assert.match(((await res.json()) as { detail: string }).detail, /method not allowed/);
  }
  refused(await get(`${u}/audit/export?format=xml`), 400, /format is malformed/, 'export');
  refused(await get(`${u}/audit/verify?deep=true`), 400, /unknown query parameter/, 'verify');

  // Jobs run one at a time: the second waits, queued; neither has results before it finishes. On
  // a server whose index is held back, the first waits for it: it is sure not to have finished.
  const held = heldIndex(db.store);
  const cold = await startTestServer(db.store, {
    repo: db.repo,
    build: false,
    service: held.service,
  });
  try {
    const first = await upload(`${cold.url}/screen/jobs`, readFileSync(PORTFOLIO), 'text/csv');
    const second = await upload(`${cold.url}/screen/jobs`, CSV, 'text/csv');
    assert.equal((await get(`${cold.url}/screen/jobs/${second.body.id}`)).body.status, 'queued');
    // A DELETE with a parameter is refused before it cancels or deletes anything.
    const trail = (await collect(db.repo.auditRecords())).length;
    const deleteParam = await readResponse(
      await fetch(`${cold.url}/screen/jobs/${second.body.id}?purge_input=true`, {
        method: 'DELETE',
      }),
    );
    refused(deleteParam, 400, /unknown query parameter "purge_input"/, 'delete ?purge_input');
    assert.equal((await collect(db.repo.auditRecords())).length, trail, 'nothing recorded');
    assert.ok(db.jobFolders().includes(second.body.id), 'a refused DELETE deletes nothing');
    const early = await get(`${cold.url}/screen/jobs/${second.body.id}/results`);
    refused(early, 409, /is queued; its results are ready once it has finished/, 'queued');
    const busy = await get(`${cold.url}/screen/jobs/${first.body.id}/report`);
    refused(busy, 409, /is (queued|running); its results are ready once/, 'running');
    held.release();
    const [one, two] = [
      await waitForJob(cold.url, first.body.id),
      await waitForJob(cold.url, second.body.id),
    ];
    assert.deepEqual([one.status, two.status], ['finished', 'finished']);
    assert.ok(two.started_at >= one.finished_at, 'the second started once the first had finished');
  } finally {
    held.release();
    await cold.close();
  }
});

test('a decision with a mistake is refused, and nothing is recorded', async () => {
  const hit = { run_id: finished, row: 8, entity_id: 'unsc-6908555' };
  const ok = { ...hit, decision: 'escalate', reason: 'check the birth date' };
  const cases: [unknown, number, RegExp][] = [
    ['{"run_id": ', 400, /the body is not valid JSON/],
    ['', 400, /the request needs a JSON body/],
    [[ok], 400, /the body must be a JSON object/],
    [{ ...ok, comment: 'x' }, 400, /unknown field "comment"; accepted: run_id, row/],
    [{ ...ok, row: 'eight' }, 400, /"row" must be a whole number from 1/],
    [{ ...ok, row: 0 }, 400, /"row" must be a whole number from 1/],
    [
      { ...ok, decision: 'maybe' },
      400,
      /"decision" must be one of match, false-positive, escalate/,
    ],
    [{ ...ok, reason: '  ' }, 400, /"reason" must be a non-empty text/],
    [{ ...hit, decision: 'match' }, 400, /"reason" must be a non-empty text/],
    [{ ...ok, entity_id: 7 }, 400, /"entity_id" must be the ID of the listed entity/],
    [{ ...ok, by: 42 }, 400, /"by" must be a string/],
    [{ ...ok, by: ' ' }, 400, /"by" must name someone/],
    [{ ...ok, run_id: 'no-such-run' }, 404, /no screening run with ID no-such-run/],
    [{ ...ok, entity_id: 'ofac-1' }, 404, /has no hit on row 8 for ofac-1/],
    [{ ...ok, reason: 'x'.repeat(2 * 1024 * 1024) }, 413, /the body exceeds 1048576 bytes/],
  ];
  for (const [body, status, detail] of cases) {
    const what = JSON.stringify(body).slice(0, 80);
    refused(await post(`${server.url}/decisions`, body), status, detail, what);
  }
  assert.deepEqual(await db.repo.decisionList(), []);
  refused(
    await get(`${server.url}/decisions?run_id=nope`),
    404,
    /no screening run with ID nope/,
    'list',
  );
  refused(await get(`${server.url}/decisions?run=x`), 400, /unknown query parameter "run"/, 'list');
});

test('a server without a screening store says so with 404', async () => {
  const plain = await startTestServer(db.store);
  try {
    for (const path of ['/screen/jobs', '/decisions', '/audit/verify']) {
      refused(await get(`${plain.url}${path}`), 404, /keeps no screening runs/, path);
    }
    assert.equal((await post(`${plain.url}/match/default`, person('RI WON HO'))).status, 200);
  } finally {
    await plain.close();
  }
});
