/**
 * The screening job's held-back hits and audit trail: records said in a line (a batch by its
 * counts, a decision with its reason, a pruned record as pruned); a held-back hit shows the
 * decision that held it with a link to it in its run, a Reopen button only for a role that may
 * decide, and, once reopened, the new decision instead of the button; the tabs are ARIA tabs.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import type { HeldHitJson, JobAuditRecord } from '../../api/review.js';
import type { DecisionJson, Role } from '../../api/types.js';
import { Tabs } from '../../components/Tabs.js';
import { SessionContext } from '../../session/session.js';
import { decisionPath, recordSummary } from './audit.js';
import { HeldBack } from './HeldBack.js';

const record = (kind: string, payload: Record<string, unknown> | null): JobAuditRecord => ({
  ...{ seq: 4, at: '2026-12-07T18:00:00Z', kind, actor: 'bob', prev: 'a', hash: 'b' },
  pruned: payload === null,
  payload,
});

test('audit records in a line: batch counts, a decision with its reason, pruned ones', () => {
  assert.equal(
    recordSummary(record('screen.batch', { run: 'r', rows: 5, hits: 2, held_back: 1, issues: 0 })),
    '5 row(s): 2 hit(s), 1 held back, 0 problem(s)',
  );
  const decision = { decision: 'false-positive', key: 'C-1007', row: 8, entity_id: 'unsc-1' };
  assert.equal(
    recordSummary(record('decision', { ...decision, reason: 'born 1975' })),
    'false-positive on C-1007 (row 8) and unsc-1: “born 1975”',
  );
  assert.match(recordSummary(record('decision', null)), /pruned/);
  assert.equal(
    recordSummary(
      record('screen.start', {
        input: '/tmp/x/in.csv',
        input_sha256: 'f'.repeat(64),
        versions: { un: 2 },
      }),
    ),
    'file in.csv; SHA-256 ffffffffffff…; lists un v2',
  );
});

const decision = (id: number, run: string, kind: DecisionJson['decision']): DecisionJson => ({
  ...{ id, run_id: run, row: 8, key: 'C-1007', entity_id: 'unsc-1', decision: kind },
  ...{ reason: `reason ${id}`, by: 'bob', decided_at: '2026-12-07T17:00:00Z' },
});
const held: HeldHitJson = {
  ...{ row: 8, key: 'C-1007', entity_id: 'unsc-1', caption: 'RI WON HO', score: 0.93 },
  ...{ explanations: {}, datasets: ['un'] },
  held_by: decision(3, 'run-1', 'false-positive'),
};

function render(role: Role, latest: Map<string, DecisionJson>) {
  const session = { role, key: null, require_keys: true, signOut() {} };
  return renderToStaticMarkup(
    <SessionContext.Provider value={session}>
      <HeldBack
        runId="run-2"
        held={[held]}
        truncated={false}
        latest={latest}
        onDecided={async () => {}}
      />
    </SessionContext.Provider>,
  );
}

test('a held-back hit: its decision linked in its run; Reopen only for a role that decides', () => {
  const html = render('screen', new Map());
  assert.match(html, /Held back by earlier decisions: 1 hit/);
  assert.match(html, /href="\/app\/screening\/run-1#decision-3">decision 3 \(false-positive\)/);
  assert.match(html, /by bob on 2026-12-07T17:00:00Z: “reason 3”/);
  assert.match(html, />Reopen<\/button>/);
  assert.doesNotMatch(render('read', new Map()), /Reopen<\/button>/);
  assert.equal(decisionPath({ id: 3, run_id: 'a b' }), '/screening/a%20b#decision-3');
});

test('once reopened, the new decision shows instead of the button', () => {
  const html = render('screen', new Map([['8:unsc-1', decision(9, 'run-2', 'escalate')]]));
  assert.match(html, /Reopened: <strong>escalate<\/strong> by bob/);
  assert.doesNotMatch(html, />Reopen<\/button>/);
});

test('tabs: one selected and in the tab order, the panel labelled by it', () => {
  const html = renderToStaticMarkup(
    <Tabs
      name="t"
      label="Views"
      tabs={[
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ]}
      selected="b"
      onSelect={() => {}}
    >
      <p>panel</p>
    </Tabs>,
  );
  assert.match(html, /role="tablist" aria-label="Views"/);
  assert.match(html, /id="t-tab-a" aria-selected="false" aria-controls="t-panel" tabindex="-1"/);
  assert.match(html, /id="t-tab-b" aria-selected="true" aria-controls="t-panel" tabindex="0"/);
  assert.match(html, /role="tabpanel" id="t-panel" aria-labelledby="t-tab-b"/);
});
