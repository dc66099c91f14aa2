import assert from 'node:assert/strict';
import { test } from 'node:test';
import { radialLayout } from './layout.js';
import { emptyModel, mergeNeighbours } from './model.js';
import { toSvg } from './svg.js';

const exposure = (exposed: boolean | null, status: string, share: number | null) => {
  const e = { exposed, status, share };
  return { us: e, eu: e, uk: e };
};

const model = mergeNeighbours(emptyModel(''), {
  entity: 'acme',
  at: null,
  centre: {
    id: 'acme',
    name: 'Acme & Sons <Ltd>',
    schema: 'Company',
    entityId: null,
    listed: false,
    exposure: exposure(true, 'exposed', 0.5),
  },
  nodes: [
    {
      id: 'acme',
      name: 'Acme & Sons <Ltd>',
      schema: 'Company',
      entityId: null,
      listed: false,
      exposure: exposure(true, 'exposed', 0.5),
    },
    {
      id: 'ofac-1',
      name: 'Listed Holding',
      schema: 'Company',
      entityId: 'ofac-1',
      listed: true,
      exposure: exposure(null, 'listed', null),
    },
  ],
  edges: [
    {
      id: 'e1',
      type: 'ownership',
      source: 'ofac-1',
      target: 'acme',
      sourceCaption: 'Listed Holding',
      targetCaption: 'Acme',
      percentage: 50,
      percentageLow: null,
      percentageHigh: null,
      startDate: null,
      endDate: null,
      provenance: { kind: 'statement', dataset: 'x', statementId: 'x.csv:2' },
    },
  ],
  groups: [{ type: 'ownership', total: 31, shown: 1, more: 30 }],
});

test('the SVG holds every node with its status in words, each holding with its share', () => {
  const svg = toSvg(model, radialLayout(model), new Set(['e1']));
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svg, /data-node="acme"/);
  assert.match(svg, /Listed Holding \[listed\]/);
  assert.match(svg, /Acme &amp; Sons &lt;Ltd&gt; \[exposed\]/, 'names are escaped');
  assert.match(svg, /and 30 more \(ownership\)/);
  assert.match(svg, />50%</);
  assert.match(svg, /data-edge="e1"[^>]*stroke="#0b57d0"/, 'the path is highlighted');
  assert.match(svg, />Possibly exposed</, 'the legend');
  assert.equal((svg.match(/<circle /g) ?? []).length, 3 + 5, 'three nodes and five legend marks');
});
