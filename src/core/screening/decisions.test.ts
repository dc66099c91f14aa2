import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  applyDecisions,
  checkReason,
  DecisionBook,
  type DecisionRef,
  parseDecisionKind,
} from './decisions.js';
import { DecisionInputError } from './errors.js';

const ref = (id: number, decision: DecisionRef['decision'], digest = 'd1'): DecisionRef => ({
  id,
  partyKey: 'p',
  entityId: 'e',
  entityDigest: digest,
  decision,
});

test('a false positive holds back the same entry, and lapses when the entry changes', () => {
  const book = new DecisionBook([ref(1, 'false-positive')]);
  const hits = [
    { entityId: 'e', entityDigest: 'd1' },
    { entityId: 'other', entityDigest: 'd1' },
  ];
  const same = applyDecisions('p', hits, book);
  assert.deepEqual(
    same.raised.map((h) => h.entityId),
    ['other'],
  );
  assert.equal(same.suppressed[0]?.decision.id, 1);
  const changed = applyDecisions('p', [{ entityId: 'e', entityDigest: 'd2' }], book);
  assert.equal(changed.raised.length, 1);
  // Another party with the same entity is not covered.
  assert.equal(applyDecisions('q', hits, book).raised.length, 2);
});

test('the latest decision counts: a later escalation lifts a false positive', () => {
  const book = new DecisionBook([ref(2, 'escalate'), ref(1, 'false-positive')]);
  assert.equal(book.suppressing('p', 'e', 'd1'), null);
  const matched = new DecisionBook([ref(1, 'match')]);
  assert.equal(matched.suppressing('p', 'e', 'd1'), null);
});

test('decision kinds and reasons are checked', () => {
  assert.equal(parseDecisionKind('false-positive'), 'false-positive');
  assert.throws(() => parseDecisionKind('fp'), DecisionInputError);
  assert.throws(() => checkReason('  '), DecisionInputError);
  assert.equal(checkReason(' same name, other birth date '), 'same name, other birth date');
});
