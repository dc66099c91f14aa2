/**
 * The scanned acceptance certificate of examples/garpiya (a fictional illustration made by
 * examples/garpiya/make-scan.mjs): `add` OCRs it in Russian, Chinese and English, and the
 * extractors find its parties, identifiers, amount and dates in the recognised text.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openBlobStore, openCaseStore } from '../../store/cases/index.js';
import { repoRoot } from '../../testing/data.js';
import { DocumentService } from './service.js';

test('the scanned acceptance certificate is OCR-read and its content extracted', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-garpiya-scan-'));
  const db = join(dir, 'case.db');
  const cases = openCaseStore(db);
  try {
    const service = new DocumentService({ cases, blobs: openBlobStore(db) });
    await service.createCase('garpiya');
    const summary = await service.add('garpiya', [join(repoRoot, 'examples', 'garpiya', 'scans')]);
    assert.equal(summary.processed, 1);
    const [document] = (await service.documents('garpiya')).documents;
    const { pages } = await service.document('garpiya', document!.id);
    assert.equal(pages[0]?.method, 'ocr');
    assert.match(pages[0]!.text, /ВЫМЫШЛЕННАЯ ИЛЛЮСТРАЦИЯ/);
    const found = (await service.mentions('garpiya')).map((m) => `${m.kind} ${m.value}`);
    for (const expected of [
      'inn 3849055365',
      'inn 1831083343',
      'money 4200000.00 CNY',
      'date 2024-05-20',
      'org ооо тск вектор',
      'org ао иэмз купол',
    ]) {
      assert.ok(found.includes(expected), `${expected} not in ${found.join('; ')}`);
    }
  } finally {
    await cases.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
