import type { Command } from 'commander';
import { type Dossier, openDossier } from '../app/dossier/index.js';
import { resolveDbPath, type Store } from '../store/index.js';
import type { Io } from './output.js';

/** What every command gets: its output streams and Dossier, opened on first use. */
export interface CommandContext {
  io: Io;
  /** The environment `main` was given, for defaults such as DOSSIER_DB. */
  env: NodeJS.ProcessEnv;
  /**
   * Dossier on the database the command names: its own `--db`, its parent's (`keys create`),
   * else `DOSSIER_DB`, else ./dossier.db. Opened once per database, closed after the command.
   */
  dossier(command?: Command): Dossier;
  /** The list store of `dossier()`. */
  store(): Store;
}

/** The database a command names: its own --db, else its parent's, else the default. */
function dbOf(command: Command | undefined, flag: string | undefined, env: NodeJS.ProcessEnv) {
  const own = command?.opts().db as string | undefined;
  const parent = command?.parent?.opts().db as string | undefined;
  return resolveDbPath(own ?? parent ?? flag, env);
}

export function createContext(io: Io, env: NodeJS.ProcessEnv, dbFlag: () => string | undefined) {
  const open = new Map<string, Dossier>();
  const ctx: CommandContext & { close(): Promise<void> } = {
    io,
    env,
    dossier(command) {
      const db = dbOf(command, dbFlag(), env);
      let dossier = open.get(db);
      if (!dossier) {
        dossier = openDossier({ db });
        open.set(db, dossier);
      }
      return dossier;
    },
    store() {
      return ctx.dossier().lists;
    },
    async close() {
      for (const dossier of open.values()) await dossier.close();
      open.clear();
    },
  };
  return ctx;
}
