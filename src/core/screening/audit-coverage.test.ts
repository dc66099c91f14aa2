/** Which records each run's state implies, and the parsing of a head kept elsewhere. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GENESIS_HASH, seal } from './audit.js';
import { AuditCoverage, formatHead, parseHead } from './audit-coverage.js';

const at = '2026-12-07T00:00:00Z';
const un = { un: 3 };
const records = [
  seal({ kind: 'screen.start', actor: 'a', at, payload: { run: 'r1' } }, null),
  seal({ kind: 'screen.cancel', actor: 'a', at, payload: { run: 'r2' } }, null),
  seal({ kind: 'decision', actor: 'a', at, payload: { decision_id: 7, run: 'r1' } }, null),
];

test('a run needs the records its state implies; a decision its own', () => {
  const coverage = new AuditCoverage();
  for (const record of records) assert.equal(coverage.add(record), null);
  assert.equal(coverage.runProblem({ id: 'r1', status: 'running', versions: un }), null);
  assert.equal(coverage.runProblem({ id: 'r1', status: 'failed', versions: un }), null);
  assert.match(
    coverage.runProblem({ id: 'r1', status: 'finished', versions: un }) ?? '',
    /of its finish/,
  );
  assert.equal(coverage.runProblem({ id: 'r2', status: 'cancelled', versions: {} }), null);
  assert.match(
    coverage.runProblem({ id: 'r1', status: 'cancelled', versions: un }) ?? '',
    /cancellation/,
  );
  assert.equal(coverage.runProblem({ id: 'r3', status: 'queued', versions: {} }), null);
  assert.match(
    coverage.runProblem({ id: 'r3', status: 'running', versions: un }) ?? '',
    /r3 has no/,
  );
  // Failed before it started (never given list versions): nothing to record.
  assert.equal(coverage.runProblem({ id: 'r3', status: 'failed', versions: {} }), null);
  assert.match(coverage.runProblem({ id: 'r3', status: 'failed', versions: un }) ?? '', /start/);
  assert.equal(coverage.decisionProblem(7), null);
  assert.match(coverage.decisionProblem(8) ?? '', /decision 8 has no audit record/);
});

test('a head is <seq>:<hash>, and the walk must reach it with that hash', () => {
  const head = { seq: 1, hash: records[0]!.hash };
  assert.deepEqual(parseHead(formatHead(head)), head);
  for (const bad of ['', 'abc', `0:${GENESIS_HASH}`, `1:${'g'.repeat(64)}`, records[0]!.hash]) {
    assert.equal(parseHead(bad), null, bad);
  }
  const reached = new AuditCoverage(head);
  assert.equal(reached.add(records[0]!), null);
  assert.equal(reached.headProblem(), null);
  const rewritten = new AuditCoverage({ seq: 1, hash: GENESIS_HASH });
  assert.match(rewritten.add(records[0]!) ?? '', /not the head kept elsewhere/);
  assert.match(new AuditCoverage(head).headProblem() ?? '', /ends before record 1/);
});

test("a reviewer's split of a designation needs its record: same pair, same time", () => {
  const decidedAt = '2026-12-07T10:00:00.000Z';
  const split = { entities: ['gb-1', 'unsc-1'] as const, decidedAt };
  const coverage = new AuditCoverage();
  assert.match(coverage.splitProblem(split) ?? '', /split of gb-1 and unsc-1 .* no audit record/);
  const payload = { entities: ['unsc-1', 'gb-1'], reason: 'r', decided_at: decidedAt };
  assert.equal(
    coverage.add(seal({ kind: 'designation.split', actor: 'a', at, payload }, null)),
    null,
  );
  assert.equal(coverage.splitProblem(split), null);
  // Split again later (after an unsplit): that decision needs a record of its own.
  assert.match(coverage.splitProblem({ ...split, decidedAt: at }) ?? '', /no audit record/);
});

test('a note needs its record (and a retracted one its retraction); a tag its own', () => {
  const coverage = new AuditCoverage();
  const note = { case: 'g', text: 'Kupol', created_at: at };
  coverage.add(seal({ kind: 'case.note', actor: 'ana', at, payload: note }, null));
  coverage.add(
    seal(
      {
        kind: 'document.tag',
        actor: 'ana',
        at,
        payload: { case: 'g', document_id: 'd1', tag: 'key', at },
      },
      null,
    ),
  );
  const kept = { caseName: 'g', actor: 'ana', createdAt: at, text: 'Kupol', retractedAt: null };
  assert.equal(coverage.noteProblem(kept), null);
  assert.match(coverage.noteProblem({ ...kept, text: 'edited' }) ?? '', /has no audit record/);
  assert.match(
    coverage.noteProblem({ ...kept, retractedAt: '2026-12-08T00:00:00Z' }) ?? '',
    /^the retraction of the note by ana/,
  );
  coverage.add(
    seal(
      {
        kind: 'case.note.retract',
        actor: 'bo',
        at,
        payload: {
          case: 'g',
          note_actor: 'ana',
          note_created_at: at,
          retracted_at: '2026-12-08T00:00:00Z',
        },
      },
      null,
    ),
  );
  assert.equal(coverage.noteProblem({ ...kept, retractedAt: '2026-12-08T00:00:00Z' }), null);
  const tag = { caseName: 'g', documentId: 'd1', tag: 'key', taggedAt: at };
  assert.equal(coverage.tagProblem(tag), null);
  assert.match(coverage.tagProblem({ ...tag, tag: 'hidden' }) ?? '', /tag "hidden" on document d1/);
});
