import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setImmediate as tick } from 'node:timers/promises';
import { Pool } from './index.js';

test('a pool never runs more tasks at once than its size, and runs them all', async () => {
  const pool = new Pool(2);
  let running = 0;
  let most = 0;
  const done: number[] = [];
  const task = (n: number) => async () => {
    running++;
    most = Math.max(most, running);
    await tick();
    await tick();
    running--;
    done.push(n);
    return n;
  };
  const first = Array.from({ length: 5 }, (_, n) => pool.run(task(n)));
  // Callers arriving while slots are being handed over must wait too.
  await tick();
  const late = Array.from({ length: 5 }, (_, n) => pool.run(task(n + 5)));
  assert.deepEqual(await Promise.all([...first, ...late]), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.equal(most, 2);
  assert.equal(done.length, 10);
});

test('a failing task frees its slot', async () => {
  const pool = new Pool(1);
  await assert.rejects(
    pool.run(async () => Promise.reject(new Error('boom'))),
    /boom/,
  );
  assert.equal(await pool.run(async () => 'next'), 'next');
  assert.throws(() => new Pool(0), RangeError);
});
