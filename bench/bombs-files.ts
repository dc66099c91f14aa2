/**
 * The hostile inputs of bench/bombs.ts, written at run time into a temporary folder. They are
 * small on disk because deflate does the work: a block of repeated text is deflated once, ended
 * on a byte boundary (a sync flush, so it carries no state into the next), and the same packed
 * bytes are appended as many times as needed; only the checksum is computed over the whole text.
 * A 3 GB part is written in a few seconds and takes a few megabytes.
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';

interface Entry {
  name: Buffer;
  offset: number;
  crc: number;
  packed: number;
  size: number;
}

/** Little-endian fields of 2 or 4 bytes. */
function fields(values: [2 | 4, number][]): Buffer {
  const buffer = Buffer.alloc(values.reduce((n, [bytes]) => n + bytes, 0));
  let at = 0;
  for (const [bytes, value] of values) {
    at = bytes === 2 ? buffer.writeUInt16LE(value, at) : buffer.writeUInt32LE(value, at);
  }
  return buffer;
}

/** A zip of deflated parts, each given as a head, a body repeated n times, and a tail. No ZIP64. */
class RepeatingZip {
  private readonly fd: number;
  private offset = 0;
  private readonly entries: Entry[] = [];

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  part(name: string, head: string, body = '', times = 0, tail = ''): void {
    const entry: Entry = {
      name: Buffer.from(name),
      offset: this.offset,
      crc: 0,
      packed: 0,
      size: 0,
    };
    this.entries.push(entry);
    this.write(this.local(entry));
    const piece = (data: Buffer, flush: number) => {
      const packed = deflateRawSync(data, { finishFlush: flush });
      this.write(packed);
      entry.packed += packed.length;
      return packed;
    };
    const add = (data: Buffer) => {
      entry.crc = crc32(data, entry.crc);
      entry.size += data.length;
    };
    const first = Buffer.from(head);
    add(first);
    piece(first, constants.Z_SYNC_FLUSH);
    if (times > 0) {
      // About 1 MiB of body text a block: deflated once, appended `times / per` times.
      const per = Math.max(1, Math.min(times, Math.floor((1 << 20) / Math.max(1, body.length))));
      const block = Buffer.from(body.repeat(per));
      const packed = deflateRawSync(block, { finishFlush: constants.Z_SYNC_FLUSH });
      for (let left = times; left > 0; ) {
        if (left >= per) {
          add(block);
          this.write(packed);
          entry.packed += packed.length;
          left -= per;
        } else {
          const rest = Buffer.from(body.repeat(left));
          add(rest);
          piece(rest, constants.Z_SYNC_FLUSH);
          left = 0;
        }
      }
    }
    const last = Buffer.from(tail);
    add(last);
    piece(last, constants.Z_FINISH);
    if (entry.size > 0xffffffff) throw new Error(`${name}: 4 GiB or more needs ZIP64`);
    writeSync(this.fd, this.local(entry), 0, 30 + entry.name.length, entry.offset);
  }

  finish(): void {
    const start = this.offset;
    for (const e of this.entries) {
      const rest: [2 | 4, number][] = [
        [2, 0],
        [2, 0],
        [2, 0],
        [4, 0],
        [4, e.offset],
      ];
      this.write(
        Buffer.concat([fields([[4, 0x02014b50], [2, 20], ...this.common(e), ...rest]), e.name]),
      );
    }
    const n = this.entries.length;
    const end: [2 | 4, number][] = [
      [4, 0x06054b50],
      [2, 0],
      [2, 0],
      [2, n],
      [2, n],
      [4, this.offset - start],
      [4, start],
      [2, 0],
    ];
    this.write(fields(end));
    closeSync(this.fd);
  }

  private common(e: Entry): [2 | 4, number][] {
    // Version 2.0, UTF-8 names, deflated, 2024-01-01 00:00.
    const date = ((2024 - 1980) << 9) | (1 << 5) | 1;
    const sizes: [2 | 4, number][] = [
      [4, e.crc >>> 0],
      [4, e.packed],
      [4, e.size],
    ];
    return [[2, 20], [2, 0x0800], [2, 8], [2, 0], [2, date], ...sizes, [2, e.name.length], [2, 0]];
  }

  private local(e: Entry): Buffer {
    return Buffer.concat([fields([[4, 0x04034b50], ...this.common(e)]), e.name]);
  }

  private write(bytes: Buffer): void {
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
    this.offset += bytes.length;
  }
}

const NS = 'http://schemas.openxmlformats.org';
const REL = `${NS}/officeDocument/2006/relationships`;
const SHEET_NS = `${NS}/spreadsheetml/2006/main`;

/** The parts every workbook needs, then its sheet and shared strings as the caller writes them. */
function workbook(path: string, parts: (zip: RepeatingZip) => void, withStrings: boolean): void {
  const zip = new RepeatingZip(path);
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/></Types>';
  zip.part('[Content_Types].xml', types);
  zip.part(
    '_rels/.rels',
    `<Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.part(
    'xl/workbook.xml',
    `<workbook xmlns="${SHEET_NS}" xmlns:r="${REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  const strings = withStrings
    ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
    : '';
  zip.part(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${strings}</Relationships>`,
  );
  parts(zip);
  zip.finish();
}

/**
 * Finding 1: a workbook whose shared strings unpack to about `unpackedBytes` (strings of 1,000
 * letters each), with a small sheet (a header "name" and one row) that refers to the first two.
 */
export function sharedStringsBomb(path: string, unpackedBytes: number): void {
  const text = 'A'.repeat(1000);
  const item = `<si><t>${text}</t></si>`;
  const times = Math.floor(unpackedBytes / item.length);
  workbook(
    path,
    (zip) => {
      zip.part(
        'xl/worksheets/sheet1.xml',
        `<worksheet xmlns="${SHEET_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c></row>` +
          '<row r="2"><c r="A2" t="s"><v>0</v></c></row></sheetData></worksheet>',
      );
      zip.part(
        'xl/sharedStrings.xml',
        `<sst xmlns="${SHEET_NS}" count="${times + 1}" uniqueCount="${times + 1}"><si><t>name</t></si>`,
        item,
        times,
        '</sst>',
      );
    },
    true,
  );
}

/** Finding 9: a workbook of `rows` rows under a header "name", each row one inline string "x". */
export function manyRowsBomb(path: string, rows: number): void {
  workbook(
    path,
    (zip) =>
      zip.part(
        'xl/worksheets/sheet1.xml',
        `<worksheet xmlns="${SHEET_NS}"><sheetData><row><c t="inlineStr"><is><t>name</t></is></c></row>`,
        '<row><c t="inlineStr"><is><t>x</t></is></c></row>',
        rows,
        '</sheetData></worksheet>',
      ),
    false,
  );
}

/** Finding 2: a CSV of `columns` columns all named "Name", and one row. */
export function wideCsv(path: string, columns: number): void {
  const header = Array(columns).fill('Name').join(',');
  const row = Array(columns).fill('Ivan Petrov').join(',');
  writeFileSync(path, `${header}\n${row}\n`);
}

/**
 * Finding 3: a FollowTheMoney JSON lines list (the simplest format every checkout reads) with
 * one person whose name is `char` repeated `length` times, and one ordinary person after it.
 */
export function longNameList(path: string, char: string, length: number): void {
  const entity = (id: string, name: string) =>
    JSON.stringify({ id, schema: 'Person', properties: { name: [name] } });
  writeFileSync(
    path,
    `${entity('bomb-long-name', char.repeat(length))}\n${entity('bomb-plain', 'Ivan Petrov')}\n`,
  );
}
