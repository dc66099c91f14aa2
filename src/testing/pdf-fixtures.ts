/**
 * Small PDFs for the document readers' tests, made at test time: text pages drawn with pdf-lib and
 * a Debian font (DejaVu for Cyrillic), hand-written PDFs for what pdf-lib cannot make (a
 * non-embedded Chinese font read through a character map, a ToUnicode map that yields radical code
 * points, the standard security handler), and page images rendered with pdftoppm.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';

export const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

export interface DrawnLine {
  text: string;
  /** From the page's left edge and from its bottom (PDF's own origin), in points, at the baseline. */
  x: number;
  y: number;
  size: number;
}

/** A PDF with one page per entry, each line drawn in DejaVu Sans; an empty entry is a blank page. */
export async function textPdf(
  pages: DrawnLine[][],
  info: { title?: string; author?: string } = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(readFileSync(DEJAVU), { subset: true });
  if (info.title) doc.setTitle(info.title);
  if (info.author) doc.setAuthor(info.author);
  doc.setCreationDate(new Date('2024-03-14T10:00:00Z'));
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    for (const line of lines) page.drawText(line.text, { ...line, font });
  }
  // pdf-lib adds a blank page to a document without one unless told not to.
  return doc.save({ addDefaultPage: false });
}

/** A PDF whose pages are the given PNG images, each filling an A4 page: a scan. */
export async function imagePdf(
  pngs: Uint8Array[],
  textPages: DrawnLine[][] = [],
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await textPdf(textPages));
  for (const png of pngs) {
    const image = await doc.embedPng(png);
    const page = doc.addPage([595, 842]);
    page.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  }
  return doc.save({ addDefaultPage: false });
}

/** Render one page with pdftoppm (`png`, `jpeg` or `tiff`) and return the image's bytes. */
export function renderPage(
  pdf: Uint8Array,
  page: number,
  dpi: number,
  format: 'png' | 'jpeg' | 'tiff' = 'png',
): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-render-'));
  try {
    const input = join(dir, 'in.pdf');
    writeFileSync(input, pdf);
    const out = join(dir, 'out');
    execFileSync('pdftoppm', [
      `-${format}`,
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      input,
      out,
    ]);
    const ext = format === 'jpeg' ? 'jpg' : format === 'tiff' ? 'tif' : 'png';
    return new Uint8Array(readFileSync(`${out}.${ext}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Assemble a PDF from numbered object bodies (object 1 is the catalog), computing the xref table. */
export function assemblePdf(objects: string[], trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

function stream(content: string): string {
  return `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
}

function hexUtf16(text: string): string {
  return Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase();
}

/**
 * One page of Chinese in a non-embedded font (STSong-Light, UniGB-UCS2-H): the text can only be
 * read through pdfjs's character maps, as in many Chinese office PDFs.
 */
export function chinesePdf(text: string): Uint8Array {
  const content = `BT /F1 28 Tf 60 700 Td <${hexUtf16(text)}> Tj ET`;
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(content),
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  ]);
}

/**
 * One page whose text layer maps each byte to the given code points through a ToUnicode map, the
 * way Type3 CJK fonts printed by Chromium came out as Kangxi radicals (U+2Fxx) and CJK radicals
 * supplement (U+2Exx) instead of unified ideographs.
 */
export function toUnicodePdf(codePoints: number[]): Uint8Array {
  const bytes = codePoints.map((_, i) => (0x41 + i).toString(16).toUpperCase());
  const pairs = codePoints.map((cp, i) => `<${bytes[i]}> <${hexUtf16(String.fromCodePoint(cp))}>`);
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <00> <FF> endcodespacerange',
    `${pairs.length} beginbfchar ${pairs.join(' ')} endbfchar`,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const content = `BT /F1 24 Tf 60 700 Td <${bytes.join('')}> Tj ET`;
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(content),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>',
    stream(cmap),
  ]);
}

const PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (password: string) =>
  Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);

/**
 * A PDF locked with a user password (standard security handler, revision 2, 40-bit RC4): it
 * cannot be opened without the password, so a reader must fail it as `encrypted`.
 */
export function encryptedPdf(userPassword: string): Uint8Array {
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const owner = rc4(md5(padded(`${userPassword}-owner`)).subarray(0, 5), padded(userPassword));
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(-44);
  const key = md5(padded(userPassword), owner, permissions, id).subarray(0, 5);
  const user = rc4(key, PAD);
  const encrypt = `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> >>`;
  return assemblePdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
      encrypt,
    ],
    `/Encrypt 4 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>] `,
  );
}

export interface PopplerWord {
  text: string;
  box: [number, number, number, number];
}

/**
 * Word boxes of one page as poppler's `pdftotext -bbox` sees them (points, top-left origin): an
 * independent measure to hold the readers' boxes to.
 */
export function popplerWords(pdf: Uint8Array, page: number): PopplerWord[] {
  const html = execFileSync(
    'pdftotext',
    ['-bbox', '-f', String(page), '-l', String(page), '-', '-'],
    {
      input: pdf,
    },
  ).toString('utf8');
  const words: PopplerWord[] = [];
  const pattern =
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(pattern)) {
    words.push({ text: m[5]!, box: [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] });
  }
  return words;
}

/** Whether the centre of box `inner` lies inside box `outer`. */
export function centreInside(inner: readonly number[], outer: readonly number[]): boolean {
  const x = (inner[0]! + inner[2]!) / 2;
  const y = (inner[1]! + inner[3]!) / 2;
  return x >= outer[0]! && x <= outer[2]! && y >= outer[1]! && y <= outer[3]!;
}
