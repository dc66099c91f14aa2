import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../store/cases/index.js';
import type { CaseMention } from '../documents/index.js';
import { buildTimeline, evidenceLink, otherReadings } from './index.js';

const DOC = 'a'.repeat(64);

function mention(kind: string, start: number, text: string, value: string, page = 1): CaseMention {
  const end = start + text.length;
  return {
    id: `p${page}:${start}-${end}:${kind}`,
    documentId: DOC,
    fileName: 'payments.txt',
    page,
    start,
    end,
    kind,
    text,
    value,
    extractor: kind,
    confidence: 0.9,
    box: null,
    link: null,
  };
}

// Three table rows, out of date order, one with a date that reads two ways.
const TEXT = [
  '20.05.2024 ООО «Альфа» paid 100 CNY',
  '14.03.2024 ООО «Бета» paid 200 CNY',
  '03.04.2024 ООО «Гамма» paid 300 CNY',
].join('\n');

function rows(): CaseMention[] {
  const found: CaseMention[] = [];
  let at = 0;
  for (const line of TEXT.split('\n')) {
    const [date, , name] = /^(\S+) (ООО «(\S+)»)/.exec(line)!.slice(1);
    const iso = date!.split('.').reverse().join('-');
    found.push(mention('date', at, date!, iso));
    found.push(mention('org', at + 11, line.slice(11, line.indexOf('»') + 1), `ооо ${name}`));
    const money = line.slice(line.indexOf('paid') + 5);
    found.push(mention('money', at + line.indexOf('paid') + 5, money, money));
    at += line.length + 1;
  }
  return found;
}

const texts = new Map([[`${DOC}:1`, TEXT]]);
const nameOf = (id: string) => ({ 'ofac-1': 'KUPOL', 'ofac-2': 'VEKTOR' })[id] ?? id;

test('without claims, dated mentions fill the timeline in date order, each with its row', () => {
  const t = buildTimeline({ claims: [], mentions: rows(), link: evidenceLink, nameOf, texts });
  assert.deepEqual(
    t.entries.map((e) => [e.date, e.title, e.source]),
    [
      ['2024-03-14', '200 CNY · ООО «Бета»', 'mention'],
      ['2024-04-03', '300 CNY · ООО «Гамма»', 'mention'],
      ['2024-05-20', '100 CNY · ООО «Альфа»', 'mention'],
    ],
  );
  // Each entry links to the date, the money and the party, on their page.
  assert.deepEqual(
    t.entries[0]!.evidence.map((e) => e.kind),
    ['date', 'money', 'org'],
  );
  assert.match(t.entries[0]!.evidence[0]!.anchor, /^ev-a{16}-p1_\d+-\d+_date$/);
  assert.deepEqual(t.others, []);
});

test('a date whose day and month could swap is marked with its other reading', () => {
  const t = buildTimeline({ claims: [], mentions: rows(), link: evidenceLink, nameOf, texts });
  const byDate = new Map(t.entries.map((e) => [e.date, e.ambiguous]));
  assert.deepEqual(byDate.get('2024-04-03'), ['2024-03-04']);
  assert.deepEqual(byDate.get('2024-03-14'), [], '14 cannot be a month');
  assert.deepEqual(byDate.get('2024-05-20'), []);
  assert.deepEqual(otherReadings({ text: '14 марта 2024 г.', value: '2024-03-14' }), []);
});

test('a date on a page naming neither money nor a party is not a timeline entry', () => {
  const lone = [
    mention('date', 0, '01.02.2023', '2023-02-01', 2),
    mention('inn', 20, '7707083893', '7707083893', 2),
  ];
  const t = buildTimeline({ claims: [], mentions: lone, link: evidenceLink, nameOf });
  assert.deepEqual(t.entries, []);
});

test('claims come first, in date order, with names; the mentions they cite leave the others', () => {
  const found = rows();
  const [d1, , m1, d2] = found;
  const claim = (id: string, date: string[], cited: CaseMention[]): Claim => ({
    id,
    kind: 'payment',
    subject: 'ofac-1',
    object: 'ofac-2',
    properties: { date, amount: ['100'], currency: ['CNY'] },
    evidence: cited.map((m) => ({ documentId: m.documentId, mentionId: m.id })),
    status: 'extracted',
    note: null,
    reviewedAt: null,
  });
  const claims = [
    claim('c-late', ['2024-05-20'], [d1!, m1!]),
    claim('c-early', ['2024-03-14', '2024-03-15'], [d2!]),
    // Undated: not on the timeline.
    { ...claim('c-undated', [], [m1!]), properties: { amount: ['1'] } },
  ];
  const t = buildTimeline({ claims, mentions: found, link: evidenceLink, nameOf, texts });
  assert.deepEqual(
    t.entries.map((e) => [e.date, e.source, e.ambiguous]),
    [
      ['2024-03-14', 'claim', ['2024-03-15']],
      ['2024-05-20', 'claim', []],
    ],
  );
  assert.equal(t.entries[1]!.title, 'payment: KUPOL → VEKTOR; amount 100; currency CNY');
  assert.deepEqual(
    t.entries[1]!.evidence.map((e) => e.kind),
    ['date', 'money'],
  );
  // The third row's date is cited by no claim: it stays among the other dated mentions.
  assert.deepEqual(
    t.others.map((e) => e.date),
    ['2024-04-03'],
  );
});
