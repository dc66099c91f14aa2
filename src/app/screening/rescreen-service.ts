/**
 * Delta screening: after a list gets a new version, compare only its added and modified entries
 * with the stored portfolio of screened parties, and report the new hits as a run of their own.
 * A small matcher is built over just those entries and every party is matched against it, which
 * costs little next to screening the whole portfolio against everything again. As in a screen,
 * the entries of one designation on several lists are one hit (docs/designations.md): the
 * matcher holds the other members of a changed entry's designation too.
 */
import { randomBytes } from 'node:crypto';
import { type DesignationLookup, DesignationsBuilder } from '../../core/designations/index.js';
import { type IndexedEntity, Matcher, SCREENED_SCHEMATA } from '../../core/matching/index.js';
import type { FtmEntity } from '../../core/model/index.js';
import { DecisionBook } from '../../core/screening/index.js';
import {
  type DeltaPlan,
  isMatchableSchema,
  lastScreened,
  planDelta,
} from '../../core/screening/index.js';
import { DatasetNotFoundError } from '../../core/screening/index.js';
import { newRunId, timestamp } from '../../core/screening/index.js';
import type { RunInfo, RunParams } from '../../core/screening/index.js';
import type { Store } from '../../store/index.js';
import { finishRun, openOutput } from './finish.js';
import { exposureLookup } from './exposure.js';
import { fileFormat } from './input.js';
import { ALL_DATASETS, checkDataset, runMatchOptions, sharedParams } from './matching.js';
import { screenPortfolio } from './portfolio-loop.js';
import type { LoopHooks } from './run-loop.js';
import type { ScreeningDeps } from './screen-service.js';

export interface RescreenRequest {
  /** One dataset, or all of them. */
  dataset?: string;
  /** Compare what changed after this version (default: the version last screened). */
  since?: number;
  threshold?: number;
  algorithm?: string;
  limit?: number;
  output?: string | null;
  report?: string | null;
  actor: string;
}

export interface RescreenResult {
  run: RunInfo;
  plans: DeltaPlan[];
  /** How many listed entities the portfolio was compared with. */
  entities: number;
  seconds: number;
}

async function makePlans(deps: ScreeningDeps, request: RescreenRequest) {
  const all = await deps.store.datasets();
  // Over no list a rescreen would find nothing new and look like a clear: refuse it (exit 4, 503).
  if (all.length === 0) await checkDataset(deps.store, ALL_DATASETS);
  const one = request.dataset && request.dataset !== ALL_DATASETS ? request.dataset : null;
  const chosen = one ? all.filter((d) => d.dataset === one) : all;
  if (chosen.length === 0) {
    const known = all.map((d) => d.dataset).join(', ') || 'none';
    throw new DatasetNotFoundError(`unknown dataset "${request.dataset}"; loaded: ${known}`);
  }
  const screened = lastScreened(await deps.repo.runs());
  const plans: { plan: DeltaPlan; ids: string[] }[] = [];
  for (const d of chosen) {
    const diff = await deps.store.diff(d.dataset);
    const plan = planDelta(
      d.dataset,
      d.version,
      diff?.from ?? null,
      request.since ?? screened.get(d.dataset),
    );
    let ids: string[] = [];
    if (plan.mode === 'diff') {
      ids = (diff?.changes ?? [])
        .filter((c) => c.change !== 'removed' && isMatchableSchema(c.schema))
        .map((c) => c.entityId);
    } else if (plan.mode === 'all') ids = await matchableIds(deps.store, d.dataset);
    plans.push({ plan, ids });
  }
  return plans;
}

async function matchableIds(store: Store, dataset: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const e of store.exportEntities(dataset))
    if (isMatchableSchema(e.schema)) ids.push(e.id);
  return ids;
}

/** The parties, and the entities that give a party keys (see adjunctKeys): no others are read. */
const KEYED_SCHEMATA = [...SCREENED_SCHEMATA, 'Sanction', 'Passport', 'Identification'];

/**
 * The designations of the lists as they stand, so that a rescreen merges the entries of one
 * designation into one hit as a screen does: the server's (its index's), or clustered here from
 * every entity's keys under the reviewers' splits (no matcher is built for it).
 */
async function currentDesignations(deps: ScreeningDeps): Promise<DesignationLookup> {
  const built = deps.service?.designations;
  if (built) return built;
  const builder = new DesignationsBuilder();
  for await (const entity of deps.store.allEntities(KEYED_SCHEMATA)) {
    builder.add(entity, isMatchableSchema(entity.schema));
  }
  return builder.finish((await deps.splits?.()) ?? []);
}

/**
 * The changed entities and the other members of their designations, as every dataset that lists
 * them has them now: a hit on a designation holds every list's entry, with the key and content
 * digest a screen gives it, so that a reviewer's decision on the merged hit applies here too.
 */
function withMembers(ids: readonly string[], designations: DesignationLookup): string[] {
  const all = new Set(ids);
  for (const id of ids)
    for (const member of designations.clusterOf(id)?.members ?? []) all.add(member);
  return [...all].sort();
}

async function changedMatcher(deps: ScreeningDeps, ids: Iterable<string>) {
  const entries: IndexedEntity[] = [];
  for (const id of ids) {
    const entity: FtmEntity | null = await deps.store.entity(id);
    if (!entity || !isMatchableSchema(entity.schema)) continue;
    const prepared = Matcher.prepare(entity.schema, entity.properties, deps.tools);
    entries.push({ entity, prepared, topics: new Set(entity.properties.topics ?? []) });
  }
  return new Matcher(entries, deps.tools);
}

function paramsOf(
  request: RescreenRequest,
  plans: { plan: DeltaPlan; ids: string[] }[],
): RunParams {
  if (request.output) fileFormat(request.output, '--out');
  const changes = Object.fromEntries(
    plans.map(({ plan, ids }) => [plan.dataset, { ...plan, entities: ids.length }]),
  );
  return {
    inputFormat: null,
    ...sharedParams(request),
    map: [],
    changes,
  };
}

async function startRun(
  deps: ScreeningDeps,
  request: RescreenRequest,
  params: RunParams,
  versions: Record<string, number>,
  ids: string[],
) {
  const startedAt = timestamp();
  const id = newRunId(new Date(startedAt), randomBytes(4).toString('hex'));
  const portfolio = await deps.repo.portfolioSize();
  const input = `portfolio (${portfolio} parties)`;
  const { actor } = request;
  const run = { id, kind: 'rescreen' as const, input, inputSha256: null, params, versions, actor };
  const payload = { run: id, params, versions, portfolio, entities: ids };
  const audit = { kind: 'rescreen.start', actor, at: startedAt, payload };
  await deps.repo.createRun({ ...run, startedAt, pid: process.pid }, audit);
  return (await deps.repo.run(id))!;
}

/** Returns null when no party has been screened yet: there is nothing to compare. */
export async function rescreen(
  deps: ScreeningDeps,
  request: RescreenRequest,
  hooks: LoopHooks = {},
): Promise<RescreenResult | null> {
  const started = performance.now();
  if ((await deps.repo.portfolioSize()) === 0) return null;
  const plans = await makePlans(deps, request);
  const params = paramsOf(request, plans);
  const ids = [...new Set(plans.flatMap((p) => p.ids))].sort();
  const designations = ids.length > 0 ? await currentDesignations(deps) : null;
  const matcher = await changedMatcher(deps, designations ? withMembers(ids, designations) : ids);
  const versions = Object.fromEntries(plans.map(({ plan }) => [plan.dataset, plan.to]));
  const run = await startRun(deps, request, params, versions, ids);
  const output = await openOutput(run, deps.repo);
  const options = runMatchOptions(params, null);
  if (designations) options.designations = designations;
  const book = new DecisionBook(await deps.repo.decisions());
  const exposureOf = await exposureLookup(deps.network);
  const { repo } = deps;
  const ctx = {
    runId: run.id,
    actor: run.actor,
    repo,
    matcher,
    options,
    book,
    output,
    cursor: 0,
    hooks,
    exposureOf,
  };
  try {
    if (matcher.size > 0) await screenPortfolio(ctx);
  } catch (error) {
    await deps.repo.finishRun(run.id, 'failed', timestamp(), null, (error as Error).message);
    throw error;
  } finally {
    output?.close();
  }
  const done = await finishRun(deps.repo, run.id, run.actor, 'rescreen.finish', deps.store);
  const seconds = (performance.now() - started) / 1000;
  return { run: done, plans: plans.map((p) => p.plan), entities: matcher.size, seconds };
}
