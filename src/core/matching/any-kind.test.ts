/**
 * A query of any kind (Thing): every kind of party is a candidate, and each is scored against the
 * query read as its own kind. yente's algorithm names map to the nearest algorithm.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultTools } from './tools.js';
import { algorithmFor, Matcher, scorePair } from './matcher.js';
import { MatchInputError } from './query.js';
import { matchOptionsWith } from './options.js';
import { tuneAlgorithm } from './yente-algorithms.js';

const tools = defaultTools();

function entry(id: string, schema: string, properties: Record<string, string[]>) {
  return {
    entity: { id, schema, caption: properties.name![0]!, properties, datasets: ['t'] },
    prepared: Matcher.prepare(schema, properties, tools),
    topics: new Set<string>(),
  };
}

const matcher = new Matcher(
  [
    entry('putin', 'Person', {
      name: ['PUTIN, Vladimir Vladimirovich'],
      birthDate: ['1952-10-07'],
    }),
    entry('kupol', 'Company', { name: ['JSC Izhevsk Electromechanical Plant Kupol'] }),
    entry('darya', 'Vessel', { name: ['ADRIAN DARYA 1'], imoNumber: ['IMO9116412'] }),
  ],
  tools,
);

const options = matchOptionsWith({ limit: 3 });

function top(schema: string, properties: Record<string, string[]>) {
  const [first] = matcher.match({ schema, properties }, options).results;
  return first && { id: first.entity.id, score: first.score, match: first.match };
}

test('a Thing query finds persons, companies and vessels', () => {
  assert.equal(top('Thing', { name: ['Izhevsk Electromechanical Plant Kupol'] })?.id, 'kupol');
  assert.equal(top('Thing', { name: ['Adrian Darya 1'] })?.id, 'darya');
  assert.equal(top('Thing', { name: ['Vladimir Putin'] })?.id, 'putin');
  // A Person query still leaves the others out.
  assert.notEqual(top('Person', { name: ['Izhevsk Electromechanical Plant Kupol'] })?.id, 'kupol');
});

test('a person candidate meets the query read as a person: same score, birth date counts', () => {
  for (const name of ['Vladimir Putin', 'Путин Владимир Владимирович', '弗拉基米尔·普京']) {
    assert.deepEqual(top('Thing', { name: [name] }), top('Person', { name: [name] }), name);
    const far = top('Thing', { name: [name], birthDate: ['1977-10-07'] });
    assert.ok(far!.score < top('Thing', { name: [name] })!.score, name);
  }
  const pair = (schema: string) =>
    scorePair(
      { schema, properties: { name: ['Putin Vladimir'] } },
      { schema: 'Person', properties: { name: ['PUTIN, Vladimir Vladimirovich'] } },
      'best',
      tools,
    ).score;
  assert.equal(pair('Thing'), pair('Person'));
});

test("a Thing query takes any screened schema's properties, and refuses others", () => {
  assert.equal(top('Thing', { name: ['Darya'], imoNumber: ['IMO9116412'] })?.id, 'darya');
  assert.throws(
    () => top('Thing', { name: ['x'], colour: ['blue'] }),
    /no screened schema has property "colour"/,
  );
  assert.throws(() => top('Asset', { name: ['x'] }), /schema Asset cannot be matched/);
});

test("yente's algorithm names map to the nearest; their weights and options are told apart", () => {
  const nearest = (name: string) => algorithmFor(name).choice.name;
  assert.equal(nearest('logic-v2'), 'dossier-v1');
  assert.equal(nearest(' Regression-V1 '), 'dossier-v1');
  assert.equal(nearest('ofac-249'), 'ofac');
  assert.equal(nearest('best'), 'dossier-v1');
  assert.throws(() => nearest('logic-v3'), MatchInputError);
  const { choice, info } = algorithmFor('logic-v2');
  const tuned = tuneAlgorithm(choice, info, { name_match: 0.9, lei_code_match: 0.5 }, [
    'nm_number_mismatch',
  ]);
  assert.deepEqual(tuned.weights, { name_match: 0.9 });
  assert.deepEqual(Object.keys(tuned.ignored), [
    'weights.lei_code_match',
    'config.nm_number_mismatch',
  ]);
  // A feature no algorithm has, or an option logic-v1 does not take, is a mistake.
  assert.throws(() => tuneAlgorithm(choice, info, { name_matsch: 1 }), /no feature "name_matsch"/);
  const v1 = algorithmFor('logic-v1');
  assert.throws(
    () => tuneAlgorithm(v1.choice, v1.info, {}, ['nm_number_mismatch']),
    MatchInputError,
  );
});
