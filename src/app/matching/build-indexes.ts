/**
 * Building the indexes of the matching service from the store's entities: the matcher over the
 * screened parties, the references among all entities, and the designations (entries of several
 * lists that are one party). Sliced, so that a server answers requests while it runs.
 */
import { DesignationsBuilder, type SplitPair } from '../../core/designations/index.js';
import {
  Matcher,
  MatcherBuilder,
  type MatcherTools,
  SCREENED_SCHEMATA,
} from '../../core/matching/index.js';
import type { FtmEntity } from '../../core/model/index.js';
import type { Store } from '../../store/index.js';
import { ReferenceIndex } from '../references.js';
import { slicer } from './slices.js';

const SCREENED = new Set(SCREENED_SCHEMATA);
/** How long the build runs before it lets the event loop take a turn. */
export const SLICE_MS = 20;

/**
 * The matcher over the store's screened entities, and the references among all its entities
 * (sanctions, identifications and links are not screened, but they point at parties that are).
 */
export async function buildIndexes(
  store: Pick<Store, 'allEntities'>,
  tools: MatcherTools,
  { sliceMs = SLICE_MS, splits = [] as Iterable<SplitPair> } = {},
) {
  const builder = new MatcherBuilder(tools);
  const references = new ReferenceIndex();
  const designations = new DesignationsBuilder();
  // The build takes seconds: the server answers requests between slices of it (issue 14).
  const slices = slicer(sliceMs);
  // Designations are keyed in a second pass: interleaving their keys with the prepared names
  // scattered the names over the heap, and scoring, which walks a candidate's names, was 5 to 8%
  // slower for it (measured A/B in one process).
  const all: { entity: FtmEntity; screened: boolean }[] = [];
  for await (const entity of store.allEntities()) {
    await slices.maybeYield();
    references.add(entity);
    const screened = SCREENED.has(entity.schema);
    all.push({ entity, screened });
    if (!screened) continue;
    builder.add({
      entity,
      prepared: Matcher.prepare(entity.schema, entity.properties, tools),
      topics: new Set(entity.properties.topics ?? []),
    });
  }
  for (const { entity, screened } of all) {
    await slices.maybeYield();
    designations.add(entity, screened);
  }
  const clustered = designations.finish(splits);
  const finishing = builder.finishing();
  for (let step = finishing.next(); ; step = finishing.next()) {
    if (step.done) {
      return { matcher: step.value, references, designations: clustered, slices: slices.slices };
    }
    await slices.maybeYield();
  }
}
