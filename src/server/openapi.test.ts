/**
 * The OpenAPI document cannot drift from what is served: it lists exactly the router's routes,
 * each parameter it documents carries the validator's own schema, and a value breaking any
 * documented bound, pattern, choice or count is refused with 400.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BadRequest } from './errors.js';
import { OPENAPI } from './openapi.js';
import { plain } from './openapi-params.js';
import { parseParams } from './params.js';
import { ROUTES } from './router.js';
import { ENDPOINTS, MATCH_BODY, validatorFor } from './schemas/index.js';

interface Parameter {
  name: string;
  in: string;
  schema: Record<string, unknown> & { minimum?: number; maximum?: number; maxItems?: number };
}

const operations = Object.entries(OPENAPI.paths).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({
    key: `${method.toUpperCase()} ${path}`,
    method: method.toUpperCase(),
    path,
    parameters: ((op as { parameters?: Parameter[] }).parameters ?? []) as Parameter[],
  })),
);

/** A concrete path for a documented template: each `{param}` becomes a plain segment. */
const concrete = (path: string) => path.replace(/\{[^}]+\}/g, 'x');

test('the document lists every route the router serves, and no other', () => {
  const served = new Set<number>();
  for (const op of operations) {
    const i = ROUTES.findIndex((r) => r.method === op.method && r.pattern.test(concrete(op.path)));
    assert.ok(i >= 0, `${op.key} is documented but not served`);
    served.add(i);
  }
  ROUTES.forEach((r, i) => {
    assert.ok(served.has(i), `${r.method} ${r.pattern} is served but not documented`);
  });
  assert.deepEqual(operations.map((op) => op.key).sort(), Object.keys(ENDPOINTS).sort());
});

test("each documented parameter carries the validator's schema", () => {
  for (const op of operations) {
    const { query, path } = ENDPOINTS[op.key]!;
    for (const p of op.parameters.filter((p) => p.name !== 'api_key')) {
      const source = (p.in === 'path' ? path : query)?.properties[p.name];
      assert.ok(source, `${op.key} documents ${p.name}, which its schema does not have`);
      const { description: _d, deprecated: _x, ...schema } = plain(source);
      assert.deepEqual(p.schema, schema, `${op.key} ${p.name}`);
    }
    const documented = op.parameters.filter((p) => p.in === 'query').map((p) => p.name);
    for (const name of Object.keys(query.properties)) {
      assert.ok(documented.includes(name), `${op.key}: ${name} is accepted but not documented`);
    }
  }
  const param = (key: string, name: string) =>
    operations.find((op) => op.key === key)!.parameters.find((p) => p.name === name)!.schema;
  assert.deepEqual(
    [
      param('POST /match/{dataset}', 'cutoff').minimum,
      param('POST /match/{dataset}', 'cutoff').maximum,
    ],
    [0, 1],
  );
  const limit = param('POST /match/{dataset}', 'limit');
  assert.deepEqual([limit.minimum, limit.maximum, limit.default], [1, 500, 5]);
  assert.equal(param('GET /search/{dataset}', 'offset').maximum, 9499);
  assert.equal(param('POST /screen/jobs', 'limit').maximum, 100);
});

/** Query strings that break one documented constraint of a parameter, by the constraint. */
function breaking(p: Parameter): [string, string][] {
  const s = p.schema as Record<string, unknown>;
  const one = (value: string) => `${p.name}=${encodeURIComponent(value)}`;
  const out: [string, string][] = [];
  if (typeof s.minimum === 'number') out.push(['minimum', one(String(s.minimum - 1))]);
  if (typeof s.maximum === 'number') out.push(['maximum', one(String(s.maximum + 0.5))]);
  if (s.type === 'integer') out.push(['integer', one('1.5')]);
  if (s.type === 'boolean') out.push(['boolean', one('yes')]);
  if (Array.isArray(s.enum)) out.push(['enum', one('none-of-these')]);
  if (typeof s.pattern === 'string') out.push(['pattern', one(' ')]);
  if (typeof s.maxItems === 'number') {
    const values = Array.from({ length: s.maxItems + 1 }, (_, i) => one(`v${i}`));
    out.push(['maxItems', values.join('&')]);
  }
  return out;
}

test('a value breaking any documented constraint is refused with 400', () => {
  let cases = 0;
  for (const op of operations) {
    const query = ENDPOINTS[op.key]!.query;
    const required = op.parameters.filter((p) => (p as { required?: boolean }).required);
    for (const p of op.parameters.filter((p) => p.in === 'query' && p.name !== 'api_key')) {
      // The operation's required parameters get a valid value, so that only this one is wrong.
      const others = required.filter((o) => o.in === 'query' && o.name !== p.name);
      const prefix = others.map((o) => `${o.name}=x&`).join('');
      for (const [constraint, fragment] of breaking(p)) {
        const params = new URLSearchParams(prefix + fragment);
        const what = `${op.key} ${p.name} ${constraint}`;
        assert.throws(() => parseParams(params, query), BadRequest, what);
        cases++;
      }
    }
  }
  assert.ok(cases >= 30, `${cases} cases`);
});

test('the document states the bounds the messages state', () => {
  const at = (query: string) => {
    try {
      parseParams(new URLSearchParams(query), ENDPOINTS['POST /match/{dataset}']!.query);
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  };
  assert.equal(at('cutoff=1.5'), 'cutoff must be between 0 and 1');
  assert.equal(at('limit=501'), 'limit must be between 1 and 500');
  assert.equal(
    at('changed_since=yesterday'),
    'changed_since is malformed; use e.g. 2024-01-31 or 2024-01-31T12:00:00',
  );
  const ids = Array.from({ length: 51 }, (_, i) => `exclude_entity_ids=e${i}`).join('&');
  assert.equal(at(ids), 'exclude_entity_ids takes at most 50 values');
});

test('a body breaking its documented schema is refused', () => {
  const body = (n: number) => ({
    queries: Object.fromEntries(
      Array.from({ length: n }, (_, i) => [
        `q${i}`,
        { schema: 'Person', properties: { name: 'A' } },
      ]),
    ),
  });
  const match = validatorFor(MATCH_BODY);
  const documented = JSON.parse(JSON.stringify(OPENAPI.paths['/match/{dataset}']));
  const { schema } = documented.post.requestBody.content['application/json'];
  const max: number = schema.properties.queries.maxProperties;
  assert.equal(match.Check(body(max)), true);
  assert.equal(match.Check(body(max + 1)), false);
  assert.equal(match.Check(body(0)), false);
  // Option names are checked against the algorithm by the route; their values are scalars.
  assert.equal(match.Check({ ...body(1), config: { nm_number_mismatch: 0.4 } }), true);
  assert.equal(match.Check({ ...body(1), config: { nm_number_mismatch: [0.4] } }), false);
  assert.equal(match.Check([body(1)]), false);
});
