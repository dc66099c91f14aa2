/**
 * Processes for bench/bombs.ts: a checkout's `dossier` run on the command line or as a server,
 * each watched for its peak memory (VmHWM in /proc, Linux) and stopped at a time cap or a memory
 * cap (the machine is shared: a bomb that is not refused would take all of it).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A process's peak resident memory so far in MB (its high-water mark), or null once gone. */
export function peakMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024);
  } catch {
    return null;
  }
}

/** The first child of a process (the command under /usr/bin/time), if any. */
function childOf(pid: number): number | null {
  try {
    const first = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ')[0];
    return first ? Number(first) : null;
  } catch {
    return null;
  }
}

export interface Caps {
  seconds: number;
  rssMb: number;
}

export interface CliRun {
  status: number | null;
  signal: string | null;
  seconds: number;
  peakRssMb: number;
  /** Why it was stopped, if it was: the time or the memory cap. */
  capped: 'time' | 'memory' | null;
  stdout: string;
  stderr: string;
}

const TIME = '/usr/bin/time';

/**
 * `dossier <args>` of a checkout, under `/usr/bin/time -v` when it exists (its maximum resident
 * size is the figure then), else with /proc polled every 100 ms.
 */
export function runCli(checkout: string, args: string[], caps: Caps): Promise<CliRun> {
  const command = [process.execPath, join(checkout, 'bin', 'dossier.js'), ...args];
  const timed = existsSync(TIME);
  const [file, ...rest] = timed ? [TIME, '-v', ...command] : command;
  const started = performance.now();
  // Its own process group, so that the cap stops /usr/bin/time and node together.
  const child = spawn(file!, rest, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c) => {
    if (stdout.length < 1e6) stdout += c;
  });
  child.stderr!.on('data', (c) => {
    if (stderr.length < 1e6) stderr += c;
  });
  let peak = 0;
  let capped: CliRun['capped'] = null;
  const watch = setInterval(() => {
    const pid = timed ? childOf(child.pid!) : child.pid!;
    const now = pid === null ? null : peakMb(pid);
    if (now !== null) peak = Math.max(peak, now);
    const over = (performance.now() - started) / 1000 > caps.seconds;
    if (!capped && (over || peak > caps.rssMb)) {
      capped = over ? 'time' : 'memory';
      process.kill(-child.pid!, 'SIGKILL');
    }
  }, 100);
  return new Promise((resolve) => {
    child.once('close', (status, signal) => {
      clearInterval(watch);
      const reported = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      if (reported) peak = Math.max(peak, Math.round(Number(reported[1]) / 1024));
      // /usr/bin/time's report is not the command's output.
      const own = timed ? stderr.replace(/\n?\tCommand being timed:[\s\S]*$/, '') : stderr;
      const seconds = Number(((performance.now() - started) / 1000).toFixed(1));
      resolve({ status, signal, seconds, peakRssMb: peak, capped, stdout, stderr: own });
    });
  });
}

export interface Server {
  child: ChildProcess;
  url: string;
  /** Peak RSS in MB, polled; its last value once the server is gone. */
  peak(): number;
  /** Set when the process has exited: its code or signal, and when. */
  exit: { code: number | null; signal: string | null; at: number } | null;
  /** True when it was killed for passing the memory cap. */
  overCap: boolean;
  log(): string;
  stop(): Promise<void>;
}

/** `dossier serve --port 0` of a checkout, resolved once it says where it listens. */
export function startServe(checkout: string, db: string, rssCapMb: number): Promise<Server> {
  const bin = join(checkout, 'bin', 'dossier.js');
  const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  let peak = 0;
  let server: Server;
  const watch = setInterval(() => {
    const now = peakMb(child.pid!);
    if (now !== null) peak = Math.max(peak, now);
    if (peak > rssCapMb && !server.overCap) {
      server.overCap = true;
      child.kill('SIGKILL');
    }
  }, 100);
  return new Promise((resolve, reject) => {
    server = {
      child,
      url: '',
      peak: () => peak,
      exit: null,
      overCap: false,
      log: () => log,
      async stop() {
        clearInterval(watch);
        if (server.exit) return;
        const gone = new Promise((done) => child.once('exit', done));
        child.kill('SIGKILL');
        await gone;
      },
    };
    const collect = (chunk: Buffer) => {
      if (log.length < 1e6) log += chunk;
      const found = /listening on (http:\/\/\S+)/.exec(log);
      if (found && !server.url) {
        server.url = found[1]!;
        resolve(server);
      }
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.once('exit', (code, signal) => {
      clearInterval(watch);
      server.exit = { code, signal, at: performance.now() };
      if (!server.url) reject(new Error(`serve exited (${code ?? signal}): ${log}`));
    });
  });
}

export async function waitReady(url: string, seconds: number): Promise<boolean> {
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const response = await fetch(`${url}/readyz`).catch(() => null);
    if (response?.status === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

/** Does /healthz answer 200 within `ms`? Its time if so, else null. */
export async function healthz(url: string, ms = 1000): Promise<number | null> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(ms) });
    await response.arrayBuffer();
    return response.status === 200 ? Math.round(performance.now() - started) : null;
  } catch {
    return null;
  }
}
