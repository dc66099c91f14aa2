import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { algorithmInfos } from '../core/matching/index.js';
import type { Store } from '../store/index.js';
import { loadStore, person, post, startTestServer, type TestServer } from './server-fixture.js';

// The UN list and OFAC's SDN both list RI WON HO (UN KPi.033, OFAC 19609): the dataset filters
// can be checked on one name. They share passport 381310014, so with both lists in scope they are
// one result (docs/designations.md), represented by ofac-19609 (the tie goes to the lower ID).
const RI = 'RI WON HO';
const RI_IDS = ['ofac-19609', 'unsc-6908555'];
let store: Store;
let server: TestServer;

before(async () => {
  ({ store } = await loadStore('un', 'ofac'));
  server = await startTestServer(store);
});
after(async () => {
  await server.close();
  await store.close();
});

const ids = (response: { body: { responses: { q: { results: { id: string }[] } } } }) =>
  response.body.responses.q.results.map((r) => r.id);

test('a listed name finds its entry, in yente shapes', async () => {
  const res = await post(`${server.url}/match/default`, {
    queries: { q: { id: 'my-ref', schema: 'Person', properties: { name: RI } } },
  });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('x-batch-size'), '1');
  // yente's keys, then which algorithm ran (yente's clients pass over the extra key).
  assert.deepEqual(Object.keys(res.body), ['responses', 'limit', 'algorithm']);
  // The version is the algorithm's own: it changes when its scoring does.
  const { version } = algorithmInfos().find((a) => a.name === 'dossier-v1')!;
  assert.deepEqual(res.body.algorithm, { name: 'dossier-v1', version, requested: 'best' });
  assert.equal(res.body.limit, 5);
  const q = res.body.responses.q;
  // yente's fields, then Dossier's own: the list versions screened against.
  assert.deepEqual(Object.keys(q), ['status', 'results', 'total', 'query', 'lists']);
  assert.equal(q.status, 200);
  assert.deepEqual(q.query, { id: 'my-ref', schema: 'Person', properties: { name: [RI] } });
  assert.deepEqual(q.total, { value: 1, relation: 'eq' });
  const un = q.results.find((r: { id: string }) => r.id === 'ofac-19609');
  assert.deepEqual(Object.keys(un), [
    ...['id', 'caption', 'schema', 'properties', 'datasets', 'referents', 'target'],
    ...['first_seen', 'last_seen', 'last_change', 'score', 'match', 'explanations'],
    'designation',
  ]);
  assert.ok(un.properties.name.includes(RI));
  assert.deepEqual([...un.datasets].sort(), ['ofac', 'un']);
  assert.deepEqual(un.referents, ['unsc-6908555']);
  assert.equal(un.target, true);
  assert.equal(un.score, 1);
  assert.equal(un.match, true);
  assert.ok(un.properties.passportNumber.includes('381310014'));
  for (const key of ['detail', 'score', 'query', 'candidate']) {
    assert.ok(key in un.explanations.name_match, key);
  }
});

test("weights replace the algorithm's feature weights for one request", async () => {
  const example = { schema: 'Person', properties: { name: [RI] } };
  const plain = await post(`${server.url}/match/default`, { queries: { q: example } });
  const halved = await post(`${server.url}/match/default`, {
    queries: { q: example },
    weights: { name_match: 0.5 },
  });
  const un = (res: typeof plain) =>
    res.body.responses.q.results.find((r: { id: string }) => RI_IDS.includes(r.id));
  assert.equal(un(plain).score, 1);
  assert.equal(un(halved).score, 0.5);
  assert.equal(un(halved).match, false);
  assert.equal(un(halved).explanations.name_match.weight, 0.5);
  const unknown = await post(`${server.url}/match/default`, {
    queries: { q: example },
    weights: { name_jaro_winkler: 0.5 },
  });
  assert.equal(unknown.status, 400);
  assert.match(unknown.body.detail, /dossier-v1 has no feature "name_jaro_winkler"; known: /);
});

test('a query without an ID gets a stable one derived from its content', async () => {
  const a = await post(`${server.url}/match/default`, person(RI));
  const b = await post(`${server.url}/match/default`, person(RI));
  assert.match(a.body.responses.q.query.id, /^[0-9a-f]{40}$/);
  assert.equal(a.body.responses.q.query.id, b.body.responses.q.query.id);
});

test('Putin is found on the OFAC list, with and without his birth date', async () => {
  for (const query of [
    person('Vladimir Putin'),
    person('PUTIN, Vladimir Vladimirovich', { birthDate: ['1952-10-07'] }),
    person('Wladimir Putin', { nationality: ['Russia'] }),
  ]) {
    const res = await post(`${server.url}/match/default`, query);
    assert.equal(res.status, 200);
    const [top] = res.body.responses.q.results;
    assert.equal(top.id, 'ofac-35096', JSON.stringify(query));
    assert.equal(top.match, true);
  }
  // A birth date 28 years off lowers the score below the threshold and says so.
  const res = await post(
    `${server.url}/match/default`,
    person('Vladimir Putin', { birthDate: ['1980-01-01'] }),
  );
  const [top] = res.body.responses.q.results;
  assert.equal(top.id, 'ofac-35096');
  assert.ok('dob_years_apart' in top.explanations);
});

test('the path dataset, include_dataset and exclude_dataset scope the results', async () => {
  const cases: [string, string[]][] = [
    ['/match/un', ['unsc-6908555']],
    ['/match/ofac', ['ofac-19609']],
    ['/match/default?include_dataset=un', ['unsc-6908555']],
    ['/match/default?exclude_dataset=un', ['ofac-19609']],
    // Both lists in scope: one designation, one result.
    ['/match/default?include_dataset=un&include_dataset=ofac', ['ofac-19609']],
    ['/match/ofac?include_dataset=un', []],
    ['/match/default?include_dataset=un&exclude_dataset=un', []],
  ];
  for (const [path, expected] of cases) {
    const res = await post(`${server.url}${path}`, person(RI));
    assert.equal(res.status, 200, path);
    const matched = res.body.responses.q.results.filter((r: { match: boolean }) => r.match);
    assert.deepEqual(matched.map((r: { id: string }) => r.id).sort(), expected, path);
    assert.equal(res.body.responses.q.total.value, expected.length, path);
  }
});

test('exclude_schema, exclude_entity_ids, topics and changed_since filter', async () => {
  const org = { queries: { q: { schema: 'LegalEntity', properties: { name: [RI] } } } };
  const all = await post(`${server.url}/match/default`, org);
  assert.ok(ids(all).includes('ofac-19609'));
  const noPeople = await post(`${server.url}/match/default?exclude_schema=Person`, org);
  assert.ok(
    noPeople.body.responses.q.results.every((r: { schema: string }) => r.schema !== 'Person'),
  );

  const excluded = await post(
    `${server.url}/match/default?exclude_entity_ids=unsc-6908555&exclude_entity_ids=x`,
    person(RI),
  );
  assert.ok(!ids(excluded).includes('unsc-6908555'));
  assert.ok(ids(excluded).includes('ofac-19609'));
  // An excluded entry is not merged into the result either.
  assert.ok(
    excluded.body.responses.q.results.every(
      (r: { referents: string[] }) => !r.referents.includes('unsc-6908555'),
    ),
  );

  const sanction = await post(
    `${server.url}/match/default?topics=role.pep&topics=sanction`,
    person(RI),
  );
  assert.equal(sanction.body.responses.q.total.value, 1);
  const pep = await post(`${server.url}/match/default?topics=role.pep`, person(RI));
  assert.deepEqual(ids(pep), []);

  const since = await post(`${server.url}/match/default?changed_since=2000-01-01T00`, person(RI));
  assert.equal(since.body.responses.q.total.value, 1);
  const future = await post(`${server.url}/match/default?changed_since=2999-12-31`, person(RI));
  assert.deepEqual(ids(future), []);
});

test('a batch answers every key; limit, threshold and algorithm apply to all', async () => {
  const res = await post(`${server.url}/match/default?limit=1&threshold=0.95&algorithm=ofac`, {
    queries: {
      a: { schema: 'Person', properties: { name: ['Vladimir Putin'] } },
      b: { schema: 'Person', properties: { name: RI } },
      c: { schema: 'Company', properties: { name: ['Nothing Like Any Listed Party Ltd'] } },
    },
  });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('x-batch-size'), '3');
  assert.deepEqual(Object.keys(res.body.responses), ['a', 'b', 'c']);
  assert.equal(res.body.limit, 1);
  assert.equal(res.body.responses.a.results.length, 1);
  // OFAC's Jaro-Winkler is generous with short Korean names: more than the one designation passes.
  assert.ok(res.body.responses.b.total.value >= 2);
  assert.match(res.body.responses.b.results[0].id, /^(ofac-19609|unsc-6908555)$/);
  assert.equal(res.body.responses.c.total.value, 0);
  for (const r of Object.values(res.body.responses) as {
    results: { score: number; match: boolean }[];
  }[]) {
    for (const x of r.results) assert.equal(x.match, x.score >= 0.95);
  }
});
