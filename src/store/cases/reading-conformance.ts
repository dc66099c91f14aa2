/**
 * The case store's conformance, continued: what reading a document saves (pages, mentions, links
 * to list entities), and that a bad reading is refused whole.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DocumentNotFound, InvalidDocumentData } from './errors.js';
import { doc, mention, P1, P2, sha, textPage, withCase } from './conformance-data.js';
import type { CaseStore, MentionInput, Page } from './types.js';

export function readingConformance(name: string, open: () => Promise<CaseStore>) {
  test(`${name} cases: pages and mentions are saved, ordered and found by value`, async () => {
    const store = await withCase(open);
    const contract = doc('contract', 'contract.pdf');
    await store.addDocument('garpiya', contract);
    const inn = mention(P2, '1831067578', 'inn', '1831067578');
    const money = mention(P1, '1 200 000 юаней', 'money', '1200000 CNY');
    const innRu = mention(P1, '1831067578', 'inn', '1831067578');
    const ocr: Page = { ...P2, method: 'ocr', language: 'rus+eng', confidence: 0.91 };
    const words = [
      { start: 0, end: 7, box: [72, 90, 130, 102] as const, confidence: 0.96 },
      { start: 8, end: 10, box: [134, 90, 146, 102] as const, confidence: 0.88 },
    ];
    await store.saveResult('garpiya', contract.id, {
      status: 'processed',
      properties: { pageCount: ['2'], title: ['Договор'] },
      pages: [{ ...ocr, words }, P1],
      mentions: [inn, money, { ...innRu, box: [10, 20, 110, 32] }],
    });
    const record = await store.getDocument('garpiya', contract.id);
    assert.equal(record?.status, 'processed');
    assert.equal(record?.pageCount, 2);
    assert.deepEqual(record?.properties, { pageCount: ['2'], title: ['Договор'] });
    assert.deepEqual(await store.pages('garpiya', contract.id), [P1, ocr]);
    assert.deepEqual(await store.page('garpiya', contract.id, 2), ocr);
    assert.equal(await store.page('garpiya', contract.id, 3), null);
    assert.deepEqual(await store.words('garpiya', contract.id, 2), words);
    assert.equal(await store.words('garpiya', contract.id, 1), null, 'no boxes given');
    assert.equal(await store.words('garpiya', contract.id, 3), null);
    const found = await store.mentionsOf('garpiya', contract.id);
    assert.deepEqual(
      found.map((m) => [m.page, m.start, m.kind]),
      [
        [1, innRu.start, 'inn'],
        [1, money.start, 'money'],
        [2, inn.start, 'inn'],
      ],
    );
    assert.deepEqual(found[0]?.box, [10, 20, 110, 32]);
    assert.equal(found[1]?.box, null);
    const page = await store.page('garpiya', contract.id, 1);
    assert.equal(page?.text.slice(found[1]!.start, found[1]!.end), '1 200 000 юаней');
    assert.equal((await store.mentionsOf('garpiya', contract.id, { kind: 'inn' })).length, 2);
    assert.equal((await store.mentionsOf('garpiya', contract.id, { page: 2 })).length, 1);
    const other = doc('other', 'other.txt');
    await store.addDocument('garpiya', other);
    await store.saveResult('garpiya', other.id, {
      status: 'processed',
      pages: [P2],
      mentions: [inn],
    });
    const byValue = await store.mentionsByValue('garpiya', '1831067578');
    assert.equal(byValue.length, 3);
    assert.deepEqual(new Set(byValue.map((m) => m.documentId)), new Set([contract.id, other.id]));
    assert.equal((await store.mentionsByValue('garpiya', '1831067578', { limit: 1 })).length, 1);
    assert.deepEqual(await store.mentionsByValue('garpiya', '1200000 CNY', { kind: 'inn' }), []);
    assert.deepEqual(await store.mentionsByValue('elsewhere', '1831067578'), []);
    await store.close();
  });

  test(`${name} cases: a bad result rolls back whole, the earlier reading kept`, async () => {
    const store = await withCase(open);
    const d = doc('scan', 'scan.png');
    await store.addDocument('garpiya', d);
    const good = mention(P1, 'ООО «Купол»', 'org', 'купол');
    await store.saveResult('garpiya', d.id, { status: 'processed', pages: [P1], mentions: [good] });
    const bad: MentionInput[][] = [
      [good, { ...good, page: 7 }],
      [{ ...good, end: P1.text.length + 5 }],
      [{ ...good, text: 'ООО «Альфа»' }],
      [good, good],
    ];
    for (const mentions of bad) {
      await assert.rejects(
        store.saveResult('garpiya', d.id, { status: 'processed', pages: [P2, P1], mentions }),
        InvalidDocumentData,
      );
    }
    await assert.rejects(
      store.saveResult('garpiya', d.id, { status: 'processed', pages: [P1, P1], mentions: [] }),
      InvalidDocumentData,
    );
    const word = { start: 5, end: 500, box: [0, 0, 1, 1] as const, confidence: null };
    await assert.rejects(
      store.saveResult('garpiya', d.id, {
        status: 'processed',
        pages: [{ ...P1, words: [word] }],
        mentions: [],
      }),
      InvalidDocumentData,
    );
    await assert.rejects(
      store.saveResult('garpiya', sha('unknown'), { status: 'processed', pages: [], mentions: [] }),
      DocumentNotFound,
    );
    assert.deepEqual(await store.pages('garpiya', d.id), [P1]);
    assert.deepEqual(
      (await store.mentionsOf('garpiya', d.id)).map((m) => m.text),
      ['ООО «Купол»'],
    );
    assert.equal((await store.getDocument('garpiya', d.id))?.pageCount, 1);
    await store.close();
  });

  test(`${name} cases: links to list entities survive a new reading of the document`, async () => {
    const store = await withCase(open);
    const d = doc('linked', 'l.txt');
    await store.addDocument('garpiya', d);
    const org = mention(P1, 'ООО «Купол»', 'org', 'купол');
    await store.saveResult('garpiya', d.id, { status: 'processed', pages: [P1], mentions: [org] });
    const [m] = await store.mentionsOf('garpiya', d.id);
    assert.equal(m?.link, null);
    const link = { entityId: 'ofac-46431', score: 0.97 };
    assert.equal(await store.linkMention('garpiya', d.id, m!.id, link), true);
    assert.equal(await store.linkMention('garpiya', d.id, 'p9:0-1:org', link), false);
    await store.saveResult('garpiya', d.id, { status: 'processed', pages: [P1], mentions: [org] });
    const [again] = await store.mentionsOf('garpiya', d.id);
    assert.equal(again?.id, m?.id);
    assert.deepEqual(again?.link, link);
    assert.equal(await store.linkMention('garpiya', d.id, m!.id, null), true);
    assert.equal((await store.mentionsOf('garpiya', d.id))[0]?.link, null);
    await store.close();
  });

  test(`${name} cases: pages are searched by substring, each hit with its page and spans`, async () => {
    const store = await withCase(open);
    await store.createCase({ name: 'other' });
    const contract = doc('search contract', 'contract.pdf');
    const invoice = doc('search invoice', '发票.pdf');
    await store.addDocument('garpiya', contract);
    await store.addDocument('garpiya', invoice);
    await store.addDocument('other', contract);
    const yo = textPage(1, 'Директор Ямщиков Пётр подписал. Ямщиков.');
    await store.saveResult('garpiya', contract.id, {
      status: 'processed',
      pages: [
        { ...yo, folded: yo.text.replaceAll('ё', 'е'), shadow: 'Direktor Yamshchikov Petr' },
        P2,
      ],
      mentions: [],
    });
    const zh = textPage(2, '供货方：厦门林巴赫贸易有限公司');
    await store.saveResult('garpiya', invoice.id, {
      status: 'processed',
      pages: [textPage(1, 'Invoice'), zh],
      mentions: [],
    });
    const [hit, ...rest] = await store.search('garpiya', 'ямщиков');
    assert.equal(rest.length, 0);
    assert.deepEqual(hit, {
      documentId: contract.id,
      page: 1,
      spans: [
        [9, 16],
        [32, 39],
      ],
    });
    assert.equal(yo.text.slice(32, 39), 'Ямщиков');
    assert.deepEqual(await store.search('garpiya', 'петр'), [
      { documentId: contract.id, page: 1, spans: [[17, 21]] },
    ]);
    assert.deepEqual(await store.search('garpiya', 'yamshchikov'), [
      { documentId: contract.id, page: 1, spans: [] },
    ]);
    assert.deepEqual(await store.search('garpiya', '林巴赫'), [
      { documentId: invoice.id, page: 2, spans: [[6, 9]] },
    ]);
    assert.deepEqual(
      (await store.search('garpiya', '1831067578')).map((h) => [h.documentId, h.page]),
      [[contract.id, 2]],
    );
    assert.deepEqual(await store.search('garpiya', 'Ям'), [], 'under three characters');
    assert.deepEqual(await store.search('garpiya', 'no such "text'), []);
    assert.deepEqual(await store.search('other', 'ямщиков'), [], 'another case is not searched');
    // Reading the document again replaces what search finds.
    await store.saveResult('garpiya', contract.id, {
      status: 'processed',
      pages: [P1],
      mentions: [],
    });
    assert.deepEqual(await store.search('garpiya', 'ямщиков'), []);
    assert.equal((await store.search('garpiya', 'Купол'))[0]?.page, 1);
    await assert.rejects(
      store.saveResult('garpiya', contract.id, {
        status: 'processed',
        pages: [{ ...P1, folded: 'short' }],
        mentions: [],
      }),
      InvalidDocumentData,
    );
    await store.close();
  });
}
