/**
 * Issue 14, finding 10: a Windows-1252 file read as UTF-8 was reported at "line 1, byte 0" (the
 * start of the 64 KB chunk the decoder failed in) while the first bad byte was on line 53. The
 * error now names the line and the file offset of the first bad byte, wherever chunks fall.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { testData } from '../../testing/data.js';
import { fixtureFolder } from '../../testing/fixtures.js';
import { SourceError } from './errors.js';
import { readText } from './files.js';
import { invalidUtf8At } from './utf8.js';

const write = fixtureFolder('encoding');

/**
 * The file as a Windows-1252 editor would save it: each character of Latin-1 as one byte. (The
 * few characters outside it, in other scripts, keep their UTF-8 bytes; none comes first.)
 */
function reencoded(text: string): { bytes: Buffer; line: number; offset: number } {
  const first = [...text].findIndex((c) => c.charCodeAt(0) >= 0x80 && c.charCodeAt(0) <= 0xff);
  assert.ok(first > 0, 'the file has a Latin-1 letter to re-encode');
  const chars = [...text];
  const before = chars.slice(0, first).join('');
  const parts = chars.map((c) =>
    c.charCodeAt(0) <= 0xff ? Buffer.from([c.charCodeAt(0)]) : Buffer.from(c, 'utf8'),
  );
  return {
    bytes: Buffer.concat(parts),
    line: before.split('\n').length,
    offset: Buffer.byteLength(before, 'utf8'),
  };
}

async function readError(path: string): Promise<SourceError> {
  try {
    for await (const _ of readText(path, 'utf-8', () => {})) {
      // read through
    }
  } catch (error) {
    assert.ok(error instanceof SourceError, String(error));
    return error;
  }
  return assert.fail(`${path} was read as UTF-8`);
}

for (const [name, parts] of [
  ['the UN list (first accent on line 54, in the first chunk)', ['un', 'consolidated.xml']],
  [
    'the UN list of 2018 (first accent on line 323, past the first chunk)',
    ['un', 'history', 'consolidated_2018-10-29.xml'],
  ],
] as const) {
  test(`a re-encoded copy of ${name} is refused at its first bad byte`, async () => {
    const { bytes, line, offset } = reencoded(readFileSync(testData(...parts), 'utf8'));
    const path = write(`latin1-${parts.at(-1)}`, bytes);
    const error = await readError(path);
    assert.equal(error.where, `line ${line}`);
    assert.match(error.problem, new RegExp(`byte 0x[0-9a-f]{2} at offset ${offset} `));
    assert.equal(bytes[offset]! >= 0x80, true);
  });
}

test('the offset is right when a chunk boundary falls inside or just before the bad bytes', async () => {
  const chunk = 1 << 16;
  // A valid two-byte "é" split across the first boundary, then a lone 0xe9 on line 3.
  const split = Buffer.alloc(chunk + 100, 0x61);
  split[10] = 0x0a;
  split.set([0xc3, 0xa9], chunk - 1);
  split[chunk + 20] = 0x0a;
  split[chunk + 30] = 0xe9;
  const a = await readError(write('split.txt', split));
  assert.equal(a.where, 'line 3');
  assert.match(a.problem, new RegExp(`byte 0xe9 at offset ${chunk + 30} `));
  // A lead byte as the very last byte of the first chunk, completed by nothing.
  const lead = Buffer.alloc(chunk + 10, 0x62);
  lead[chunk - 1] = 0xe9;
  const b = await readError(write('lead.txt', lead));
  assert.equal(b.where, 'line 1');
  assert.match(b.problem, new RegExp(`byte 0xe9 at offset ${chunk - 1} `));
});

test('invalidUtf8At agrees with the UTF-8 decoder on random and mutated bytes', () => {
  // A small linear congruential generator: the same cases on every run.
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  const sample = Buffer.from('Ivanov, Иван Иванович; 金正恩; ‘ABD AL-RAHMAN’ 😀 é', 'utf8');
  for (let round = 0; round < 5000; round++) {
    const bytes = Buffer.from(sample);
    for (let k = next() % 3; k > 0; k--) bytes[next() % bytes.length] = next() % 256;
    const cut = bytes.subarray(0, next() % (bytes.length + 1));
    let valid = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(cut, { stream: true });
    } catch {
      valid = false;
    }
    const at = invalidUtf8At(cut);
    assert.equal(at === -1, valid, `bytes ${cut.toString('hex')}`);
    if (!valid) {
      // Everything before the reported byte decodes: it is the first bad one.
      assert.doesNotThrow(() =>
        new TextDecoder('utf-8', { fatal: true }).decode(cut.subarray(0, at), { stream: true }),
      );
    }
  }
});
