/** Writing a run's HTML report from the store, streamed row group by row group. */
import { closeSync, openSync, writeSync } from 'node:fs';
import {
  issueRow,
  issuesEnd,
  issuesStart,
  noHits,
  reportEnd,
  reportStart,
  rowSection,
} from '../../core/screening/index.js';
import type { Hit } from '../../core/screening/index.js';
import type { ScreeningStore } from '../../store/screening/index.js';

/** Collects text and writes it in large pieces. */
function bufferedFile(path: string) {
  const fd = openSync(path, 'w');
  let buffer = '';
  const flush = () => {
    if (buffer) writeSync(fd, buffer);
    buffer = '';
  };
  return {
    write(text: string) {
      buffer += text;
      if (buffer.length > 1 << 16) flush();
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}

/** The run's hits in groups of one row each (they come sorted by row). */
async function* byRow(hits: AsyncIterable<Hit>): AsyncGenerator<Hit[]> {
  let group: Hit[] = [];
  for await (const hit of hits) {
    if (group.length > 0 && group[0]!.row !== hit.row) {
      yield group;
      group = [];
    }
    group.push(hit);
  }
  if (group.length > 0) yield group;
}

/** The report's HTML, piece by piece (a row's hits at a time), for a file or a download. */
export async function* reportHtml(repo: ScreeningStore, runId: string): AsyncGenerator<string> {
  const run = await repo.run(runId);
  if (!run) throw new Error(`run ${runId} vanished while its report was written`);
  yield reportStart(run);
  let any = false;
  const label = run.kind === 'rescreen' ? 'Party' : 'Row';
  for await (const group of byRow(repo.hits(runId))) {
    any = true;
    yield rowSection(group[0]!.row, await repo.party(group[0]!.partyKey), group, label);
  }
  if (!any) yield noHits();
  if (run.issues > 0) {
    yield issuesStart();
    for await (const issue of repo.issues(runId)) yield issueRow(issue);
    yield issuesEnd();
  }
  yield reportEnd();
}

export async function writeReport(
  path: string,
  repo: ScreeningStore,
  runId: string,
): Promise<void> {
  const out = bufferedFile(path);
  try {
    for await (const piece of reportHtml(repo, runId)) out.write(piece);
  } finally {
    out.close();
  }
}
