import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import type { EntityJson } from '../../api/types.js';
import type { EntityDecision, HistoryAnswer, RelationsAnswer } from './api.js';
import { DecisionsSection } from './Decisions.js';
import { RelationsSection } from './Relations.js';
import { TimelineSection } from './Timeline.js';

const text = (html: string) => html.replace(/<[^>]+>/g, '');

test('timeline: versions the entity is in, and the values added and removed per version', () => {
  const history: HistoryAnswer = {
    entity: 'x',
    first_seen: { dataset: 'un', version: 1, loaded_at: '2026-01-01T00:00:00Z' },
    last_seen: { dataset: 'un', version: 3, loaded_at: '2026-03-01T00:00:00Z' },
    datasets: [{ dataset: 'un', current: 3, present: true, versions: [1, 2, 3] }],
    timeline: [
      {
        ...{ dataset: 'un', version: 3, loaded_at: '2026-03-01T00:00:00Z', published: null },
        ...{ change: 'modified', props: ['address'] },
        added: [{ prop: 'address', value: 'Yazd, Iran (Islamic Republic of)' }],
        removed: [{ prop: 'address', value: 'Yazd, Iran' }],
      },
      {
        ...{ dataset: 'un', version: 2, loaded_at: '2026-02-01T00:00:00Z', published: null },
        ...{ change: 'modified', props: ['notes'], added: null, removed: null },
      },
    ],
  };
  const html = renderToStaticMarkup(<TimelineSection history={history} />);
  assert.match(text(html), /un: in versions 1, 2, 3 \(current version 3\)/);
  assert.match(text(html), /un version 3 \(loaded 2026-03-01\): changed: Address/);
  assert.match(
    html,
    /<ul aria-label="Values added"[^>]*><li><span aria-hidden="true">\+ <\/span>Address: Yazd, Iran \(Islamic Republic of\)/,
  );
  assert.match(html, /aria-label="Values removed"[^>]*><li>.*Address: Yazd, Iran<\/li>/);
  assert.match(
    text(html),
    /version 2 .*changed: Notes \(the values of this older version are no longer kept\)/,
  );
});

const listed = (id: string): EntityJson => ({
  id,
  caption: id.toUpperCase(),
  schema: 'Organization',
  properties: {},
  datasets: ['ofac'],
  referents: [],
  target: true,
  first_seen: '',
  last_seen: '',
  last_change: '',
});

test('relationships: count and first few per type, the rest behind a summary, network edges sourced', () => {
  const links = Array.from({ length: 7 }, (_, i) => ({
    prop: 'unknownLinkTo',
    entity: listed(`l${i}`),
  }));
  const network: RelationsAnswer = {
    entity: 'x',
    node: 'x',
    groups: [
      {
        type: 'ownership',
        total: 12,
        relations: [
          {
            ...{ node: 'acme', entity_id: null, caption: 'Acme', schema: 'Company' },
            ...{ direction: 'out', percentage: 60, percentage_low: null, percentage_high: null },
            ...{ start_date: '2020-01-01', end_date: null },
            source: { kind: 'statement', dataset: 'owners', statementId: 'st-1' },
          },
        ],
      },
    ],
  };
  const html = renderToStaticMarkup(
    <RelationsSection id="x" links={links} referents={[]} network={network} />,
  );
  assert.match(text(html), /Unknown link to \(7\)/);
  assert.equal((html.match(/href="\/app\/entities\/l\d"/g) ?? []).length, 7);
  assert.match(html, /<summary>2 more<\/summary>/);
  assert.match(
    text(html),
    /Ownership \(12\)to Acme · 60% · from 2020-01-01 \(source: owners, statement st-1\)/,
  );
  assert.match(html, /href="\/app\/network\/x">and 11 more in the network view/);
});

test('decisions: run, query, score, decision, reason and who, newest first as given', () => {
  const d: EntityDecision = {
    ...{ id: 1, run_id: 'run-1', run_kind: 'screen', row: 2, key: 'c1' },
    ...{ query: { schema: 'Company', names: ['Acme Trading'] }, score: 0.93 },
    ...{ decision: 'false-positive', reason: 'other registry number', by: 'bob' },
    decided_at: '2026-03-01T10:00:00Z',
  };
  const html = renderToStaticMarkup(<DecisionsSection decisions={[d]} />);
  assert.match(
    text(html),
    /2026-03-01 10:00:00run-1 row c1Acme Trading0\.93False positiveother registry numberbob/,
  );
  assert.match(html, /href="\/app\/screening\/run-1"/);
  const none = text(renderToStaticMarkup(<DecisionsSection decisions={[]} />));
  assert.match(none, /No screening hit on this entity has been decided/);
});
