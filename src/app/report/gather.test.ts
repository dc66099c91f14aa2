/**
 * gatherReport on a real case store: claims saved through the store's interface fill the
 * timeline (dated mentions move under "others"), their evidence links land on spans of the pages
 * gathered, and with no index the parties are listed as not screened.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openBlobStore, openCaseStore } from '../../store/cases/index.js';
import { DocumentService } from '../documents/index.js';
import { gatherReport } from './index.js';

test('claims come first on the timeline and every evidence link lands on a gathered span', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-report-gather-'));
  const db = join(dir, 'case.db');
  const cases = openCaseStore(db);
  try {
    const documents = new DocumentService({ cases, blobs: openBlobStore(db) });
    await documents.createCase('c');
    const file = join(dir, 'pay.txt');
    writeFileSync(
      file,
      'ООО «Альфа» оплатило ООО «Бета» 1 200 000 руб. 14.03.2024.\nООО «Бета» 01.02.2023\n',
    );
    await documents.add('c', [file]);
    const mentions = await documents.mentions('c');
    const of = (kind: string, value: string) =>
      mentions.find((m) => m.kind === kind && m.value === value)!;
    const cited = [of('date', '2024-03-14'), of('money', '1200000.00 RUB')];
    await cases.saveClaims('c', [
      {
        id: 'pay-1',
        kind: 'payment',
        subject: 'ооо альфа',
        object: 'ооо бета',
        properties: { date: ['2024-03-14'], amount: ['1200000.00'], currency: ['RUB'] },
        evidence: cited.map((m) => ({ documentId: m.documentId, mentionId: m.id })),
      },
    ]);

    const data = await gatherReport({ cases, documents, matchIndex: async () => null }, 'c', {
      now: new Date('2024-06-01T00:00:00Z'),
    });
    assert.equal(data.header.generatedAt, '2024-06-01T00:00:00.000Z');
    assert.deepEqual(data.header.counts, { pending: 0, processed: 1, failed: 0, total: 1 });
    assert.equal(data.screening.screened, false);
    assert.ok(data.parties.length >= 2);
    assert.ok(
      data.parties.every((p) => p.matches === null),
      'not screened is not "no match"',
    );

    // The claim saved here, and the same payment as \`add\` extracted it: side by side, each
    // named by the parties' names, the extractor's own bookkeeping not shown as facts.
    const payment = 'payment: ООО Альфа → ООО Бета; amount 1200000.00; currency RUB';
    assert.deepEqual(
      data.timeline.entries.map((e) => [e.date, e.source, e.title]),
      [
        ['2024-03-14', 'claim', payment],
        ['2024-03-14', 'claim', payment],
      ],
    );
    // The other date is a dated mention no claim rests on.
    assert.deepEqual(
      data.timeline.others.map((e) => e.date),
      ['2023-02-01'],
    );
    assert.ok(data.claims.every((c) => c.subjectName === 'ООО Альфа'));
    const saved = data.claims.find((c) => c.id === 'pay-1')!;
    const spans = new Set(data.pages.flatMap((p) => p.spans.map((s) => s.anchor)));
    const links = [
      ...data.claims.flatMap((c) => c.evidence),
      ...data.timeline.entries.flatMap((e) => e.evidence),
      ...data.timeline.others.flatMap((e) => e.evidence),
      ...data.parties.flatMap((p) => p.mentions),
    ];
    assert.equal(saved.evidence.length, 2);
    for (const link of links) assert.ok(spans.has(link.anchor), link.anchor);
    // A text file has neither a page size nor word boxes: its spans are marked in the text.
    assert.equal(data.pages[0]!.size, null);
    assert.ok(data.pages[0]!.spans.every((s) => s.boxes.length === 0));
  } finally {
    await cases.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
