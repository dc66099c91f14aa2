import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RateLimiter } from './rate-limit.js';

test('a bucket grants its burst, then one request per 1/rate seconds', () => {
  let clock = 0;
  const limiter = new RateLimiter(2, 3, () => clock);
  assert.deepEqual(
    [1, 2, 3].map(() => limiter.take('a')),
    [0, 0, 0],
  );
  assert.equal(limiter.take('a'), 1, 'empty: retry in a second');
  assert.equal(limiter.take('b'), 0, 'callers have their own buckets');
  clock = 0.5;
  assert.equal(limiter.take('a'), 0, 'one token back after 1/rate s');
  assert.equal(limiter.take('a'), 1);
  clock = 100;
  assert.deepEqual(
    [1, 2, 3, 4].map(() => limiter.take('a')),
    [0, 0, 0, 1],
    'never over burst',
  );
});

test('Retry-After rounds up to whole seconds; rate 0 turns the limit off', () => {
  let clock = 0;
  const slow = new RateLimiter(0.1, 1, () => clock);
  assert.equal(slow.take('a'), 0);
  assert.equal(slow.take('a'), 10);
  clock = 5;
  assert.equal(slow.take('a'), 5);
  const off = new RateLimiter(0, 1);
  for (let i = 0; i < 1000; i++) assert.equal(off.take('a'), 0);
  assert.equal(off.size, 0);
});

test('full buckets are forgotten when many callers have come and gone', () => {
  let clock = 0;
  const limiter = new RateLimiter(10, 1, () => clock);
  for (let i = 0; i < 10_000; i++) limiter.take(`caller-${i}`);
  assert.equal(limiter.size, 10_000);
  clock = 1;
  limiter.take('newcomer');
  assert.equal(limiter.size, 1);
});
