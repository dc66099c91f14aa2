import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import type { EntityJson } from '../../api/types.js';
import { EntityPage, type Extras } from './EntityView.js';

const entity: EntityJson = {
  id: 'unsc-1',
  caption: 'KOMID',
  schema: 'Organization',
  properties: { name: ['KOMID'] },
  datasets: ['un'],
  referents: [],
  target: true,
  first_seen: '',
  last_seen: '',
  last_change: '',
};

const history = {
  entity: 'unsc-1',
  first_seen: { dataset: 'un', version: 1, loaded_at: '2026-01-01T00:00:00Z' },
  last_seen: { dataset: 'un', version: 2, loaded_at: '2026-02-01T00:00:00Z' },
  datasets: [{ dataset: 'un', current: 2, present: true, versions: [1, 2] }],
  timeline: [],
};

const page = (extras: Extras) =>
  renderToStaticMarkup(<EntityPage entity={entity} datasets={[]} extras={extras} />);

test('the page: first and last seen as list versions, a Network link, decisions only when given', () => {
  const relations = { data: { entity: 'unsc-1', node: null, groups: [] } };
  const base = { history: { data: history }, exposure: {}, relations };
  const read = page(base);
  assert.match(read, /<dt>First seen<\/dt><dd>un version 1 \(loaded 2026-01-01\)<\/dd>/);
  assert.match(read, /<dt>Last seen<\/dt><dd>un version 2 \(loaded 2026-02-01\)<\/dd>/);
  assert.match(read, /<a href="\/app\/network\/unsc-1">Network<\/a>/);
  // A role that may not screen is given no decisions: the section is not there at all.
  assert.doesNotMatch(read, /Matches and decisions/);
  const screen = page({
    ...base,
    decisions: { data: { entity: 'unsc-1', screening: true, decisions: [] } },
  });
  assert.match(screen, /<h2 id="h-decisions">Matches and decisions<\/h2>/);
});

test('a part that failed says why, and the others stay on the page', () => {
  const html = page({
    history: { data: history },
    exposure: { error: new Error('the network could not be read') },
    relations: {},
  });
  assert.match(html, /role="alert"[^>]*>the network could not be read</);
  assert.match(html, /Loading relationships…/);
  assert.match(html, /Changes between list versions/);
});
