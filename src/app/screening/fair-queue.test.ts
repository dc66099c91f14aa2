/** Waiting jobs are taken in turns across submitters, each submitter's own in the order they came. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FairQueue } from './fair-queue.js';

const drain = (queue: FairQueue) => {
  const order: string[] = [];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) order.push(id);
  return order;
};

test('a submitter with many jobs waiting takes turns with the others, not all the places first', () => {
  const queue = new FairQueue();
  for (const id of ['a1', 'a2', 'a3', 'a4']) queue.push('key a', id);
  queue.push('key b', 'b1');
  queue.push('key c', 'c1');
  queue.push('key b', 'b2');
  assert.deepEqual([queue.count('key a'), queue.count('key b'), queue.size], [4, 2, 7]);
  assert.deepEqual(drain(queue), ['a1', 'b1', 'c1', 'a2', 'b2', 'a3', 'a4']);
});

test('a submitter served last waits behind one that arrives after: the turn is remembered', () => {
  const queue = new FairQueue();
  queue.push('key a', 'a1');
  assert.equal(queue.shift(), 'a1'); // started at once: nobody else was waiting
  queue.push('key a', 'a2');
  queue.push('key a', 'a3');
  queue.push('key b', 'b1');
  assert.deepEqual(drain(queue), ['b1', 'a2', 'a3']);
});

test('a cancelled job leaves the queue; a job queued twice keeps its place', () => {
  const queue = new FairQueue();
  queue.push('key a', 'a1');
  queue.push('key a', 'a2');
  queue.push('key b', 'b1');
  queue.push('key a', 'a1');
  assert.equal(queue.remove('a1'), true);
  assert.equal(queue.remove('a1'), false);
  assert.equal(queue.has('a2'), true);
  assert.deepEqual(drain(queue), ['a2', 'b1']);
  assert.equal(queue.size, 0);
});
