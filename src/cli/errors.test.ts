import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AuthenticationError } from '../auth/index.js';
import { MatchInputError } from '../core/matching/index.js';
import { AuditBrokenError, RunNotFoundError } from '../core/screening/errors.js';
import { SourceError } from '../sources/io/index.js';
import { exitCodeOf, NotFoundError, UsageError } from './errors.js';

test('exit codes follow error codes: 2 for mistakes, 3 for missing things, 1 for the rest', () => {
  assert.equal(exitCodeOf(new UsageError('--limit must be a number')), 2);
  assert.equal(exitCodeOf(new MatchInputError('unknown schema "Nope"')), 2);
  assert.equal(exitCodeOf(new NotFoundError('no key')), 3);
  assert.equal(exitCodeOf(new RunNotFoundError('20260101-000000-abcdef')), 3);
  assert.equal(exitCodeOf(new AuditBrokenError(4, 'the trail ends')), 1);
  assert.equal(exitCodeOf(new SourceError('sdn.csv', 'line 3', 'a bad row')), 1);
  assert.equal(exitCodeOf(new AuthenticationError('unknown API key')), 1);
  assert.equal(exitCodeOf(new Error('a bug')), 1);
  assert.equal(exitCodeOf('a string'), 1);
});
