#!/usr/bin/env node
/**
 * Records what a checkout answers to the same match queries, so that two checkouts (before and
 * after a refactor) can be compared byte for byte:
 *
 *   node scripts/compare-match.mjs <checkout> <database> <out.jsonl> [--queries 3000] [--cli 20]
 *
 * Starts `<checkout>/bin/dossier.js serve` on the database, sends `--queries` POST /match
 * requests (names from ../shared/data/name_pairs, alternating Person and LegalEntity, every
 * fifth with a birth date), then runs `dossier match --json` for the first `--cli` of them (each
 * builds its own index, so a few only). Writes one line per answer; `cmp` the two files.
 * The database is copied first, since /match writes to the audit trail.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const [root, database, out, ...rest] = process.argv.slice(2);
if (!root || !database || !out) {
  process.stderr.write('usage: compare-match.mjs <checkout> <database> <out.jsonl> [--queries N] [--cli N]\n');
  process.exit(2);
}
const flag = (name, fallback) => {
  const at = rest.indexOf(name);
  return at >= 0 ? Number(rest[at + 1]) : fallback;
};
const queryCount = flag('--queries', 3000);
const cliCount = flag('--cli', 20);
const data = process.env.DOSSIER_TEST_DATA ?? resolve('..', 'shared', 'data');
const bin = join(resolve(root), 'bin', 'dossier.js');

function names() {
  const jrc = readFileSync(join(data, 'name_pairs', 'jrc_names_deezymatch', 'queries.txt'), 'utf8');
  const putin = readFileSync(join(data, 'name_pairs', 'nomenklatura', 'putin_names.txt'), 'utf8');
  const all = [...putin.split('\n'), ...jrc.split('\n')].map((s) => s.trim()).filter(Boolean);
  return all.slice(0, queryCount);
}

function query(name, i) {
  const schema = i % 2 === 0 ? 'Person' : 'LegalEntity';
  const properties = { name: [name] };
  if (schema === 'Person' && i % 5 === 0) properties.birthDate = ['1960-01-01'];
  return { schema, properties };
}

const freePort = () =>
  new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

async function waitReady(url, child) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.status === 200) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('serve did not become ready');
}

async function main() {
  const db = `${out}.db`;
  copyFileSync(database, db);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(database + suffix)) copyFileSync(database + suffix, db + suffix);
  }
  const port = await freePort();
  const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', String(port), '--rate-limit', '0'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const lines = [];
  const list = names();
  try {
    await waitReady(url, child);
    for (let i = 0; i < list.length; i++) {
      const body = JSON.stringify({ queries: { q: query(list[i], i) } });
      const res = await fetch(`${url}/match/default`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      lines.push(JSON.stringify({ i, status: res.status, body: await res.json() }));
    }
  } finally {
    child.kill('SIGTERM');
  }
  for (let i = 0; i < Math.min(cliCount, list.length); i++) {
    const q = query(list[i], i);
    const args = [bin, 'match', list[i], '--json', '--db', db, '--schema', q.schema];
    if (q.properties.birthDate) args.push('--property', `birthDate=${q.properties.birthDate[0]}`);
    const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
    lines.push(JSON.stringify({ cli: i, status: run.status, stdout: run.stdout }));
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  process.stdout.write(`${list.length} /match answers and ${cliCount} CLI answers written to ${out}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
