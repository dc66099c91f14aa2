import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvLine, defuseFormula, hitCells, hitJson } from './hits.js';
import { hitCard } from './report-card.js';
import { escapeHtml } from './report-html.js';
import type { Hit } from './types.js';

const hit: Hit = {
  row: 7,
  partyKey: 'k',
  entityId: 'ofac-1',
  caption: '=HYPERLINK("http://x","<b>click</b>")',
  schema: 'Person',
  score: 0.91,
  explanations: {
    name_match: { detail: "'a'≈'a' 1.00", score: 0.91, weight: 1, query: 'A', candidate: 'A' },
  },
  datasets: ['ofac', 'un'],
  entityDigest: 'd',
};

test('a hit is one JSON object with the agreed fields', () => {
  assert.deepEqual(Object.keys(hitJson(hit)), [
    'row',
    'key',
    'entity_id',
    'caption',
    'score',
    'explanations',
    'datasets',
  ]);
});

test('CSV cells are quoted when needed and never start a formula', () => {
  assert.equal(csvLine(['a', 'b,c', 'd"e', 1]), 'a,"b,c","d""e",1\r\n');
  assert.equal(defuseFormula('=1+1'), "'=1+1");
  assert.equal(defuseFormula('-5'), "'-5");
  assert.equal(defuseFormula('Acme'), 'Acme');
  const cells = hitCells(hit);
  assert.equal(cells[3], `'${hit.caption}`);
  assert.equal(cells[6], 'ofac,un');
  assert.deepEqual(JSON.parse(cells[5] as string), hit.explanations);
});

test('the report escapes what comes from files and lists', () => {
  assert.equal(
    escapeHtml(`<a href="x">'&'</a>`),
    '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
  );
  const party = { schema: 'Person', properties: { name: ['<script>alert(1)</script>'] } };
  const listed = {
    id: 'ofac-1',
    schema: 'Person',
    caption: 'x',
    datasets: ['ofac'],
    properties: { alias: ['<img src=x onerror=alert(2)>'], sourceUrl: ['javascript:alert(3)'] },
  };
  const html = hitCard({ hit, party, listed, sanctions: [], versions: { ofac: 2 } });
  assert.doesNotMatch(html, /<script>|<b>click|<img|javascript:/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(html, /&lt;img src=x onerror=alert\(2\)&gt;/);
  assert.match(html, /<span class="score">0\.91<\/span>/);
  // A link that is not http(s) is not followed: the record's page is OFAC's own.
  assert.match(html, /href="https:\/\/sanctionssearch\.ofac\.treas\.gov\/Details\.aspx\?id=1"/);
});
