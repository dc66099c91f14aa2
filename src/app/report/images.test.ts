import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { BlobStore } from '../../store/cases/index.js';
import { addPageImages, type EvidencePage, type ReportData } from './index.js';

// The smallest PNG: an 8-byte signature and a header chunk are all the report looks at.
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 2,
  0, 0, 0, 1, 8, 2, 0, 0, 0, 0, 0, 0, 0,
]);
const PNG_ID = '1'.repeat(64);
const TIFF_ID = '2'.repeat(64);
const TEXT_ID = '3'.repeat(64);

const blobs: BlobStore = {
  put: async () => assert.fail('read only'),
  putFile: async () => assert.fail('read only'),
  has: async (sha) => sha === PNG_ID,
  get: async (sha) => (sha === PNG_ID ? PNG : null),
  localPath: async () => null,
};

function page(documentId: string, mediaType: string): EvidencePage {
  return {
    anchor: `pg-${documentId.slice(0, 16)}-1`,
    documentId,
    fileName: 'scan',
    mediaType,
    page: 1,
    method: 'ocr',
    text: 'text',
    size: { width: 2, height: 1 },
    image: null,
    imageNote: null,
    spans: [],
  };
}

function report(): ReportData {
  return {
    header: {
      caseName: 'c',
      title: null,
      createdAt: '',
      generatedAt: '',
      counts: { pending: 0, processed: 3, failed: 0, total: 3 },
      failed: [],
    },
    screening: { screened: false, reason: 'none' },
    timeline: { entries: [], others: [] },
    parties: [],
    claims: [],
    mentions: [],
    pages: [page(TEXT_ID, 'text/plain'), page(TIFF_ID, 'image/tiff'), page(PNG_ID, 'image/png')],
    notes: [],
  };
}

test('images go inside as data URIs while they are small; a PNG is its own picture', async () => {
  const data = report();
  const summary = await addPageImages(data, {
    blobs,
    cacheDir: '/nonexistent',
    mode: { kind: 'auto', folder: '/nonexistent/images', href: 'images' },
  });
  assert.deepEqual(summary, { images: 1, bytes: PNG.byteLength, folder: null });
  const [text, tiff, png] = data.pages;
  assert.equal(png!.image?.src, `data:image/png;base64,${Buffer.from(PNG).toString('base64')}`);
  assert.equal(text!.image, null);
  assert.equal(text!.imageNote, null, 'a text page needs no excuse');
  assert.equal(tiff!.image, null);
  assert.match(tiff!.imageNote!, /TIFF/);
});

test('over the embedding limit, auto writes the pictures to a folder beside the report', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-report-images-'));
  try {
    const data = report();
    const folder = join(dir, 'case-images');
    const summary = await addPageImages(data, {
      blobs,
      cacheDir: join(dir, 'cache'),
      mode: { kind: 'auto', folder, href: 'case-images' },
      embedLimit: PNG.byteLength - 1,
    });
    assert.equal(summary.folder, folder);
    const name = `${PNG_ID.slice(0, 16)}-p1.png`;
    assert.deepEqual(readdirSync(folder), [name]);
    assert.deepEqual(new Uint8Array(readFileSync(join(folder, name))), PNG);
    assert.equal(data.pages[2]!.image?.src, `case-images/${name}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('beyond the image limit pages show their text, and the report says so', async () => {
  const data = report();
  const summary = await addPageImages(data, {
    blobs,
    cacheDir: '/nonexistent',
    mode: { kind: 'embed' },
    maxImages: 0,
  });
  assert.equal(summary.images, 0);
  assert.equal(data.pages[2]!.image, null);
  assert.match(data.pages[2]!.imageNote!, /at most 0 page images/);
  assert.equal(data.pages[0]!.imageNote, null, 'a text page is not counted as left out');
  assert.equal(data.notes.length, 1);
  assert.match(data.notes[0]!, /^1 pages are shown as text only/);
});
