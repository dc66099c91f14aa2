/**
 * The job queue is fair across API keys: one key's many jobs do not make another key's job wait
 * behind them all, jobs recovered at a start keep taking turns, and a key may have only so many
 * waiting (429). An XLSX packing more rows than the limit is refused as it is submitted (finding 9
 * of issue 14, made small with the limit set low).
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { JobRunner, queueScreen } from '../app/screening/index.js';
import { workbookParts, zipBytes } from '../app/screening/xlsx/xlsx-fixture.js';
import { issueKey } from '../auth/index.js';
import { defaultTools } from '../core/matching/index.js';
import { type KeyStore, openKeyStore } from '../store/keys/index.js';
import { collect } from '../testing/wait.js';
import { actorOf } from './actor.js';
import {
  PORTFOLIO,
  type ScreeningFixture,
  screeningStore,
  upload,
  waitForJob,
} from './jobs-fixture.js';
import { heldIndex, readResponse, startTestServer } from './server-fixture.js';

let db: ScreeningFixture;
let keys: KeyStore;
const token: Record<'a' | 'b', string> = { a: '', b: '' };
const actor: Record<'a' | 'b', string> = { a: '', b: '' };

before(async () => {
  db = await screeningStore();
  keys = openKeyStore(db.path);
  for (const who of ['a', 'b'] as const) {
    const issued = issueKey('screen', `team ${who}`);
    await keys.insert(issued.stored);
    token[who] = issued.token;
    actor[who] = actorOf(issued.stored);
  }
});
after(async () => {
  await keys.close();
  await db.close();
});

const small = () => readFileSync(PORTFOLIO);
const auth = (who: 'a' | 'b' | null): Record<string, string> =>
  who ? { authorization: `Bearer ${token[who]}` } : {};

/** A server whose index is held: every job submitted waits, the first as the one at work. */
async function coldServer(config: Record<string, unknown> = {}) {
  const held = heldIndex(db.store);
  const server = await startTestServer(db.store, {
    repo: db.repo,
    keys,
    build: false,
    service: held.service,
    config,
  });
  return { server, held };
}

async function submit(url: string, who: 'a' | 'b' | null, body: Uint8Array = small()) {
  return upload(`${url}/screen/jobs`, body, 'text/csv', auth(who));
}

/** The runs in the order they started: their `screen.start` records, by sequence. */
async function startOrder(ids: readonly string[]): Promise<string[]> {
  const trail = (await collect(db.repo.auditRecords())) as {
    kind: string;
    payload: { run: string };
  }[];
  return trail
    .filter((r) => r.kind === 'screen.start' && ids.includes(r.payload.run))
    .map((r) => r.payload.run);
}

test("key A queues 3 jobs, then key B 1: B's job starts second, not fourth", async () => {
  const { server, held } = await coldServer();
  try {
    const a: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await submit(server.url, 'a');
      assert.equal(res.status, 202, JSON.stringify(res.body));
      a.push(res.body.id);
    }
    const b = (await submit(server.url, 'b')).body.id as string;
    held.release();
    for (const id of [...a, b]) {
      const job = await waitForJob(server.url, id, auth(id === b ? 'b' : 'a'));
      assert.equal(job.status, 'finished', id);
    }
    assert.deepEqual(await startOrder([...a, b]), [a[0], b, a[1], a[2]]);
  } finally {
    held.release();
    await server.close();
  }
});

test('a key with its fill of waiting jobs is refused with 429 and nothing kept; others are not', async () => {
  const { server, held } = await coldServer({ maxQueuedJobsPerKey: 2 });
  const accepted: string[] = [];
  const expect202 = async (who: 'a' | 'b' | null) => {
    const res = await submit(server.url, who);
    assert.equal(res.status, 202, JSON.stringify(res.body));
    accepted.push(res.body.id);
    return res.body.id as string;
  };
  try {
    // One at work (waiting for the index), two waiting: the key's fill.
    for (let i = 0; i < 3; i++) await expect202('a');
    const folders = db.jobFolders().length;
    const runs = (await db.repo.runs()).length;
    const refused = await submit(server.url, 'a');
    assert.equal(refused.status, 429, JSON.stringify(refused.body));
    assert.equal(
      refused.body.detail,
      `${actor.a} has 2 job(s) waiting, as many as one submitter may have (maxQueuedJobsPerKey); ` +
        'submit again once one has started, or cancel one (DELETE /screen/jobs/{id})',
    );
    assert.equal(db.jobFolders().length, folders, 'no upload kept');
    assert.equal((await db.repo.runs()).length, runs, 'no run recorded');

    // Another key, and the callers without a key (one submitter together), have room of their own.
    await expect202('b');
    await expect202(null);
    await expect202(null);
    assert.equal((await submit(server.url, null)).status, 429);

    // A cancelled job makes room.
    const cancelled = accepted[2]!;
    const res = await fetch(`${server.url}/screen/jobs/${cancelled}`, {
      method: 'DELETE',
      headers: auth('a'),
    });
    assert.equal((await readResponse(res)).body.status, 'cancelled');
    await expect202('a');
    held.release();
    for (const id of accepted.filter((id) => id !== cancelled)) {
      assert.equal((await waitForJob(server.url, id)).status, 'finished', id);
    }
  } finally {
    held.release();
    await server.close();
  }
});

test('queued jobs recovered at a start keep taking turns across their submitters', async () => {
  // Recorded as a server that stopped before starting them would have left them.
  const deps = { store: db.store, repo: db.repo, tools: defaultTools() };
  const slots = new JobRunner(
    { ...deps, service: heldIndex(db.store).service },
    {
      dir: `${db.path}.jobs`,
    },
  );
  const queued: string[] = [];
  for (const who of ['a', 'a', 'a', 'b'] as const) {
    const slot = slots.newSlot('csv');
    writeFileSync(slot.path, small());
    const run = await queueScreen(deps, {
      ...slot,
      input: slot.path,
      actor: actor[who],
      via: 'api',
    });
    queued.push(run.id);
  }
  const { server, held } = await coldServer();
  try {
    const recovered = (await db.repo.runs()).filter((r) => r.status === 'queued').map((r) => r.id);
    assert.ok(queued.every((id) => recovered.includes(id)));
    held.release();
    for (const id of recovered) await waitForJob(server.url, id);
    const byWho = new Map((await db.repo.runs()).map((r) => [r.id, r.actor]));
    const order = (await startOrder(queued)).map((id) => byWho.get(id));
    assert.deepEqual(order, [actor.a, actor.b, actor.a, actor.a]);
  } finally {
    held.release();
    await server.close();
  }
});

/** An XLSX of a header and `n` rows of the same name: it packs to a few KiB. */
function manyRows(n: number): Buffer {
  const row = (r: number) =>
    `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Jane Doe</t></is></c></row>`;
  const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>';
  const rows = header + Array.from({ length: n }, (_, i) => row(i + 2)).join('');
  return zipBytes(workbookParts({ sheets: [{ name: 'S', file: 'worksheets/sheet1.xml', rows }] }));
}

test('an XLSX with more rows than the limit is refused as it is submitted, with nothing kept', async () => {
  const server = await startTestServer(db.store, { repo: db.repo });
  process.env.DOSSIER_MAX_INPUT_ROWS = '1000';
  try {
    const body = manyRows(50_000);
    const runs = (await db.repo.runs()).length;
    const folders = db.jobFolders().length;
    const res = await upload(
      `${server.url}/screen/jobs?format=xlsx`,
      body,
      'application/octet-stream',
    );
    assert.equal(res.status, 400, JSON.stringify(res.body));
    assert.equal(
      res.body.detail,
      'its sheet holds more than 1000 rows (counted before reading them); the limit is maxRows, ' +
        'split the file into smaller ones',
    );
    assert.equal((await db.repo.runs()).length, runs, 'no run recorded');
    assert.equal(db.jobFolders().length, folders, 'no upload kept');
    const fits = await upload(
      `${server.url}/screen/jobs?format=xlsx`,
      manyRows(1000),
      'application/octet-stream',
    );
    assert.equal(fits.status, 202, JSON.stringify(fits.body));
    assert.equal((await waitForJob(server.url, fits.body.id)).rows_done, 1000);
  } finally {
    delete process.env.DOSSIER_MAX_INPUT_ROWS;
    await server.close();
  }
});
