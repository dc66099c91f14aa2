/**
 * Waiting in tests for something to happen, not for a fixed time: a child process to print a
 * line, a server to reach a state. On a loaded machine a child may take many seconds to start and
 * an index many seconds to build, so the limits are generous; they only bound a failing test.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';

/**
 * Wait until a whole line or lines of the child's standard output match `pattern`; fail at once
 * if it exits first (with what it printed), or after `seconds`.
 */
export function waitForOutput(
  child: ChildProcessWithoutNullStreams,
  pattern: RegExp,
  seconds = 60,
): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const printed = () => `stdout: ${out}\nstderr: ${err}`;
    const onOut = (chunk: Buffer) => {
      out += chunk.toString('utf8');
      // Whole lines only: a line that comes in two pieces is not matched by its first.
      const match = pattern.exec(out.slice(0, out.lastIndexOf('\n') + 1));
      if (match) finish(null, match);
    };
    const onErr = (chunk: Buffer) => {
      err += chunk.toString('utf8');
    };
    const onExit = (code: number | null, signal: string | null) =>
      finish(
        new Error(`the child exited (${signal ?? code}) before printing ${pattern}\n${printed()}`),
      );
    const timer = setTimeout(
      () => finish(new Error(`the child printed no ${pattern} in ${seconds} s\n${printed()}`)),
      seconds * 1000,
    );
    function finish(error: Error | null, match?: RegExpExecArray) {
      clearTimeout(timer);
      child.stdout.off('data', onOut);
      child.stderr.off('data', onErr);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(match!);
    }
    child.stdout.on('data', onOut);
    child.stderr.on('data', onErr);
    child.on('exit', onExit);
    if (child.exitCode !== null || child.signalCode !== null) {
      onExit(child.exitCode, child.signalCode);
    }
  });
}

/**
 * Call `probe` every `ms` until `done` holds for what it returns, for up to `seconds`; returns the
 * last result, for the test to check.
 */
export async function poll<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  seconds = 60,
  ms = 100,
): Promise<T> {
  const deadline = performance.now() + seconds * 1000;
  for (;;) {
    const value = await probe();
    if (done(value) || performance.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, ms));
  }
}

/** Everything an async iterable yields, in order. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
