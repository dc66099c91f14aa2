/** Running the command line in-process with captured output: for tests. */
import { Writable } from 'node:stream';
import type { CliDeps } from './context.js';
import { main } from './main.js';

export interface RunResult {
  code: number;
  out: string;
  err: string;
}

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.text += chunk.toString('utf8');
    done();
  }
}

export async function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  deps: CliDeps = {},
): Promise<RunResult> {
  const out = new Capture();
  const err = new Capture();
  const code = await main(
    ['node', 'dossier', ...args],
    { out, err, interactive: false },
    env,
    deps,
  );
  return { code, out: out.text, err: err.text };
}
