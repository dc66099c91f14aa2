import { openStore, resolveDbPath, type Store } from '../store/index.js';
import type { Io } from './output.js';

/** What every command gets: its output streams and the store, opened on first use. */
export interface CommandContext {
  io: Io;
  /** The environment `main` was given, for defaults such as DOSSIER_DB. */
  env: NodeJS.ProcessEnv;
  store(): Store;
}

export function createContext(io: Io, env: NodeJS.ProcessEnv, dbFlag: () => string | undefined) {
  let store: Store | null = null;
  const ctx: CommandContext & { close(): Promise<void> } = {
    io,
    env,
    store() {
      store ??= openStore(resolveDbPath(dbFlag(), env));
      return store;
    },
    async close() {
      await store?.close();
    },
  };
  return ctx;
}
