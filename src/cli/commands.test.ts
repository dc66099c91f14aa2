/** `dossier match` and `dossier serve` end to end (they live in src/cli/commands/). */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from './run.js';
import { poll, waitForOutput } from '../testing/wait.js';
import { repoRoot } from '../testing/data.js';
import { get, loadStore } from '../testing/index.js';

let db: string;

before(async () => {
  const { store, path } = await loadStore('un');
  await store.close();
  db = path;
});

test('dossier match prints a table with the evidence, or the API objects with --json', async () => {
  const table = await runCli(['match', 'RI WON HO', '--db', db]);
  assert.equal(table.code, 0, table.err);
  const [header, first] = table.out.split('\n');
  assert.match(header!, /^SCORE\s+MATCH\s+ID\s+SCHEMA\s+CAPTION\s+DATASETS\s+TOP EVIDENCE$/);
  assert.match(first!, /^1\.00\s+yes\s+unsc-6908555\s+Person\s+RI WON HO\s+un\s+name_match: /);
  assert.match(table.out, /1 match\(es\) at or above 0\.7\n$/);

  const json = await runCli(['match', 'RI WON HO', '--json', '--limit', '1', '--db', db]);
  assert.equal(json.code, 0, json.err);
  const response = JSON.parse(json.out);
  assert.deepEqual(Object.keys(response), ['status', 'results', 'total', 'query', 'lists']);
  assert.equal(response.results.length, 1);
  assert.equal(response.results[0].id, 'unsc-6908555');
  assert.deepEqual(response.results[0].referents, []);
  assert.equal(response.results[0].explanations.name_match.score, 1);
});

test('dossier match exits 0 without results and 2 on a usage mistake', async () => {
  const none = await runCli(['match', 'Zzyzx Qwerty', '--schema', 'Vessel', '--db', db]);
  assert.equal(none.code, 0, none.err);
  assert.match(none.out, /0 match\(es\)/);
  for (const args of [
    ['--schema', 'Nope'],
    ['--dataset', 'nope'],
    ['--threshold', '2'],
    ['--limit', 'many'],
    ['--algorithm', 'nope'],
    ['--property', 'noequals'],
    ['--property', 'constructor=x'],
    ['--property', '__proto__=x'],
  ]) {
    const result = await runCli(['match', 'RI WON HO', ...args, '--db', db]);
    assert.equal(result.code, 2, args.join(' '));
    assert.match(result.err, /^Error: .+\n$/, args.join(' '));
  }
});

test('dossier serve answers on loopback and stops cleanly on SIGTERM', async () => {
  const bin = join(repoRoot, 'bin', 'dossier.js');
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--db', db]);
  after(() => child.kill());
  const url = (await waitForOutput(child, /listening on (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
  // The index is built after the server listens: seconds, more on a loaded machine.
  const ready = await poll(
    () => get(`${url}/readyz`),
    (r) => r.status === 200,
  );
  assert.equal(ready.status, 200, JSON.stringify(ready.body));
  assert.equal((await get(`${url}/entities/unsc-6908555`)).body.caption, 'RI WON HO');
  child.kill('SIGTERM');
  const [code] = await once(child, 'exit');
  assert.equal(code, 0);
});

test('dossier serve refuses a bad port with a usage error', async () => {
  const result = await runCli(['serve', '--port', '70000', '--db', db]);
  assert.equal(result.code, 2);
  assert.match(result.err, /^Error: the port must be a number from 0 to 65535/);
});
