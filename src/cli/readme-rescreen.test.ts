/**
 * Issue 10: the README's rescreen example loaded OFAC's file of 2024-02-23 on top of the demo's
 * sdn.csv of 2024-05-03, as "version 2", and nothing warned. The example now keeps its own
 * database and loads OFAC's editions in date order, each with the day it was published, so that
 * ingest can check the order; the demo records sdn.csv's day, so that the old order is refused.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../testing/data.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

/** The README's shell block that runs `dossier rescreen`. */
function rescreenBlock(): string {
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const block = blocks.find((b) => /^dossier rescreen\b/m.test(b));
  assert.ok(block, 'the README has a rescreen example');
  return block;
}

test("the README's rescreen example loads OFAC's editions in date order, in its own database", () => {
  const block = rescreenBlock();
  assert.match(block, /^export DOSSIER_DB=\S+/m, 'a database of its own, not the demo one');
  const loads = [...block.matchAll(/^dossier ingest (\S+) --dataset (\S+)(.*)$/gm)];
  assert.ok(loads.length >= 2, 'two editions, one before the screening and one before rescreen');
  const days = loads.map(([, file, , rest]) => {
    const named = /(\d{4}-\d{2}-\d{2})\.csv$/.exec(file!)?.[1];
    const given = /--published (\S+)/.exec(rest!)?.[1];
    assert.ok(given, `${file} is loaded with its publication day`);
    assert.equal(given, named, `${file} is given the day in its name`);
    return given;
  });
  assert.deepEqual(days, [...days].sort(), 'oldest first');
  const rescreenAt = block.indexOf('dossier rescreen');
  assert.ok(block.lastIndexOf('dossier ingest', rescreenAt) > block.indexOf('dossier screen'));
});

test('the demo records the day of the sdn.csv it loads', () => {
  const demo = readFileSync(join(repoRoot, 'scripts', 'demo.sh'), 'utf8');
  assert.match(
    demo,
    /dossier ingest "\$data\/ofac\/sdn\.csv" --dataset ofac --published 2024-05-03/,
  );
});
