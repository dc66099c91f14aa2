/**
 * The API as a user runs it, in a process of its own and recording each screening in the audit
 * trail, for the HTTP half of the matching benchmark: opens the database given as the first
 * argument, builds the index, listens on a free
 * loopback port and prints `listening <url>` once it is ready. Stops on SIGTERM.
 */
import { MatchService } from '../src/app/matching/index.js';
import { loadMatcherTools } from '../src/app/matcher-tools.js';
import { startServer } from '../src/server/index.js';
import { ScreeningRepository } from '../src/store/screening/repository.js';
import { SqliteStore } from '../src/store/sqlite/store.js';

async function main() {
  const path = process.argv[2];
  if (!path) throw new Error('usage: http-server.js <database>');
  const store = new SqliteStore(path);
  const tools = await loadMatcherTools();
  const service = new MatchService(store, tools);
  await service.refresh();
  // As serve runs it: every /match request is recorded in the audit trail.
  const repo = new ScreeningRepository(path);
  const screening = { repo, tools, jobsDir: `${path}.jobs` };
  const server = await startServer({ store, service, screening, host: '127.0.0.1', port: 0 });
  process.stdout.write(`listening ${server.url}\n`);
  process.once('SIGTERM', () => {
    server
      .close()
      .then(() => store.close())
      .then(() => repo.close())
      .then(() => process.exit(0));
  });
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
