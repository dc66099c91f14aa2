import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DecisionJson } from '../../api/types.js';
import { latestDecisions, queueKey } from './queue.js';

const none = { ctrl: false, meta: false, alt: false };

test('queue keys: j/k and arrows move, m/f/e choose, Ctrl+Enter records', () => {
  assert.deepEqual(queueKey('j', none, false), { kind: 'move', by: 1 });
  assert.deepEqual(queueKey('ArrowUp', none, false), { kind: 'move', by: -1 });
  assert.deepEqual(queueKey('f', none, false), { kind: 'choose', decision: 'false-positive' });
  assert.deepEqual(queueKey('e', none, false), { kind: 'choose', decision: 'escalate' });
  assert.deepEqual(queueKey('Enter', { ...none, ctrl: true }, true), { kind: 'submit' });
});

test('queue keys: letters typed into the reason, or with a modifier, are not shortcuts', () => {
  assert.equal(queueKey('f', none, true), null);
  assert.equal(queueKey('j', { ...none, ctrl: true }, false), null);
  assert.equal(queueKey('Enter', none, false), null);
  assert.equal(queueKey('x', none, false), null);
});

test('the latest decision on a hit counts, whatever order they come in', () => {
  const d = (id: number, decision: DecisionJson['decision']): DecisionJson => ({
    id,
    run_id: 'r',
    row: 3,
    key: 'C-2',
    entity_id: 'e1',
    decision,
    reason: 'x',
    by: 'a',
    decided_at: '',
  });
  const latest = latestDecisions([d(2, 'match'), d(1, 'false-positive')]);
  assert.equal(latest.get('3:e1')?.decision, 'match');
  assert.equal(latest.size, 1);
});
