/**
 * The HTML report a reviewer decides from, on the real UN list: one card per hit with the
 * screened row beside the listed party's details and a link to the record, best score first;
 * held-back hits with their decision; rows without hits counted and listed; printable, offline.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { decide } from './decide.js';
import { screenFile } from './screen-service.js';
import { type Fixture, screeningFixture, UN, writeCsv } from './screening-fixture.js';

let fx: Fixture;
let html: string;
const header = ['Customer ID', 'Name', 'Date of birth', 'Nationality'];
const rows = [
  ['C-1', 'Jane Doe', '', ''],
  ['C-2', 'YAS AIR', '', ''],
  ['C-3', 'RI WON HO', '1964-07-17', 'North Korea'],
  ['C-4', 'Maria Lindqvist', '1984-03-12', 'Sweden'],
  ['C-5', 'RI WON', '', ''],
];

before(async () => {
  fx = await screeningFixture(UN);
  const input = writeCsv(join(fx.dir, 'portfolio.csv'), header, rows);
  // A threshold low enough that a partial name ("RI WON") is a weaker hit, for the order.
  const settings = { input, dataset: 'un', actor: 'analyst', threshold: 0.5 };
  const first = await screenFile(fx, settings);
  const reason = 'our C-2 is a travel agency in Lyon';
  await decide(fx.repo, {
    ...{ runId: first.run.id, key: 'C-2', entityId: 'unsc-110327', as: 'false-positive' },
    ...{ reason, actor: 'reviewer-anna' },
  });
  const report = join(fx.dir, 'report.html');
  await screenFile(fx, { ...settings, report });
  html = readFileSync(report, 'utf8');
});
after(() => fx.close());

const section = (id: string) => {
  const start = html.indexOf(`<h2 id="${id}">`);
  assert.ok(start >= 0, `section ${id}`);
  const end = html.indexOf('<h2 id=', start + 1);
  return html.slice(start, end < 0 ? undefined : end);
};

test("each hit is a card with the row's values beside the listed party's details and a link", () => {
  const hits = section('hits');
  const card = hits.split('<article').find((c) => c.includes('unsc-6908555'))!;
  assert.ok(card, 'a card for RI WON HO');
  // The row's values and the listed party's, side by side.
  assert.match(card, /<th>Dates of birth<\/th><td>1964-07-17<\/td><td>[^<]*1964/);
  assert.match(card, /<th>Nationalities<\/th><td>kp<\/td><td>kp/);
  assert.match(card, /<th>Programmes<\/th><td><span class="muted">–<\/span><\/td><td>DPRK/);
  assert.match(card, /Passport number: 381310014/);
  assert.match(card, /<th>Identifiers<\/th>/);
  assert.match(card, /<th>Lists<\/th><td><\/td><td>un <span class="muted">version 1<\/span>/);
  assert.match(
    card,
    /href="https:\/\/main\.un\.org\/securitycouncil\/en\/content\/un-sc-consolidated-list"/,
  );
  assert.match(card, /C-3 <span class="muted">\(row 4\)<\/span>/);
});

test('cards come best score first', () => {
  const scores = [...section('hits').matchAll(/<span class="score">([0-9.]+)<\/span>/g)].map((m) =>
    Number(m[1]),
  );
  assert.ok(scores.length >= 2, `several hits: ${scores.join()}`);
  assert.ok(
    scores.some((s) => s < 1),
    `a weaker hit too: ${scores.join()}`,
  );
  assert.deepEqual(
    scores,
    [...scores].sort((a, b) => b - a),
  );
});

test('a held-back hit is listed with its decision, reviewer and reason', () => {
  const held = section('held');
  assert.match(held, /unsc-110327/);
  assert.match(
    held,
    /<b>false-positive<\/b> by reviewer-anna on [0-9T:.Z-]+: “our C-2 is a travel agency in Lyon”/,
  );
  assert.doesNotMatch(section('hits'), /unsc-110327/);
});

test('rows without hits are counted in the summary and listed', () => {
  const count = html.match(/<th>Rows without hits<\/th><td><a href="#without-hits">(\d+)<\/a>/);
  const listed = section('without-hits').match(/<tr><td>C-/g) ?? [];
  assert.equal(Number(count?.[1]), listed.length);
  assert.ok(listed.length >= 2);
  const without = section('without-hits');
  assert.match(without, /<td>C-1<\/td><td>2<\/td><td>Jane Doe/);
  assert.match(without, /<td>C-4<\/td><td>5<\/td><td>Maria Lindqvist/);
  assert.doesNotMatch(without, /RI WON HO/);
});

test('the report prints and reads offline: print styles, nothing fetched', () => {
  assert.match(html, /@media print\{/);
  assert.match(html, /break-inside:avoid/);
  assert.doesNotMatch(html, /<script|<link|<img|\ssrc=|@import|url\(/i);
  assert.match(html, /default-src 'none'/);
});
