import { openStore, resolveDbPath, type Store } from '../store/index.js';
import type { Io } from './output.js';

/** What every command gets: its output streams and the store, opened on first use. */
export interface CommandContext {
  io: Io;
  store(): Store;
}

export function createContext(io: Io, env: NodeJS.ProcessEnv, dbFlag: () => string | undefined) {
  let store: Store | null = null;
  const ctx: CommandContext & { close(): Promise<void> } = {
    io,
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
