/**
 * What the audit trail costs per `/match` request, and what is left of it after pruning (issue
 * 14, finding 10: "the audit grows 1.6 MB a second at full /match load with no retention"):
 *
 *   node dist/bench/audit-retention.js [database] [requests]   (default /work/cmp/base.db, 2000)
 *
 * Copies the database, starts the API in this process as `dossier serve` does, sends `requests`
 * single-query `/match` requests (names from the JRC list, one after another), and measures the
 * audit table's bytes (SQLite's dbstat: pages used by `screening_audit` and its indexes) before
 * and after; prunes every match record (a period of 0 days) and measures again; then sends as
 * many requests again to show the freed pages taken up again (the file does not grow). Prints the
 * figures and writes bench/results/audit-retention.json.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDossier } from '../src/app/dossier/index.js';
import { jrcNames } from '../src/app/screening/screening-fixture.js';
import { pruneAudit, verifyAudit } from '../src/app/screening/index.js';
import { createApp, serverConfig } from '../src/server/index.js';
import { openSqlite } from '../src/store/sqlite/index.js';
import { repoRoot } from '../src/testing/data.js';

const source = process.argv[2] ?? '/work/cmp/base.db';
const requests = Number(process.argv[3] ?? 2000);
const dir = mkdtempSync(join(tmpdir(), 'dossier-audit-bench-'));
const db = join(dir, 'dossier.db');
copyFileSync(source, db);

/** Bytes of the audit table and its indexes, as pages hold them, after a WAL checkpoint. */
function auditBytes(): { used: number; payload: number; records: number; file: number } {
  const conn = openSqlite(db);
  try {
    conn.pragma('wal_checkpoint(TRUNCATE)');
    const used = conn
      .prepare(
        `SELECT coalesce(sum(pgsize - unused), 0) AS n FROM dbstat
         WHERE name LIKE 'screening_audit%' OR name LIKE 'sqlite_autoindex_screening_audit%'`,
      )
      .get() as { n: number };
    const rows = conn
      .prepare(
        `SELECT (SELECT count(*) FROM screening_audit) AS records,
           (SELECT coalesce(sum(length(CAST(payload AS BLOB))), 0) FROM screening_audit_payloads)
           AS payload`,
      )
      .get() as { records: number; payload: number };
    return { used: used.n, ...rows, file: statSync(db).size };
  } finally {
    conn.close();
  }
}

const dossier = openDossier({ db });
const service = await dossier.matching();
await service.refresh();
const config = serverConfig({ port: '0', rateLimit: '0' }, {});
const screening = { repo: dossier.screening, tools: await dossier.tools(), jobsDir: `${db}.jobs` };
const app = createApp({ service, store: dossier.lists, config, keys: dossier.keys, screening });
const url = await app.listen();
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const names = jrcNames(requests);

function ask(name: string): Promise<void> {
  const body = JSON.stringify({
    queries: { q: { schema: 'Person', properties: { name: [name] } } },
  });
  const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
  return new Promise((resolve, reject) => {
    const req = request(`${url}/match/default`, { method: 'POST', agent, headers }, (res) => {
      res.resume();
      res.on('end', () =>
        res.statusCode === 200 ? resolve() : reject(new Error(`HTTP ${res.statusCode}`)),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function send(): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < requests; i++) await ask(names[i % names.length]!);
  return performance.now() - started;
}

const empty = auditBytes();
const sendMs = await send();
const full = auditBytes();
const pruneStarted = performance.now();
const pruned = await pruneAudit(dossier.screening, 0, new Date(Date.now() + 1000));
const pruneMs = performance.now() - pruneStarted;
const after = auditBytes();
const verified = await verifyAudit(dossier.screening);
await send();
const again = auditBytes();
await app.close();
await dossier.close();
rmSync(dir, { recursive: true, force: true });

const per = (bytes: number) => Math.round(bytes / requests);
const result = {
  source,
  requests,
  requestsPerSecond: Math.round((requests / sendMs) * 1000),
  fullRecord: {
    bytesPerRequest: per(full.used - empty.used),
    payloadBytesPerRequest: per(full.payload - empty.payload),
  },
  afterPrune: {
    prunedRecords: pruned.records,
    pruneMs: Math.round(pruneMs),
    bytesPerRequest: per(after.used - empty.used),
    payloadBytesPerRequest: per(after.payload - empty.payload),
    verified: { records: verified.records, pruned: verified.pruned },
  },
  fileBytes: { empty: empty.file, full: full.file, afterPrune: after.file, refilled: again.file },
  refilledBytesPerRequest: per(again.file - after.file),
  note:
    'bytes: pages used by the audit tables and their indexes (dbstat); refilled: the file growth ' +
    'for as many requests again after pruning (the payload pages freed are reused)',
};
console.log(JSON.stringify(result, null, 2));
mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
writeFileSync(
  join(repoRoot, 'bench', 'results', 'audit-retention.json'),
  `${JSON.stringify(result, null, 2)}\n`,
);
