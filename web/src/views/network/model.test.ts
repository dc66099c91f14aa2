import assert from 'node:assert/strict';
import { test } from 'node:test';
import { radialLayout, treeLayout } from './layout.js';
import {
  asOf,
  edgeLabel,
  emptyModel,
  exposureLines,
  mergeNeighbours,
  modelFromOwners,
  nodeLabel,
  statusOf,
} from './model.js';
import type { NeighboursJson, NetworkEdgeJson, NetworkNodeJson } from './types.js';

const clear = { exposed: false, status: 'not-exposed', share: 0 };
const node = (id: string, extra: Partial<NetworkNodeJson> = {}): NetworkNodeJson => ({
  id,
  name: id.toUpperCase(),
  schema: 'Company',
  entityId: null,
  listed: false,
  exposure: { us: clear, eu: clear, uk: clear },
  ...extra,
});
const edge = (id: string, source: string, target: string, percentage: number | null, extra = {}) =>
  ({
    id,
    type: 'ownership',
    source,
    target,
    sourceCaption: source,
    targetCaption: target,
    percentage,
    percentageLow: null,
    percentageHigh: null,
    startDate: null,
    endDate: null,
    provenance: { kind: 'statement', dataset: 'owners', statementId: `owners.csv:${id}` },
    ...extra,
  }) as NetworkEdgeJson;

const listed = { exposed: null, status: 'listed', share: null };
const half = { exposed: true, status: 'exposed', share: 0.5 };
const answer = (centre: string, more: number): NeighboursJson => ({
  entity: centre,
  at: null,
  centre: node(centre, { exposure: { us: half, eu: half, uk: clear } }),
  nodes: [
    node(centre, { exposure: { us: half, eu: half, uk: clear } }),
    node('ofac-1', { listed: true, exposure: { us: listed, eu: listed, uk: listed } }),
  ],
  edges: [edge('e1', 'ofac-1', centre, 50)],
  groups: [{ type: 'ownership', total: 1 + more, shown: 1, more }],
});

test('a capped neighbourhood becomes its parties plus one "and N more" node per type', () => {
  const model = mergeNeighbours(emptyModel(''), answer('acme', 240));
  assert.equal(model.centre, 'acme');
  assert.deepEqual([...model.nodes.keys()], ['acme', 'ofac-1', 'more:acme:ownership']);
  const more = model.nodes.get('more:acme:ownership')!;
  assert.equal(more.name, 'and 240 more (ownership)');
  assert.equal(statusOf(more), 'more');
  assert.equal(model.edges.get('more:acme:ownership:edge')?.summary, true);
  // Expanding the same node again with everything shown removes the summary.
  const full = mergeNeighbours(model, answer('acme', 0));
  assert.equal(full.nodes.has('more:acme:ownership'), false);
  assert.equal(full.edges.size, 1);
});

test('expanding a neighbour adds its parties and keeps the centre', () => {
  const first = mergeNeighbours(emptyModel(''), answer('acme', 0));
  const next = mergeNeighbours(first, {
    ...answer('ofac-1', 0),
    centre: node('ofac-1', { listed: true }),
    nodes: [node('ofac-1', { listed: true }), node('beta')],
    edges: [edge('e2', 'ofac-1', 'beta', 45)],
  });
  assert.equal(next.centre, 'acme');
  assert.deepEqual([...next.nodes.keys()].sort(), ['acme', 'beta', 'ofac-1']);
  assert.equal(next.edges.size, 2);
});

test('status and words: listed, exposed with the share per jurisdiction', () => {
  const model = mergeNeighbours(emptyModel(''), answer('acme', 0));
  const acme = model.nodes.get('acme')!;
  assert.equal(statusOf(acme), 'exposed');
  assert.deepEqual(exposureLines(acme), [
    'US exposed (share 50%)',
    'EU exposed (share 50%)',
    'UK not exposed (share 0%)',
  ]);
  assert.equal(nodeLabel(model.nodes.get('ofac-1')!), 'OFAC-1 [listed]');
  assert.equal(
    statusOf(
      node('x', {
        exposure: { us: { exposed: null, status: 'unknown', share: null }, eu: clear, uk: clear },
      }),
    ),
    'possibly',
  );
  assert.equal(
    edgeLabel(edge('r', 'a', 'b', null, { percentageLow: 25, percentageHigh: 50 })),
    '25-50%',
  );
  assert.equal(edgeLabel(edge('u', 'a', 'b', null)), 'share unknown');
});

test('as of a date: edges not holding then go, and the parties only they reached', () => {
  const base = mergeNeighbours(emptyModel(''), {
    ...answer('acme', 0),
    nodes: [node('acme'), node('old'), node('new')],
    edges: [
      edge('e-old', 'old', 'acme', 60, { endDate: '2020-01-01' }),
      edge('e-new', 'new', 'acme', 40, { startDate: '2022' }),
    ],
  });
  assert.deepEqual([...asOf(base, '2019-05-01').nodes.keys()].sort(), ['acme', 'old']);
  assert.deepEqual([...asOf(base, '2022-06-01').nodes.keys()].sort(), ['acme', 'new']);
  assert.equal(asOf(base, null), base);
});

test('the owners tree: owners above, a cycle marked, layouts deterministic', () => {
  const tree = modelFromOwners({
    node: node('c'),
    more: 0,
    owners: [
      {
        edge: edge('e1', 'b', 'c', 60),
        cycle: false,
        owner: {
          node: node('b'),
          more: 2,
          owners: [
            {
              edge: edge('e2', 'c', 'b', 10),
              cycle: true,
              owner: { node: node('c'), owners: [], more: 0 },
            },
          ],
        },
      },
    ],
  });
  assert.equal(tree.edges.get('e2')?.cycle, true);
  assert.equal(tree.nodes.get('more:b:ownership')?.name, 'and 2 more owners');
  const up = treeLayout(tree);
  assert.equal(up.get('c')?.y, 0);
  assert.equal(up.get('b')?.y, 1, 'the owner is a level above');
  assert.equal(up.get('more:b:ownership')?.y, 2);
  assert.deepEqual(radialLayout(tree), radialLayout(tree));
  assert.deepEqual(radialLayout(tree).get('c'), { x: 0, y: 0 });
});
