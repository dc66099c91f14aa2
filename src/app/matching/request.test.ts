import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultTools, MatchInputError, Matcher } from '../../core/matching/index.js';
import type { FtmEntity } from '../../core/model/index.js';
import { type MatchIndex, matchOptions, prepareMatch } from './request.js';
import { UnknownDataset } from './scope.js';
import type { Catalog } from './service.js';

const tools = defaultTools();

function person(id: string, name: string, dataset: string): FtmEntity {
  return { id, schema: 'Person', caption: name, properties: { name: [name] }, datasets: [dataset] };
}

const ENTITIES = [
  person('un-1', 'Ri Won Ho', 'un'),
  person('ofac-1', 'Ri Won Ho', 'ofac'),
  person('ofac-2', 'Kim Jong Ho', 'ofac'),
];

function index(): MatchIndex {
  const entries = ENTITIES.map((entity) => ({
    entity,
    prepared: Matcher.prepare(entity.schema, entity.properties, tools),
    topics: new Set<string>(),
  }));
  const datasets = ['ofac', 'un'].map((dataset) => ({ dataset, version: 1 }));
  const catalog = { datasets, indexed: { ofac: 1, un: 1 }, builtAt: '', entities: 3 };
  return { matcher: new Matcher(entries, tools), catalog: catalog as unknown as Catalog };
}

const BASE = { dataset: 'default', limit: 5, threshold: 0.7, algorithm: 'best' };
const RI = { schema: 'Person', properties: { name: ['Ri Won Ho'] } };

test('a request becomes the matcher options, with its filters checked', () => {
  const { catalog } = index();
  const options = matchOptions(catalog, { ...BASE, excludeDatasets: ['un'], topics: ['sanction'] });
  assert.deepEqual([...options.datasets!], ['ofac']);
  assert.deepEqual([...options.topics], ['sanction']);
  assert.equal(options.changedSince, null);
  assert.equal(matchOptions(catalog, BASE).datasets, null);
  assert.throws(() => matchOptions(catalog, { ...BASE, dataset: 'eu' }), UnknownDataset);
  assert.throws(
    () => matchOptions(catalog, { ...BASE, excludeSchemata: ['Persn'] }),
    (error: unknown) =>
      error instanceof MatchInputError && /unknown schema "Persn"/.test(error.message),
  );
});

test('a prepared request runs any number of examples, each limit and cutoff applied', () => {
  const all = prepareMatch(index(), { ...BASE, threshold: 0 }).run(RI);
  assert.ok(all.results.some((r) => r.entity.id === 'ofac-2'));
  assert.equal(prepareMatch(index(), BASE).run(RI, 1).results.length, 1);
  // The cutoff drops results at or below it, but never above the threshold.
  const cut = prepareMatch(index(), { ...BASE, threshold: 0.99, cutoff: 1 }).run(RI);
  assert.deepEqual(cut.results.map((r) => r.entity.id).sort(), ['ofac-1', 'un-1']);
  const un = prepareMatch(index(), { ...BASE, dataset: 'un' }).run(RI);
  assert.deepEqual(
    un.results.map((r) => r.entity.id),
    ['un-1'],
  );
});
