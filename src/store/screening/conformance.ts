/**
 * The behaviour every screening store backend must have, as a test suite that takes a factory.
 * SQLite runs it today; a PostgreSQL backend will run the same suite.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { verifyChain } from '../../core/screening/index.js';
import type { Batch, Hit } from '../../core/screening/index.js';
import { auditRetentionConformance } from './audit-conformance.js';
import type { ScreeningStore } from './types.js';

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const audit = (kind: string) => ({
  kind,
  actor: 'a',
  at: '2024-01-01T00:00:00.000Z',
  payload: { kind },
});

function hit(row: number, entityId: string): Hit {
  return {
    row,
    key: `k${row}`,
    partyKey: `p${row}`,
    entityId,
    caption: entityId,
    schema: 'Person',
    score: 0.9,
    explanations: {},
    datasets: ['t'],
    entityDigest: 'd',
  };
}

function batch(rows: number[], cursor: number): Batch {
  return {
    rows: rows.map((row) => ({
      row,
      partyKey: `p${row}`,
      example: { schema: 'Person', properties: { name: [`N ${row}`] } },
      hits: [hit(row, `e${row}`)],
      suppressed: [],
    })),
    issues: [{ row: cursor, message: 'no name', screened: false }],
    cursor,
    screened: rows.length,
  };
}

async function newRun(repo: ScreeningStore, id: string) {
  const params = { inputFormat: 'csv', output: null, report: null, dataset: 'default' };
  const run = { ...params, threshold: 0.7, algorithm: 'dossier-v1', limit: 5, map: [] };
  await repo.createRun(
    {
      ...{ id, kind: 'screen', input: 'in.csv', inputSha256: 'x', params: run, versions: { t: 1 } },
      ...{ actor: 'a', startedAt: '2024-01-01T00:00:00.000Z', pid: process.pid },
    },
    audit('screen.start'),
  );
}

export function screeningConformance(name: string, open: () => Promise<ScreeningStore>) {
  auditRetentionConformance(name, open);
  test(`${name}: a batch commits its rows, hits, problems, cursor and audit record together, or none of them`, async () => {
    const repo = await open();
    await newRun(repo, 'r1');
    await repo.commitBatch('r1', batch([2, 3], 4), {
      outBytes: 10,
      addParties: true,
      allRows: true,
      audit: audit('b'),
    });
    // Row 3 again: the second batch fails on it, after its other rows were written.
    const bad = batch([5, 3], 6);
    await assert.rejects(() =>
      repo.commitBatch('r1', bad, {
        outBytes: 20,
        addParties: true,
        allRows: true,
        audit: audit('b'),
      }),
    );
    const run = (await repo.run('r1'))!;
    assert.deepEqual(
      [run.cursor, run.outBytes, run.rowsDone, run.hits, run.issues],
      [4, 10, 2, 2, 1],
    );
    assert.deepEqual(await repo.rowNumbers('r1'), [2, 3]);
    assert.deepEqual(
      (await all(repo.hits('r1'))).map((h) => h.entityId),
      ['e2', 'e3'],
    );
    assert.equal(await repo.portfolioSize(), 2);
    assert.equal((await repo.auditHead())?.seq, 2);
    assert.ok(verifyChain(await all(repo.auditRecords()), await repo.auditHead()).ok);
    await repo.close();
  });

  test(`${name}: a run is cancelled once, and its input noted removed once, each with its audit record`, async () => {
    const repo = await open();
    try {
      await newRun(repo, 'r1');
      await repo.commitBatch('r1', batch([1, 2], 3), {
        ...{ outBytes: 0, addParties: true, allRows: true },
        audit: audit('screen.batch'),
      });
      const cancel = (run: { rowsDone: number }) => ({
        ...audit('screen.cancel'),
        payload: { rows_done: run.rowsDone },
      });
      assert.equal(await repo.cancelRun('r1', cancel), true);
      assert.equal(await repo.cancelRun('r1', cancel), false, 'cancelled already: nothing written');
      const run = (await repo.run('r1'))!;
      assert.deepEqual(
        [run.status, run.pid, run.rowsDone, run.inputRemovedAt],
        ['cancelled', null, 2, null],
      );
      assert.deepEqual(await repo.rowNumbers('r1'), [1, 2], 'the committed rows stay');
      assert.equal(await repo.inputRemoved('r1', audit('screen.input-removed')), true);
      assert.equal(await repo.inputRemoved('r1', audit('screen.input-removed')), false);
      assert.equal((await repo.run('r1'))!.inputRemovedAt, '2024-01-01T00:00:00.000Z');

      await newRun(repo, 'r2');
      await repo.finishRun('r2', 'finished', '2024-01-01T00:00:01.000Z', audit('screen.finish'));
      assert.equal(await repo.cancelRun('r2', cancel), false, 'a finished run is not cancelled');
      assert.equal((await repo.run('r2'))!.status, 'finished');

      const records = await all(repo.auditRecords());
      assert.deepEqual(
        records.map((r) => r.kind),
        [
          'screen.start',
          'screen.batch',
          'screen.cancel',
          'screen.input-removed',
          'screen.start',
          'screen.finish',
        ],
      );
      assert.deepEqual(records[2]!.payload, { rows_done: 2 });
      assert.equal(verifyChain(records, await repo.auditHead()).ok, true);
    } finally {
      await repo.close();
    }
  });

  test(`${name}: hits stream in row and score order across many pages, held-back ones on request`, async () => {
    const repo = await open();
    try {
      await newRun(repo, 'big');
      // 1,200 rows with three hits each, scores out of order, one held back per row.
      const rows = Array.from({ length: 1200 }, (_, i) => i + 1);
      const big: Batch = {
        rows: rows.map((row) => ({
          row,
          partyKey: `p${row}`,
          example: { schema: 'Person', properties: { name: [`N ${row}`] } },
          hits: [
            { ...hit(row, `b${row}`), score: 0.8 },
            { ...hit(row, `a${row}`), score: 0.95 },
            { ...hit(row, `c${row}`), score: 0.8 },
          ],
          suppressed: [{ hit: { ...hit(row, `s${row}`), score: 0.99 }, decisionId: 7 }],
        })),
        issues: [3, 1, 2].map((row) => ({ row, message: `m${row}`, screened: true })),
        cursor: 1200,
        screened: 1200,
      };
      await repo.commitBatch('big', big, {
        ...{ outBytes: 1, addParties: true, allRows: true },
        audit: audit('screen.batch'),
      });
      const raised = await all(repo.hits('big'));
      assert.equal(raised.length, 3600);
      const expected = rows.flatMap((row) => [`a${row}`, `b${row}`, `c${row}`]);
      assert.deepEqual(
        raised.map((h) => h.entityId),
        expected,
      );
      const everything = await all(repo.hits('big', { withSuppressed: true }));
      assert.equal(everything.length, 4800);
      assert.equal(everything[0]!.entityId, 's1');
      assert.deepEqual(await repo.hit('big', 5, 's5'), {
        ...hit(5, 's5'),
        score: 0.99,
        suppressedBy: 7,
      });
      assert.equal(await repo.hit('big', 5, 'nobody'), null);
      assert.deepEqual(
        (await all(repo.issues('big'))).map((i) => i.row),
        [1, 2, 3],
      );
      assert.equal((await repo.run('big'))!.suppressed, 1200);
      // The report's order: best score first across rows, held-back hits with their decision.
      const ranked = await all(repo.rankedHits('big'));
      assert.equal(ranked.length, 4800);
      const order = ranked.map((h) => `${h.score} ${h.row} ${h.entityId}`);
      assert.deepEqual(order.slice(0, 2), ['0.99 1 s1', '0.99 2 s2']);
      assert.deepEqual(order.slice(1200, 1202), ['0.95 1 a1', '0.95 2 a2']);
      assert.deepEqual(order.slice(2400, 2403), ['0.8 1 b1', '0.8 1 c1', '0.8 2 b2']);
      assert.equal(ranked[0]!.suppressedBy, 7);
      assert.equal(ranked[0]!.key, 'k1');
      assert.equal(ranked[4799]!.suppressedBy, null);
    } finally {
      await repo.close();
    }
  });

  test(`${name}: a row keeps its own exposure, apart from hits; rows without one are not listed`, async () => {
    const repo = await open();
    try {
      await newRun(repo, 'x1');
      const own = {
        row: 3,
        key: 'cust-9',
        node: 'cust-9',
        caption: 'Quiet Customer',
        resolvedBy: 'id' as const,
        exposure: { us: { exposed: true, status: 'exposed', share: 1 } },
        chains: {
          us: [
            {
              nodes: ['n-1', 'cust-9'],
              captions: ['Listed Holding', 'Quiet Customer'],
              edges: [{ id: 'e1', share: 100 }],
            },
          ],
        },
      };
      const b = batch([2, 3], 4);
      b.rows[1]!.hits = [];
      b.rows[1]!.exposure = own;
      // A rescreen's commit keeps only rows with hits, and rows flagged on their own.
      await repo.commitBatch('x1', b, {
        ...{ outBytes: 1, addParties: false, allRows: false },
        audit: audit('screen.batch'),
      });
      assert.deepEqual(await all(repo.exposedRows('x1')), [own]);
      assert.deepEqual(
        (await all(repo.hits('x1'))).map((h) => h.row),
        [2],
      );
    } finally {
      await repo.close();
    }
  });

  test(`${name}: a hit keeps its exposure; a hit without one reads back with none`, async () => {
    const repo = await open();
    try {
      await newRun(repo, 'x1');
      const exposure = {
        us: { exposed: true, status: 'exposed', share: 0.6 },
        eu: { exposed: null, status: 'possibly', share: null, range: { low: 0.25, high: 0.5 } },
        uk: { exposed: true, status: 'exposed', share: 0.6, controlled: true },
      };
      const exposed = { ...hit(2, 'owned'), exposure };
      const b = batch([2, 3], 4);
      b.rows[0]!.hits = [exposed];
      await repo.commitBatch('x1', b, {
        ...{ outBytes: 1, addParties: true, allRows: true },
        audit: audit('screen.batch'),
      });
      const [first, second] = await all(repo.hits('x1'));
      assert.deepEqual(first, exposed);
      assert.deepEqual(second, hit(3, 'e3'));
      assert.equal('exposure' in second!, false);
      assert.deepEqual((await repo.hit('x1', 2, 'owned'))!.exposure, exposure);
      const ranked = await all(repo.rankedHits('x1'));
      assert.deepEqual(ranked.find((h) => h.entityId === 'owned')!.exposure, exposure);
    } finally {
      await repo.close();
    }
  });

  test(`${name}: the rows without hits are counted and listed with their key and party`, async () => {
    const repo = await open();
    try {
      await newRun(repo, 'r1');
      const b = batch([1, 2, 3, 4], 4);
      b.rows[1]!.hits = [];
      b.rows[3]!.hits = [];
      b.rows[3]!.key = 'C-4';
      const options = { outBytes: 0, addParties: true, allRows: true };
      await repo.commitBatch('r1', b, { ...options, audit: audit('b') });
      assert.equal(await repo.countRowsWithoutHits('r1'), 2);
      const rows = await all(repo.rowsWithoutHits('r1'));
      assert.deepEqual(
        rows.map((r) => [r.row, r.key, r.example?.properties.name?.[0]]),
        [
          [2, null, 'N 2'],
          [4, 'C-4', 'N 4'],
        ],
      );
      assert.equal(await repo.decision(99), null);
    } finally {
      await repo.close();
    }
  });

  test(`${name}: the portfolio keeps each party once, pages in a stable order, and knows what was raised`, async () => {
    const repo = await open();
    try {
      await newRun(repo, 'r1');
      const options = { outBytes: 0, addParties: true, allRows: true };
      await repo.commitBatch('r1', batch([1, 2, 3], 3), { ...options, audit: audit('b') });
      await repo.finishRun('r1', 'finished', '2024-01-01T00:00:01.000Z', audit('f'));
      await newRun(repo, 'r2');
      // The same parties again, and one new: the portfolio grows by one.
      await repo.commitBatch('r2', batch([1, 4], 4), { ...options, audit: audit('b') });
      assert.equal(await repo.portfolioSize(), 4);
      const first = await repo.portfolioPage(0, 2);
      const rest = await repo.portfolioPage(first[1]!.ordinal, 10);
      assert.deepEqual(
        [...first, ...rest].map((p) => p.partyKey),
        ['p1', 'p2', 'p3', 'p4'],
      );
      assert.deepEqual(await repo.party('p2'), {
        schema: 'Person',
        properties: { name: ['N 2'] },
      });
      assert.equal(await repo.party('nobody'), null);
      assert.equal(await repo.wasRaised('p1', 'e1', 'd'), true);
      assert.equal(await repo.wasRaised('p1', 'e1', 'other digest'), false);
      // p4 was raised only by r2, which has not finished.
      assert.equal(await repo.wasRaised('p4', 'e4', 'd'), false);
    } finally {
      await repo.close();
    }
  });

  test(`${name}: decisions are recorded with their audit record and listed per run`, async () => {
    const repo = await open();
    try {
      await newRun(repo, 'r1');
      await newRun(repo, 'r2');
      const decide = (runId: string, row: number) => ({
        ...{ runId, row, partyKey: `p${row}`, entityId: `e${row}`, entityDigest: 'd' },
        ...{ decision: 'false-positive' as const, reason: 'different person', actor: 'alice' },
        decidedAt: '2024-01-02T00:00:00.000Z',
      });
      const first = await repo.addDecision(decide('r1', 1), (id) => ({
        ...audit('decision'),
        payload: { id },
      }));
      const second = await repo.addDecision(decide('r2', 2), () => audit('decision'));
      assert.notEqual(first, second);
      assert.deepEqual(
        (await repo.decisionList()).map((d) => [d.id, d.runId, d.row]),
        [
          [first, 'r1', 1],
          [second, 'r2', 2],
        ],
      );
      assert.deepEqual(
        (await repo.decisionList('r2')).map((d) => d.id),
        [second],
      );
      assert.equal((await repo.decisions()).length, 2);
      const records = await all(repo.auditRecords());
      assert.deepEqual(records[2]!.payload, { id: first });
      assert.ok(verifyChain(records, await repo.auditHead()).ok);
    } finally {
      await repo.close();
    }
  });

  test(`${name}: a queued run starts, is released and claimed again, each step audited`, async () => {
    const repo = await open();
    try {
      const params = { inputFormat: 'csv', output: null, report: null, dataset: 'default' };
      const run = { ...params, threshold: 0.7, algorithm: 'dossier-v1', limit: 5, map: [] };
      await repo.queueRun({
        ...{ id: 'q', kind: 'screen', input: 'in.csv', inputSha256: null, params: run },
        ...{ versions: {}, actor: 'a', startedAt: '2024-01-01T00:00:00.000Z', pid: 0 },
      });
      assert.equal((await repo.run('q'))!.status, 'queued');
      await repo.startRun('q', { ofac: 3 }, 42, {
        ...audit('screen.start'),
        at: '2024-01-03T00:00:00.000Z',
      });
      const started = (await repo.run('q'))!;
      assert.deepEqual(
        [started.status, started.versions, started.pid, started.startedAt],
        ['running', { ofac: 3 }, 42, '2024-01-03T00:00:00.000Z'],
      );
      await repo.releaseRun('q');
      assert.equal((await repo.run('q'))!.pid, null);
      await repo.claimRun('q', { pid: 43, seen: null }, audit('screen.resume'));
      assert.equal((await repo.run('q'))!.pid, 43);
      assert.deepEqual(
        (await repo.runs()).map((r) => r.id),
        ['q'],
      );
      assert.equal(await repo.run('nothing'), null);
      assert.deepEqual(
        (await all(repo.auditRecords())).map((r) => r.kind),
        ['screen.start', 'screen.resume'],
      );
    } finally {
      await repo.close();
    }
  });

  test(`${name}: of two claims on what they read as one dead owner, one wins; the loser writes nothing`, async () => {
    const repo = await open();
    try {
      await newRun(repo, 'r1');
      const seen = process.pid;
      await repo.claimRun('r1', { pid: 43, seen }, audit('screen.resume'));
      await assert.rejects(
        repo.claimRun('r1', { pid: 44, seen }, audit('screen.resume')),
        (error: Error & { code?: string; holder?: number }) =>
          error.code === 'conflict' &&
          error.holder === 43 &&
          /resumed by process 43/.test(error.message),
      );
      // Released, then two claims that both read no owner: again only the first.
      await repo.releaseRun('r1');
      await repo.claimRun('r1', { pid: 45, seen: null }, audit('screen.resume'));
      await assert.rejects(repo.claimRun('r1', { pid: 46, seen: null }, audit('screen.resume')));
      assert.equal((await repo.run('r1'))!.pid, 45);
      // An ended run is claimed by no one.
      await repo.finishRun('r1', 'finished', '2024-01-02T00:00:00.000Z', null);
      await assert.rejects(repo.claimRun('r1', { pid: 47, seen: null }, audit('screen.resume')));
      const kinds = (await all(repo.auditRecords())).map((r) => r.kind);
      assert.deepEqual(kinds, ['screen.start', 'screen.resume', 'screen.resume']);
      assert.ok(verifyChain(await all(repo.auditRecords()), await repo.auditHead()).ok);
    } finally {
      await repo.close();
    }
  });

  test(`${name}: a queued run is started once; a second start, or a start after a cancel, writes nothing`, async () => {
    const repo = await open();
    try {
      const params = { inputFormat: 'csv', output: null, report: null, dataset: 'default' };
      const run = { ...params, threshold: 0.7, algorithm: 'dossier-v1', limit: 5, map: [] };
      for (const id of ['q1', 'q2']) {
        await repo.queueRun({
          ...{ id, kind: 'screen', input: 'in.csv', inputSha256: null, params: run },
          ...{ versions: {}, actor: 'a', startedAt: '2024-01-01T00:00:00.000Z', pid: 0 },
        });
      }
      await repo.startRun('q1', { ofac: 3 }, 42, audit('screen.start'));
      await assert.rejects(
        repo.startRun('q1', { ofac: 4 }, 43, audit('screen.start')),
        /q1 is being resumed by process 42/,
      );
      const started = (await repo.run('q1'))!;
      assert.deepEqual([started.pid, started.versions], [42, { ofac: 3 }]);
      await repo.cancelRun('q2', () => audit('screen.cancel'));
      await assert.rejects(repo.startRun('q2', {}, 44, audit('screen.start')), /q2 is cancelled/);
      const kinds = (await all(repo.auditRecords())).map((r) => r.kind);
      assert.deepEqual(kinds, ['screen.start', 'screen.cancel']);
    } finally {
      await repo.close();
    }
  });

  test(`${name}: a snapshot does not see what is written after it, and streams across writes`, async () => {
    const repo = await open();
    try {
      await newRun(repo, 'r1');
      const options = { outBytes: 0, addParties: true, allRows: true };
      await repo.commitBatch('r1', batch([1, 2], 2), { ...options, audit: audit('b') });
      const view = await repo.snapshot();
      try {
        const seen: string[] = [];
        for await (const record of view.auditRecords()) {
          seen.push(record.kind);
          // A write in the middle of the stream, on the store itself.
          await repo.appendAudit(audit('match'));
        }
        assert.deepEqual(seen, ['screen.start', 'b']);
        assert.equal((await view.auditHead())?.seq, 2);
        await assert.rejects(() => view.appendAudit(audit('match')));
      } finally {
        await view.close();
      }
      assert.equal((await repo.auditHead())?.seq, 4);
      // The store's own stream may be interleaved with its writes too.
      for await (const h of repo.hits('r1')) {
        await repo.appendAudit({ ...audit('match'), payload: { entity: h.entityId } });
      }
      assert.equal((await repo.auditHead())?.seq, 6);
    } finally {
      await repo.close();
    }
  });
}
