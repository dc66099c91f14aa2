/** The end of a run: its final audit record, then the outputs made from the stored hits. */
import { timestamp } from '../../core/screening/index.js';
import type { RunInfo } from '../../core/screening/index.js';
import type { ScreeningStore } from '../../store/screening/index.js';
import { fileFormat } from './input.js';
import { LineOutput, runResults, writeXlsx } from './output.js';
import { type ListLookup, writeReport } from './report.js';

/** The growing hits file of a CSV or JSONL output, opened at the run's committed length. */
export async function openOutput(run: RunInfo, repo: ScreeningStore): Promise<LineOutput | null> {
  if (!run.params.output) return null;
  const format = fileFormat(run.params.output, '--out');
  if (format === 'xlsx') return null;
  return LineOutput.open(run.params.output, format, run.outBytes, () => runResults(repo, run.id));
}

export async function finishRun(
  repo: ScreeningStore,
  runId: string,
  actor: string,
  kind: string,
  lists: ListLookup | null = null,
): Promise<RunInfo> {
  const before = (await repo.run(runId))!;
  const at = timestamp();
  const payload = {
    run: runId,
    rows_done: before.rowsDone,
    hits: before.hits,
    suppressed: before.suppressed,
    issues: before.issues,
  };
  await repo.finishRun(runId, 'finished', at, { kind, actor, at, payload });
  const run = (await repo.run(runId))!;
  const output = run.params.output;
  if (output && fileFormat(output, '--out') === 'xlsx')
    await writeXlsx(output, runResults(repo, runId));
  if (run.params.report) await writeReport(run.params.report, repo, runId, lists);
  return run;
}
