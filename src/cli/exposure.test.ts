/**
 * `dossier exposure`, `exposed` and `paths` end to end: JSON as documented, a list entity id
 * resolving to its node, exit codes for an unknown party and a wrong jurisdiction.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDossier } from '../app/dossier/index.js';
import { loadNetwork } from '../app/network/network-fixture.js';
import { repoRoot } from '../testing/data.js';

const bin = join(repoRoot, 'bin', 'dossier.js');

test('cli exposure, exposed and paths', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-exposure-'));
  const db = join(dir, 'n.db');
  const dossier = openDossier({ db });
  await loadNetwork(dossier, dir);
  await dossier.close();
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [bin, ...args, '--db', db], { encoding: 'utf8' });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const acme = JSON.parse(run('exposure', 'acme', '--json').out);
  assert.deepEqual(
    [acme.entity, acme.jurisdiction, acme.exposed, acme.share],
    ['acme', 'us', true, 0.6],
  );
  assert.equal(acme.chains[0].edges[0].provenance.statementId, 'st-e1');
  const listed = JSON.parse(run('exposure', 'ofac-1', '--json', '--jurisdiction', 'eu').out);
  assert.deepEqual([listed.node, listed.status], ['n-ofac-1', 'listed']);
  const uk = JSON.parse(run('exposed', '--jurisdiction', 'uk', '--json').out);
  assert.deepEqual(
    uk.map((e: { entity: string }) => e.entity),
    ['acme', 'omega'],
  );
  const paths = JSON.parse(run('paths', 'gamma', '--hops', '2', '--json').out);
  assert.equal(paths.paths[0].nodes.at(-1).id, 'n-ofac-1');
  assert.equal(run('exposure', 'nobody').code, 3);
  assert.equal(run('exposure', 'acme', '--jurisdiction', 'fr').code, 2);
});
