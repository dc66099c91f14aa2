/**
 * What every graph store backend must do, as a suite that takes a factory giving a fresh, empty
 * store. SQLite runs it today; a PostgreSQL backend will run the same suite.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InvalidGraphData } from './errors.js';
import type { EdgeInput, GraphStore, NodeInput, Provenance } from './types.js';

const company = (id: string, caption = id.toUpperCase()): NodeInput => ({
  id,
  schema: 'Company',
  caption,
});

const ofac = (statementId: string): Provenance => ({
  kind: 'statement',
  dataset: 'us_ofac_sdn',
  statementId,
});

const owns = (id: string, source: string, target: string, percentage: number): EdgeInput => ({
  id,
  type: 'ownership',
  source,
  target,
  percentage,
  provenance: ofac(`st-${id}`),
});

export function graphStoreConformance(name: string, open: () => Promise<GraphStore>) {
  test(`${name} graph: nodes and edges come back with every field and their source`, async () => {
    const graph = await open();
    const kupol = { ...company('kupol', 'Kupol'), dataset: 'us_ofac_sdn', entityId: 'ofac-46431' };
    await graph.upsert({
      nodes: [kupol, company('almaz'), { id: 'p1', schema: 'Person', caption: 'Ivanov' }],
      edges: [
        {
          id: 'e1',
          type: 'ownership',
          source: 'almaz',
          target: 'kupol',
          percentageLow: 25,
          percentageHigh: 50,
          startDate: '2019',
          endDate: null,
          provenance: ofac('st-1'),
          properties: { ownershipType: ['shares'] },
        },
        {
          id: 'e2',
          type: 'payment',
          source: 'kupol',
          target: 'almaz',
          amount: 1_200_000.5,
          currency: 'CNY',
          startDate: '2024-03-14',
          provenance: {
            kind: 'mention',
            caseName: 'garpiya',
            documentId: 'abc',
            mentionId: 'p1:4-9:money',
          },
        },
      ],
    });
    assert.deepEqual(await graph.getNode('kupol'), {
      id: 'kupol',
      schema: 'Company',
      caption: 'Kupol',
      dataset: 'us_ofac_sdn',
      entityId: 'ofac-46431',
    });
    assert.deepEqual((await graph.getNode('p1'))?.dataset, null);
    assert.deepEqual(await graph.getEdge('e1'), {
      id: 'e1',
      type: 'ownership',
      source: 'almaz',
      target: 'kupol',
      percentage: null,
      percentageLow: 25,
      percentageHigh: 50,
      startDate: '2019',
      endDate: null,
      amount: null,
      currency: null,
      provenance: ofac('st-1'),
      properties: { ownershipType: ['shares'] },
    });
    const payment = await graph.getEdge('e2');
    assert.equal(payment?.amount, 1_200_000.5);
    assert.equal(payment?.currency, 'CNY');
    assert.deepEqual(payment?.provenance, {
      kind: 'mention',
      caseName: 'garpiya',
      documentId: 'abc',
      mentionId: 'p1:4-9:money',
    });
    assert.deepEqual(payment?.properties, {});
    assert.equal(await graph.getNode('missing'), null);
    assert.equal(await graph.getEdge('missing'), null);
    assert.deepEqual(await graph.counts(), {
      nodes: 3,
      edges: 2,
      byType: { ownership: 1, payment: 1 },
    });
    await graph.close();
  });

  test(`${name} graph: an upsert replaces by id; edges may use nodes stored earlier`, async () => {
    const graph = await open();
    await graph.upsert({ nodes: [company('a'), company('b')], edges: [owns('ab', 'a', 'b', 30)] });
    await graph.upsert({ nodes: [company('a', 'Renamed')] });
    await graph.upsert({ edges: [owns('ab', 'a', 'b', 45), owns('ba', 'b', 'a', 10)] });
    assert.equal((await graph.getNode('a'))?.caption, 'Renamed');
    assert.equal((await graph.getEdge('ab'))?.percentage, 45);
    assert.deepEqual(await graph.counts(), { nodes: 2, edges: 2, byType: { ownership: 2 } });
    // Two sources for the same holding are two edges, side by side.
    await graph.upsert({
      edges: [{ ...owns('ab-doc', 'a', 'b', 51), provenance: ofac('st-other') }],
    });
    const { neighbours } = await graph.neighbours('a', { direction: 'out' });
    assert.deepEqual(
      neighbours.map((n) => [n.edge.id, n.edge.percentage]),
      [
        ['ab', 45],
        ['ab-doc', 51],
      ],
    );
    await graph.close();
  });

  test(`${name} graph: a bad batch writes nothing at all`, async () => {
    const graph = await open();
    await graph.upsert({ nodes: [company('kept')] });
    const nodes = [company('new1'), company('new2')];
    const bad: EdgeInput[] = [
      owns('to-nowhere', 'new1', 'ghost', 50),
      owns('over', 'new1', 'new2', 120),
      { ...owns('backwards', 'new1', 'new2', 10), percentageLow: 60, percentageHigh: 40 },
      { ...owns('nosource', 'new1', 'new2', 10), provenance: undefined as unknown as Provenance },
      {
        ...owns('half', 'new1', 'new2', 10),
        provenance: { kind: 'statement', dataset: 'x', statementId: '' },
      },
      { ...owns('odd', 'new1', 'new2', 10), type: 'friendship' as 'family' },
    ];
    for (const edge of bad) {
      await assert.rejects(
        graph.upsert({ nodes, edges: [owns('fine', 'new1', 'new2', 10), edge] }),
        InvalidGraphData,
        edge.id,
      );
    }
    await assert.rejects(graph.upsert({ nodes: [{ id: '', schema: 'X', caption: '' }] }));
    assert.equal(await graph.getNode('new1'), null);
    assert.equal(await graph.getEdge('fine'), null);
    assert.deepEqual(await graph.counts(), { nodes: 1, edges: 0, byType: {} });
    await graph.close();
  });

  test(`${name} graph: neighbours by direction and type, capped, with the total`, async () => {
    const graph = await open();
    const owners = Array.from({ length: 30 }, (_, i) => company(`o${String(i).padStart(2, '0')}`));
    await graph.upsert({
      nodes: [
        company('hub'),
        company('sub'),
        { id: 'dir', schema: 'Person', caption: 'D' },
        ...owners,
      ],
      edges: [
        ...owners.map((o, i) => owns(`own-${o.id}`, o.id, 'hub', i + 1)),
        owns('hub-sub', 'hub', 'sub', 100),
        { id: 'd1', type: 'directorship', source: 'dir', target: 'hub', provenance: ofac('d1') },
      ],
    });
    const capped = await graph.neighbours('hub', {
      direction: 'in',
      types: ['ownership'],
      limit: 5,
    });
    assert.equal(capped.total, 30);
    assert.deepEqual(
      capped.neighbours.map((n) => [n.node.id, n.direction]),
      ['o00', 'o01', 'o02', 'o03', 'o04'].map((id) => [id, 'in']),
    );
    const all = await graph.neighbours('hub', { limit: 100 });
    assert.equal(all.total, 32);
    assert.deepEqual(all.neighbours[0]?.edge.type, 'directorship');
    assert.deepEqual(all.neighbours.at(-1)?.node.id, 'sub');
    assert.equal(all.neighbours.at(-1)?.direction, 'out');
    const out = await graph.neighbours('hub', { direction: 'out' });
    assert.deepEqual(
      out.neighbours.map((n) => n.node.id),
      ['sub'],
    );
    assert.equal((await graph.neighbours('hub')).neighbours.length, 20, 'the default cap is 20');
    const none = await graph.neighbours('hub', { types: ['family', 'payment'] });
    assert.deepEqual(none, { neighbours: [], total: 0 });
    const counted = await graph.neighbours('hub', { limit: 0 });
    assert.deepEqual([counted.neighbours.length, counted.total], [0, 32]);
    assert.deepEqual(await graph.neighbours('nobody'), { neighbours: [], total: 0 });
    await assert.rejects(graph.neighbours('hub', { limit: -1 }), InvalidGraphData);
    await graph.close();
  });

  test(`${name} graph: edges of a type page through in id order`, async () => {
    const graph = await open();
    const nodes = Array.from({ length: 12 }, (_, i) => company(`n${i}`));
    const edges = nodes
      .slice(1)
      .map((n, i) => owns(`e${String(10 - i).padStart(2, '0')}`, 'n0', n.id, 5));
    await graph.upsert({
      nodes,
      edges: [
        ...edges,
        { id: 'f', type: 'family', source: 'n1', target: 'n2', provenance: ofac('f') },
      ],
    });
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await graph.edgesByType('ownership', { limit: 4, ...(after ? { after } : {}) });
      seen.push(...page.edges.map((e) => e.id));
      pages++;
      if (!page.next) break;
      after = page.next;
    }
    assert.equal(pages, 3);
    assert.deepEqual(seen, [...edges.map((e) => e.id)].sort());
    assert.deepEqual(
      (await graph.edgesByType('family')).edges.map((e) => e.id),
      ['f'],
    );
    assert.deepEqual(await graph.edgesByType('shipment'), { edges: [], next: null });
    await graph.close();
  });

  test(`${name} graph: every node and edge streams in id order, across batches`, async () => {
    const graph = await open();
    const ids = Array.from({ length: 4500 }, (_, i) => `node-${(i * 7919) % 4500}`);
    const nodes = ids.map((id) => company(id));
    const edges = ids.slice(1).map((id, i) => owns(`edge-${id}`, ids[i]!, id, 50));
    await graph.upsert({ nodes, edges });
    const streamed: string[] = [];
    for await (const node of graph.streamNodes()) {
      streamed.push(node.id);
      // Other reads work while a stream is open.
      if (streamed.length === 2001) assert.ok(await graph.getNode(node.id));
    }
    assert.deepEqual(streamed, [...ids].sort());
    const edgeIds: string[] = [];
    for await (const edge of graph.streamEdges()) edgeIds.push(edge.id);
    assert.deepEqual(edgeIds, edges.map((e) => e.id).sort());
    await graph.close();
  });

  test(`${name} graph: the edges of one source are removed, the rest kept`, async () => {
    const graph = await open();
    const fromDoc = (id: string, documentId: string): EdgeInput => ({
      ...owns(id, 'a', 'b', 10),
      provenance: { kind: 'mention', caseName: 'c', documentId, mentionId: 'p1:0-4:org' },
    });
    await graph.upsert({
      nodes: [company('a'), company('b')],
      edges: [
        owns('l1', 'a', 'b', 10),
        fromDoc('d1', 'doc1'),
        fromDoc('d2', 'doc2'),
        fromDoc('d3', 'doc1'),
      ],
    });
    assert.equal(await graph.removeEdgesFrom({ caseName: 'c', documentId: 'doc1' }), 2);
    assert.equal(await graph.removeEdgesFrom({ dataset: 'other' }), 0);
    assert.deepEqual(
      (await graph.edgesByType('ownership')).edges.map((e) => e.id),
      ['d2', 'l1'],
    );
    assert.equal(await graph.removeEdgesFrom({ caseName: 'c' }), 1);
    assert.equal(await graph.removeEdgesFrom({ dataset: 'us_ofac_sdn' }), 1);
    assert.deepEqual(await graph.counts(), { nodes: 2, edges: 0, byType: {} });
    await graph.close();
  });

  test(`${name} graph: a dataset's edges are replaced at once, or not at all`, async () => {
    const graph = await open();
    const other = (id: string): EdgeInput => ({
      ...owns(id, 'b', 'a', 5),
      provenance: { kind: 'statement', dataset: 'other', statementId: id },
    });
    await graph.upsert({
      nodes: [company('a'), company('b')],
      edges: [owns('old1', 'a', 'b', 10), owns('old2', 'b', 'a', 20), other('x1')],
    });
    const removed = await graph.replaceEdgesFrom(
      { dataset: 'us_ofac_sdn' },
      { nodes: [company('c')], edges: [owns('new1', 'a', 'c', 60)] },
    );
    assert.equal(removed, 2);
    const ids = async () => (await graph.edgesByType('ownership')).edges.map((e) => e.id);
    assert.deepEqual(await ids(), ['new1', 'x1']);
    // An edge to an unknown node fails inside the transaction: the removal is undone too.
    await assert.rejects(
      graph.replaceEdgesFrom({ dataset: 'us_ofac_sdn' }, { edges: [owns('bad', 'a', 'zz', 1)] }),
      InvalidGraphData,
    );
    // A value refused before the transaction leaves everything as it was as well.
    await assert.rejects(
      graph.replaceEdgesFrom({ dataset: 'us_ofac_sdn' }, { edges: [owns('bad', 'a', 'c', 101)] }),
      InvalidGraphData,
    );
    assert.deepEqual(await ids(), ['new1', 'x1']);
    assert.equal((await graph.getNode('c'))?.caption, 'C');
    await graph.close();
  });

  test(`${name} graph: a closed store refuses, and closing twice is harmless`, async () => {
    const graph = await open();
    await graph.close();
    await graph.close();
    await assert.rejects(graph.getNode('a'), /closed/);
    await assert.rejects(graph.upsert({ nodes: [company('a')] }), /closed/);
    await assert.rejects(async () => {
      for await (const _ of graph.streamNodes()) break;
    }, /closed/);
  });
}
