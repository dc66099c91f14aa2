/**
 * What the screening commands share: the screening store of the `--db` file, number
 * options, who is acting, and the progress and problem lines on stderr.
 */
import type { Command } from 'commander';
import { defaultActor } from '../../app/screening/index.js';
import type { LoopHooks } from '../../app/screening/index.js';
import { progressLine } from '../../core/screening/index.js';
import type { RowIssue } from '../../core/screening/index.js';
import type { ScreeningStore } from '../../store/screening/index.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import type { Io } from '../output.js';

/**
 * Run with the screening store of the command's database: its own `--db`, or that of the command
 * it belongs to (`audit verify --db`). The store closes with the command.
 */
export async function withRepo<T>(
  ctx: CommandContext,
  command: Command,
  run: (repo: ScreeningStore) => Promise<T> | T,
): Promise<T> {
  return run(ctx.dossier(command).screening);
}

export function numberOption(name: string, raw: string, min: number, max: number, integer = false) {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    throw new UsageError(`${name} must be ${integer ? 'an integer' : 'a number'}, not "${raw}"`);
  }
  if (value < min || value > max) throw new UsageError(`${name} must be from ${min} to ${max}`);
  return value;
}

export function actorOf(by: string | undefined): string {
  if (by === undefined) return defaultActor();
  if (by.trim() === '') throw new UsageError('--by must name someone');
  return by.trim();
}

/** Problems printed on stderr, up to a limit; the report and the store keep all of them. */
const SHOWN_ISSUES = 20;

/** Progress on a terminal, problems on stderr, for the loops' hooks. */
export function terminalHooks(io: Io, label: string): LoopHooks & { finish(): void } {
  let shown = 0;
  let hidden = 0;
  let drawn = false;
  const clear = () => {
    if (drawn) io.err.write('\r\x1b[K');
    drawn = false;
  };
  return {
    onProgress(state) {
      if (!io.interactive) return;
      io.err.write(`\r\x1b[K${label}: ${progressLine(state)}`);
      drawn = true;
    },
    onIssue(issue: RowIssue) {
      if (shown >= SHOWN_ISSUES) return void hidden++;
      clear();
      const effect = issue.screened ? 'screened' : 'not screened';
      io.err.write(`warning: row ${issue.row}: ${issue.message} (${effect})\n`);
      shown++;
    },
    onNote(note: string) {
      clear();
      io.err.write(`note: ${note}\n`);
    },
    finish() {
      clear();
      if (hidden > 0) {
        io.err.write(`warning: ${hidden} more problem(s): --report lists them all\n`);
      }
    },
  };
}

export function collect(value: string, all: string[]): string[] {
  return [...all, value];
}
