/**
 * The virtualised table rendered on the server (react-dom/server): of 100,000 rows only those
 * in the first screen are in the markup, yet the table says how many rows it has.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { columnHelper, DataTable } from './DataTable.js';

interface Row {
  id: string;
  name: string;
}

const helper = columnHelper<Row>();
const columns = helper.columns([
  helper.accessor('id', { header: 'ID' }),
  helper.accessor('name', { header: 'Name' }),
]);

test('100,000 rows: only the first screen is rendered, with spacers for the rest', () => {
  const data = Array.from({ length: 100_000 }, (_, i) => ({ id: `r${i}`, name: `name ${i}` }));
  const html = renderToStaticMarkup(
    <DataTable caption="Many" columns={columns} data={data} rowId={(r) => r.id} rowHeight={30} />,
  );
  const rendered = html.match(/<tr aria-rowindex=/g)?.length ?? 0;
  // 600 px of 30 px rows, plus the overscan: a few dozen, not 100,000.
  assert.ok(rendered > 10 && rendered < 60, `${rendered} rows rendered`);
  assert.match(html, /aria-rowcount="100001"/);
  assert.match(html, /<th scope="col">Name<\/th>/);
  assert.match(html, /name 0</);
  assert.doesNotMatch(html, /name 99999</);
  // The spacer below holds the height of the rows not rendered, so the scrollbar is true.
  const spacer = Number(/aria-hidden="true" style="height:(\d+)px"/.exec(html)?.[1]);
  assert.equal(spacer, (100_000 - rendered) * 30);
});

test('an empty table says so', () => {
  const html = renderToStaticMarkup(
    <DataTable caption="None" columns={columns} data={[]} rowId={(r) => r.id} empty="No hit." />,
  );
  assert.match(html, /<td colSpan="2">No hit.<\/td>/i);
});
