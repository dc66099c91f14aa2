/**
 * Writing a run's HTML report from the stores, streamed piece by piece: the summary and
 * parameters, one card per raised hit (best score first), the hits held back by decisions with
 * the decision, the rows without hits, and the rows with problems. The listed party's details
 * come from the list store as it is when the report is written; without one (a caller that has
 * none) the cards show what the run recorded.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { FtmEntity } from '../../core/model/index.js';
import {
  emptySection,
  escapeHtml,
  type HeldBy,
  hitCard,
  issueRow,
  issuesEnd,
  issuesStart,
  parametersSection,
  reportEnd,
  reportStart,
  sectionStart,
  tableEnd,
  withoutHitsRow,
  withoutHitsStart,
} from '../../core/screening/index.js';
import { rowExposureText } from '../../core/screening/index.js';
import type { Hit, RunInfo } from '../../core/screening/index.js';
import type { ScreeningStore } from '../../store/screening/index.js';

/** What the report reads of the lists: an entity by its ID. */
export interface ListLookup {
  entity(id: string): Promise<FtmEntity | null>;
}

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

/**
 * Listed entities and their Sanctions, looked up once per report. Sources name a party's Sanction
 * `<party id>-sanction` (src/sources/common/sanction.ts); a party listed by several orders has
 * others, which this does not find.
 */
function listedLookup(lists: ListLookup | null) {
  const cache = new Map<string, { listed: FtmEntity | null; sanctions: FtmEntity[] }>();
  return async (entityId: string) => {
    let found = cache.get(entityId);
    if (!found) {
      const listed = lists ? await lists.entity(entityId) : null;
      const sanction = lists ? await lists.entity(`${entityId}-sanction`) : null;
      found = { listed, sanctions: sanction ? [sanction] : [] };
      // Bounded: a report of a large run must not hold every entity it names.
      if (cache.size > 2000) cache.clear();
      cache.set(entityId, found);
    }
    return found;
  };
}

async function heldBy(repo: ScreeningStore, id: number | null): Promise<HeldBy | null> {
  if (id === null) return null;
  const d = await repo.decision(id);
  if (!d) return { id, decision: 'false-positive', actor: '?', reason: '?', decidedAt: '?' };
  return { id, decision: d.decision, actor: d.actor, reason: d.reason, decidedAt: d.decidedAt };
}

/** Cards for the run's hits, raised ones (`held` false) or held-back ones, best score first. */
async function* cards(
  repo: ScreeningStore,
  run: RunInfo,
  lookup: ReturnType<typeof listedLookup>,
  held: boolean,
): AsyncGenerator<string> {
  const label = run.kind === 'rescreen' ? 'Party' : 'Row';
  let any = false;
  for await (const hit of repo.rankedHits(run.id)) {
    if ((hit.suppressedBy !== null) !== held) continue;
    any = true;
    const { listed, sanctions } = await lookup(hit.entityId);
    const party = await repo.party(hit.partyKey);
    const base: Hit = hit;
    const decision = await heldBy(repo, hit.suppressedBy);
    yield hitCard({
      hit: base,
      party,
      listed,
      sanctions,
      versions: run.versions,
      heldBy: decision,
      label,
    });
  }
  if (!any) {
    yield emptySection(
      held ? 'No hit was held back by a decision.' : 'No row scored at or above the threshold.',
    );
  }
}

/** Rows flagged for their own party's exposure through ownership: no name hit, still not clear. */
async function* exposedRows(repo: ScreeningStore, run: RunInfo) {
  yield sectionStart(
    'exposed-rows',
    'Rows exposed through ownership',
    "The row's own party is owned or controlled by listed parties (the chain: dossier exposure).",
  );
  let any = false;
  for await (const r of repo.exposedRows(run.id)) {
    if (!any) yield '<table><tr><th>Key</th><th>Row</th><th>Party</th><th>Exposure</th></tr>\n';
    any = true;
    const cells = [r.key ?? '', String(r.row), `${r.caption} (${r.node})`, rowExposureText(r)];
    yield `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>\n`;
  }
  if (any) yield tableEnd();
  else yield emptySection('No row was found exposed through ownership.');
}

async function* withoutHits(repo: ScreeningStore, run: RunInfo, count: number | null) {
  yield sectionStart(
    'without-hits',
    'Rows without hits',
    'Screened, and nothing scored at or above the threshold.',
  );
  if (count === null) {
    yield emptySection('A rescreen records only the parties with new hits.');
    return;
  }
  if (count === 0) {
    yield emptySection('Every screened row had a hit.');
    return;
  }
  yield withoutHitsStart();
  for await (const r of repo.rowsWithoutHits(run.id)) yield withoutHitsRow(r.row, r.key, r.example);
  yield tableEnd();
}

/** The report's HTML, piece by piece, for a file or a download. */
export async function* reportHtml(
  repo: ScreeningStore,
  runId: string,
  lists: ListLookup | null = null,
): AsyncGenerator<string> {
  const run = await repo.run(runId);
  if (!run) throw new Error(`run ${runId} vanished while its report was written`);
  const count = run.kind === 'screen' ? await repo.countRowsWithoutHits(runId) : null;
  yield reportStart(run, { withoutHits: count });
  const lookup = listedLookup(lists);
  const version = lists
    ? 'the lists as loaded when this report was written'
    : 'what the run recorded';
  yield sectionStart('hits', 'Hits, highest score first', `Listed details: ${version}.`);
  yield* cards(repo, run, lookup, false);
  yield sectionStart(
    'held',
    'Hits held back by decisions',
    'Decided as false positives while the entry was unchanged.',
  );
  yield* cards(repo, run, lookup, true);
  yield* exposedRows(repo, run);
  yield* withoutHits(repo, run, count);
  yield issuesStart();
  for await (const issue of repo.issues(runId)) yield issueRow(issue);
  yield issuesEnd();
  yield parametersSection(run);
  yield reportEnd();
}

export async function writeReport(
  path: string,
  repo: ScreeningStore,
  runId: string,
  lists: ListLookup | null = null,
): Promise<void> {
  const out = bufferedFile(path);
  try {
    for await (const piece of reportHtml(repo, runId, lists)) out.write(piece);
  } finally {
    out.close();
  }
}
