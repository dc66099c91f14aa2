import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { chinesePdf, renderPage, textPdf } from '../../testing/pdf-fixtures.js';
import { createOcrEngine, ReadFailureError, withTempDir } from './index.js';

const scan = async () =>
  renderPage(
    await textPdf([
      [
        { text: 'Договор поставки № 17', x: 60, y: 760, size: 22 },
        { text: 'Supply contract signed in Moscow', x: 60, y: 700, size: 22 },
      ],
    ]),
    1,
    300,
  );

test('tesseract reads Russian and English, with word boxes and confidences', async () => {
  const png = await scan();
  const engine = createOcrEngine({ workers: 1 });
  await withTempDir('ocr-test', async (dir) => {
    const file = join(dir, 'scan.png');
    writeFileSync(file, png);
    const [page] = await engine.recognise(file, {
      languages: 'rus+eng',
      dpi: 300,
      scale: 72 / 300,
    });
    assert.ok(page);
    assert.match(page.text, /Договор поставки/);
    assert.match(page.text, /Supply contract signed in Moscow/);
    const word = page.words.find((w) => page.text.slice(w.start, w.end) === 'Moscow');
    assert.ok(word, 'Moscow is a word');
    // Drawn at x 60 on a baseline 142 points from the top (842 - 700), 22 points high.
    const [x0, y0, x1, y1] = word.box;
    assert.ok(x0 > 60 && x1 < 595 && y0 > 842 - 700 - 22 && y1 < 842 - 700 + 8, `box ${word.box}`);
    for (const w of page.words) assert.ok(w.confidence! >= 0 && w.confidence! <= 1);
    assert.ok(page.confidence! > 0.8);
    assert.equal(page.width, 595.2);
  });
});

test('tesseract reads simplified Chinese without spaces between characters', async () => {
  const png = renderPage(chinesePdf('北京有限公司合同'), 1, 300);
  const engine = createOcrEngine({ workers: 1 });
  await withTempDir('ocr-test', async (dir) => {
    const file = join(dir, 'zh.png');
    writeFileSync(file, png);
    const [page] = await engine.recognise(file, { languages: 'chi_sim', dpi: 300 });
    assert.match(page!.text, /有限公司/);
  });
});

test('without tesseract on the PATH, OCR fails saying what to install', async () => {
  const engine = createOcrEngine({ env: { PATH: '/nonexistent' } });
  const failure = await engine.check('rus+eng');
  assert.equal(failure?.reason, 'ocr-missing');
  assert.match(
    failure!.message,
    /apt-get install tesseract-ocr tesseract-ocr-rus tesseract-ocr-chi-sim/,
  );
  await assert.rejects(
    engine.recognise('/nonexistent.png', { languages: 'eng' }),
    (error) => error instanceof ReadFailureError && error.failure.reason === 'ocr-missing',
  );
});

test('a missing language pack is named with its Debian package', async () => {
  const engine = createOcrEngine();
  assert.equal(await engine.check('rus+chi_sim+eng'), null);
  const failure = await engine.check('eng+kaz_cyrl');
  assert.equal(failure?.reason, 'ocr-missing');
  assert.match(failure!.message, /no language data for kaz_cyrl/);
  assert.match(failure!.message, /apt-get install tesseract-ocr-kaz-cyrl`/);
});

test('an unreadable image fails as corrupt', async () => {
  const engine = createOcrEngine({ workers: 1 });
  await withTempDir('ocr-test', async (dir) => {
    const file = join(dir, 'bad.png');
    writeFileSync(file, 'not an image');
    await assert.rejects(
      engine.recognise(file, { languages: 'eng' }),
      (error) => error instanceof ReadFailureError && error.failure.reason === 'corrupt',
    );
  });
});

test('each page runs one single-threaded tesseract with the languages asked, TSV out', async () => {
  await withTempDir('ocr-fake', async (dir) => {
    // A stand-in that answers --list-langs and otherwise reports its arguments and thread limit
    // as the words of a TSV page.
    const fake = join(dir, 'tesseract');
    const tsv = [
      'level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\tleft\\ttop\\twidth\\theight\\tconf\\ttext',
      '1\\t1\\t0\\t0\\t0\\t0\\t0\\t0\\t100\\t100\\t-1\\t',
      '5\\t1\\t1\\t1\\t1\\t1\\t0\\t0\\t10\\t10\\t90\\tthreads=$OMP_THREAD_LIMIT',
      '5\\t1\\t1\\t1\\t1\\t2\\t20\\t0\\t10\\t10\\t90\\targs=$(echo "$@" | tr " " _)',
    ].join('\\n');
    writeFileSync(
      fake,
      `#!/bin/sh\nif [ "$1" = --list-langs ]; then printf 'List of available languages:\\nrus\\neng\\n'; exit 0; fi\nprintf "${tsv}\\n"\n`,
      { mode: 0o755 },
    );
    const engine = createOcrEngine({
      command: fake,
      env: { PATH: '/usr/bin:/bin', OMP_THREAD_LIMIT: '8' },
    });
    const [page] = await engine.recognise('/tmp/page.png', { languages: 'rus+eng', dpi: 300 });
    assert.equal(
      page!.text,
      'threads=1 args=/tmp/page.png_stdout_-l_rus+eng_--psm_3_--dpi_300_-c_preserve_interword_spaces=1_tsv',
    );
  });
});
