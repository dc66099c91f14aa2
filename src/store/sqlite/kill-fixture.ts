/**
 * Test helper run as a child process: loads 2,000 entities, then either commits or kills itself
 * with SIGKILL halfway through a second load, as a crash or `kill -9` would.
 */
import { EntityDraft } from '../../core/model/index.js';
import { SqliteStore } from './store.js';

const [path, mode] = process.argv.slice(2);
const store = new SqliteStore(path!);
const session = await store.beginLoad({
  dataset: 'k',
  format: 't',
  sourceFiles: [],
  incremental: false,
});
for (let i = 0; i < 2000; i++) {
  const draft = new EntityDraft('Person', `e-${i}`, true);
  draft.add('name', mode === 'kill' ? `Changed ${i}` : `Person ${i}`);
  session.write({
    id: draft.id,
    schema: 'Person',
    target: true,
    statements: draft.toStatements('k'),
  });
  if (mode === 'kill' && i === 1000) process.kill(process.pid, 'SIGKILL');
}
await session.commit();
await store.close();
