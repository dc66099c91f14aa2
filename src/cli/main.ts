/**
 * The `dossier` command line: parses arguments, runs one command, prints a one-line error and
 * returns a non-zero exit code on failure.
 */
import { Command, CommanderError } from 'commander';
import { registerAdd } from './commands/add.js';
import { registerAudit } from './commands/audit.js';
import { registerCases } from './commands/cases.js';
import { registerDatasets } from './commands/datasets.js';
import { registerDecide } from './commands/decide.js';
import { registerDesignations } from './commands/designations.js';
import { registerDiff } from './commands/diff.js';
import { registerDocs } from './commands/docs.js';
import { registerNotes } from './commands/notes.js';
import { registerEntity } from './commands/entity.js';
import { registerExport } from './commands/export.js';
import { registerExposure } from './commands/exposure.js';
import { registerFind } from './commands/find.js';
import { registerFlags } from './commands/flags.js';
import { registerFormats } from './commands/formats.js';
import { registerIngest } from './commands/ingest.js';
import { registerNetwork } from './commands/network.js';
import { registerKeys } from './commands/keys.js';
import { registerMatch } from './commands/match.js';
import { registerCaseExport, registerClaims } from './commands/claims.js';
import { registerMentions } from './commands/mentions.js';
import { registerPaths } from './commands/paths.js';
import { registerRescreen } from './commands/rescreen.js';
import { registerRuns } from './commands/runs.js';
import { registerScreen } from './commands/screen.js';
import { registerServe } from './commands/serve.js';
import { registerUpdate } from './commands/update.js';
import { registerReport } from './commands/report.js';
import { registerXref } from './commands/xref.js';
import { type CliDeps, createContext } from './context.js';
import { exitCodeOf } from './errors.js';
import type { Io } from './output.js';

const defaultIo: Io = {
  out: process.stdout,
  err: process.stderr,
  interactive: Boolean(process.stderr.isTTY),
};

export function buildProgram(ctx: ReturnType<typeof createContext>): Command {
  const program = new Command('dossier')
    .description('Sanctions lists with provenance, multilingual screening and an audit trail')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.out.write(s),
      writeErr: (s) => ctx.io.err.write(s),
    });
  registerIngest(program, ctx);
  registerFlags(program, ctx);
  registerNetwork(program, ctx);
  registerDatasets(program, ctx);
  registerEntity(program, ctx);
  registerDiff(program, ctx);
  registerExport(program, ctx);
  registerFormats(program, ctx);
  registerUpdate(program, ctx);
  registerMatch(program, ctx);
  registerServe(program, ctx);
  registerScreen(program, ctx);
  registerRuns(program, ctx);
  registerDecide(program, ctx);
  registerDesignations(program, ctx);
  registerRescreen(program, ctx);
  registerAudit(program, ctx);
  registerKeys(program, ctx);
  registerCases(program, ctx);
  registerAdd(program, ctx);
  registerDocs(program, ctx);
  registerNotes(program, ctx);
  registerFind(program, ctx);
  registerMentions(program, ctx);
  registerClaims(program, ctx);
  registerCaseExport(program, ctx);
  registerXref(program, ctx);
  registerReport(program, ctx);
  registerExposure(program, ctx);
  registerPaths(program, ctx);
  // Every command takes --db, so that scripts can put it anywhere on the line.
  for (const command of program.commands) {
    command.option('--db <path>', 'the database file (default: $DOSSIER_DB or ./dossier.db)');
    command.exitOverride();
  }
  return program;
}

export async function main(
  argv: string[],
  io: Io = defaultIo,
  env = process.env,
  deps: CliDeps = {},
): Promise<number> {
  let dbFlag: string | undefined;
  const ctx = createContext(io, env, () => dbFlag, deps);
  const program = buildProgram(ctx);
  for (const command of program.commands) {
    command.hook('preAction', (cmd) => {
      dbFlag = cmd.opts().db as string | undefined;
    });
  }
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its own message (or the help, which is a success).
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' ? 0 : 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err.write(`Error: ${message.split('\n')[0]}\n`);
    return exitCodeOf(error);
  } finally {
    await ctx.close();
  }
}
