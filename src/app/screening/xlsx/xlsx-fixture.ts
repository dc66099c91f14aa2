/**
 * For the XLSX reader's tests: a small zip writer (parts in any order, deflated or stored), the
 * parts of a zip as another writer put them, and workbooks written part by part, so that tests
 * can build what exceljs never writes (a first sheet in sheet2.xml, 1904 dates, sparse rows).
 */
import { writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';

export interface ZipPart {
  name: string;
  data: Buffer | string;
  /** Stored as is rather than deflated. */
  stored?: boolean;
}

/** 2024-01-01 00:00 as MS-DOS writes it. */
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;

function header(size: number, fields: [number, number][]): Buffer {
  const buffer = Buffer.alloc(size);
  let at = 0;
  for (const [bytes, value] of fields) {
    if (bytes === 2) buffer.writeUInt16LE(value, at);
    else buffer.writeUInt32LE(value, at);
    at += bytes;
  }
  return buffer;
}

/** A zip holding the parts in the order given. */
export function zipBytes(parts: readonly ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const data = Buffer.from(part.data);
    const packed = part.stored ? data : deflateRawSync(data);
    const method = part.stored ? 0 : 8;
    const common: [number, number][] = [
      [2, 20],
      [2, UTF8_NAMES],
      [2, method],
      [2, 0],
      [2, DOS_DATE],
      [4, crc32(data)],
      [4, packed.length],
      [4, data.length],
      [2, name.length],
      [2, 0],
    ];
    const local = header(30, [[4, 0x04034b50], ...common]);
    const more: [number, number][] = [
      [2, 0],
      [2, 0],
      [2, 0],
      [4, 0],
      [4, offset],
    ];
    central.push(header(46, [[4, 0x02014b50], [2, 20], ...common, ...more]), name);
    chunks.push(local, name, packed);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const n = parts.length;
  const end = header(22, [
    [4, 0x06054b50],
    [2, 0],
    [2, 0],
    [2, n],
    [2, n],
    [4, directory.length],
    [4, offset],
    [2, 0],
  ]);
  return Buffer.concat([...chunks, directory, end]);
}

export function writeZip(path: string, parts: readonly ZipPart[]): string {
  writeFileSync(path, zipBytes(parts));
  return path;
}

/** The parts of a zip file, in the order they are in the file. */
export async function zipParts(path: string): Promise<ZipPart[]> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true });
  const parts: ZipPart[] = [];
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName.endsWith('/')) continue;
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk);
    parts.push({ name: entry.fileName, data: Buffer.concat(chunks) });
  }
  return parts;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface SheetSpec {
  name: string;
  /** Its part, under xl/. */
  file: string;
  /** What is inside `<sheetData>`. */
  rows: string;
  /** A chart sheet, listed among the sheets but without rows. */
  chart?: boolean;
}

export interface WorkbookSpec {
  /** In the workbook's order; the zip holds them in the reverse order. */
  sheets: SheetSpec[];
  /** Each string's content, inside `<si>`. */
  strings?: string[];
  /** Custom number formats by id. */
  numFmts?: Record<number, string>;
  /** The number format of each cell style, `s="i"` being the i-th. */
  cellFormats?: number[];
  date1904?: boolean;
}

function relationships(rels: [string, string, string][]): string {
  const body = rels
    .map(
      ([id, type, target]) =>
        `<Relationship Id="${id}" Type="${REL_TYPE}/${type}" Target="${target}"/>`,
    )
    .join('');
  return `${XML}<Relationships xmlns="${RELS}">${body}</Relationships>`;
}

/** A workbook's parts, written as Excel writes them, in the order a test may change. */
export function workbookParts(spec: WorkbookSpec): ZipPart[] {
  const rels: [string, string, string][] = spec.sheets.map((s, i) => [
    `rId${i + 1}`,
    s.chart ? 'chartsheet' : 'worksheet',
    s.file,
  ]);
  const sheets = spec.sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const pr = spec.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>';
  const workbook = `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL_TYPE}">${pr}<sheets>${sheets}</sheets></workbook>`;
  const parts: ZipPart[] = [
    {
      name: '_rels/.rels',
      data: relationships([['rId1', 'officeDocument', 'xl/workbook.xml']]),
    },
    { name: 'xl/workbook.xml', data: workbook },
  ];
  if (spec.strings) {
    rels.push(['rIdStrings', 'sharedStrings', 'sharedStrings.xml']);
    const items = spec.strings.map((s) => `<si>${s}</si>`).join('');
    parts.push({ name: 'xl/sharedStrings.xml', data: `${XML}<sst xmlns="${MAIN}">${items}</sst>` });
  }
  if (spec.cellFormats) {
    rels.push(['rIdStyles', 'styles', '/xl/styles.xml']);
    const numFmts = Object.entries(spec.numFmts ?? {})
      .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`)
      .join('');
    const xfs = spec.cellFormats.map((id) => `<xf numFmtId="${id}" xfId="0"/>`).join('');
    // A differential format's numFmt and a cell style record's xf are not the cells' formats.
    const styles =
      `${XML}<styleSheet xmlns="${MAIN}"><numFmts>${numFmts}</numFmts>` +
      '<cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>' +
      `<cellXfs>${xfs}</cellXfs>` +
      '<dxfs><dxf><numFmt numFmtId="200" formatCode="yyyy"/></dxf></dxfs></styleSheet>';
    parts.push({ name: 'xl/styles.xml', data: styles });
  }
  for (const sheet of [...spec.sheets].reverse()) {
    const root = sheet.chart ? 'chartsheet' : 'worksheet';
    const body = sheet.chart ? '<drawing r:id="rId1"/>' : `<sheetData>${sheet.rows}</sheetData>`;
    const data = `${XML}<${root} xmlns="${MAIN}" xmlns:r="${REL_TYPE}">${body}</${root}>`;
    parts.push({ name: `xl/${sheet.file}`, data });
  }
  parts.push({ name: 'xl/_rels/workbook.xml.rels', data: relationships(rels) });
  return parts;
}
