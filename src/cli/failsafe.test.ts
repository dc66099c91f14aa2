/**
 * The command line never reports "clear" against nothing: a mistyped --db is refused (and not
 * created), a database with no list refuses to screen, answers name the list versions behind
 * them, and refusals say what was meant (near misses) and what to do (an offline update).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { PUBLISHED_LISTS } from '../app/publishers.js';
import { openStore } from '../store/index.js';
import { repoRoot } from '../testing/data.js';
import { loadStore } from '../testing/index.js';
import { runCli } from './run.js';

const portfolio = join(repoRoot, 'docs', 'examples', 'portfolio.csv');
let dir: string;
let loaded: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-failsafe-'));
  const { store, path } = await loadStore('un');
  await store.close();
  loaded = path;
});

test('read-only commands refuse a missing database and do not create it', async () => {
  const typo = join(dir, 'typo.db');
  const commands = [
    ['match', 'Vladimir Putin'],
    ['screen', portfolio, '--workers', '0'],
    ['rescreen'],
    ['entity', 'unsc-6908555'],
    ['datasets'],
    ['export', 'un'],
    ['diff', 'un'],
    ['runs'],
    ['audit', 'verify'],
    ['audit', 'head'],
    ['audit', 'prune'],
    ['audit', 'checkpoint', '--key', 'k.pem', '--out', 'c.jsonl'],
    ['decide', 'some-run', '2', 'x', '--as', 'match', '--reason', 'r'],
    ['keys', 'list'],
    ['keys', 'revoke', 'k1'],
  ];
  for (const args of commands) {
    const what = args.slice(0, 2).join(' ');
    const result = await runCli([...args, '--db', typo]);
    assert.equal(result.code, 3, `${what}: ${result.out}${result.err}`);
    assert.match(result.err, /^Error: no database at ".*typo\.db"/, what);
    assert.match(result.err, /dossier update.*dossier ingest <file> --dataset <name>/, what);
    assert.equal(existsSync(typo), false, `${what} created ${typo}`);
  }
});

test('serve refuses a missing database rather than serve nothing', {
  timeout: 60_000,
}, async () => {
  const typo = join(dir, 'serve-typo.db');
  const result = await runCli(['serve', '--port', '0', '--db', typo]);
  assert.equal(result.code, 3, result.out + result.err);
  assert.match(result.err, /^Error: no database at ".*serve-typo\.db"/);
  assert.equal(existsSync(typo), false);
});

test('commands that load or write may create the database', async () => {
  const fresh = join(dir, 'keys.db');
  const created = await runCli(['keys', '--db', fresh, 'create', '--role', 'screen']);
  assert.equal(created.code, 0, created.err);
  assert.equal(existsSync(fresh), true);
});

test('screening a database with no list exits 4 instead of reporting no match', async () => {
  const empty = join(dir, 'empty.db');
  await openStore(empty).close();
  const match = await runCli(['match', 'Vladimir Putin', '--db', empty]);
  assert.equal(match.code, 4, match.out + match.err);
  assert.equal(match.out, '');
  assert.match(match.err, /^Error: no sanctions list is loaded, so nothing can be screened/);
  assert.match(match.err, /dossier update.*dossier ingest/);
  const screen = await runCli(['screen', portfolio, '--workers', '0', '--db', empty]);
  assert.equal(screen.code, 4, screen.out + screen.err);
  assert.match(screen.err, /no sanctions list is loaded/);
});

test('dossier match says which list versions it screened against', async () => {
  const json = await runCli(['match', 'RI WON HO', '--json', '--db', loaded]);
  assert.equal(json.code, 0, json.err);
  const { lists } = JSON.parse(json.out);
  assert.equal(lists.length, 1);
  assert.equal(lists[0].dataset, 'un');
  assert.equal(lists[0].version, 1);
  assert.match(lists[0].loaded_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  const table = await runCli(['match', 'RI WON HO', '--db', loaded]);
  assert.match(table.out, /^Screened against: un version 1 \(loaded \d{4}-\d\d-\d\dT\S+Z\)$/m);
});

test('unknown names are refused with the near miss and the valid names', async () => {
  const list = await runCli(['update', 'ofca', '--db', join(dir, 'update-typo.db')]);
  assert.equal(list.code, 2, list.err);
  assert.match(list.err, /unknown list "ofca"; did you mean "ofac"\? valid: ofac, ofac-cons, un/);
  const schema = await runCli(['match', 'Acme', '--schema', 'company', '--db', loaded]);
  assert.equal(schema.code, 2, schema.err);
  assert.match(schema.err, /unknown schema "company"; did you mean "Company"\? valid: .*Vessel/);
  const dataset = await runCli(['match', 'Acme', '--dataset', 'UN', '--db', loaded]);
  assert.equal(dataset.code, 2, dataset.err);
  assert.match(dataset.err, /unknown dataset "UN"; did you mean "un"\? loaded: default, un/);
});

/** A port nothing listens on: taken from the system, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test('an offline update names each URL and the cause, and suggests dossier ingest', async () => {
  const port = await closedPort();
  // Every publisher is "offline": each request goes to the closed port, never to the network.
  const offline: typeof fetch = (_url, init) => fetch(`http://127.0.0.1:${port}/`, init);
  const db = join(dir, 'offline.db');
  const result = await runCli(['update', '--db', db], {}, { fetch: offline });
  assert.equal(result.code, 1, result.out + result.err);
  for (const list of PUBLISHED_LISTS) {
    const url = list.files[0]!.url.replace(/[.?*+()[\]]/g, '\\$&');
    assert.match(
      result.out,
      new RegExp(
        `^${list.dataset}: not updated: ${url}: ECONNREFUSED \\(the connection was refused\\)$`,
        'm',
      ),
    );
  }
  assert.doesNotMatch(result.out, /fetch failed/);
  assert.match(
    result.err,
    /7 of 7 lists could not be updated: the publishers could not be reached/,
  );
  assert.match(result.err, /dossier ingest <file> --dataset <name>/);
});
