// Makes examples/garpiya/scans/acceptance-certificate-ru.png, a FICTIONAL acceptance certificate
// ("Акт приёма-передачи") that looks like a scan: the text is drawn into a PDF with pdf-lib
// (DejaVu Sans for Russian and English, WenQuanYi Micro Hei for Chinese, from Debian's
// fonts-dejavu-core and fonts-wqy-microhei), tilted by half a degree and sprinkled with grey
// specks, then rendered to a grey PNG by pdftoppm at 200 dpi, so that `dossier add` has to OCR it.
// Run from the repository's root: node examples/garpiya/make-scan.mjs
// The specks come from a seeded generator: the image is the same on every run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { degrees, grayscale, PDFDocument } from 'pdf-lib';

const OUT = 'examples/garpiya/scans/acceptance-certificate-ru.png';
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const WQY = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

/**
 * The first font of a TrueType collection as a standalone font: a collection's table offsets are
 * counted from the start of the file, so the file with its first font's table directory written
 * over its header is that font (pdf-lib's fontkit takes no collection).
 */
function firstOfCollection(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0) !== 0x74746366) return bytes; // not 'ttcf'
  const offset = view.getUint32(12);
  const tables = view.getUint16(offset + 4);
  const directory = bytes.slice(offset, offset + 12 + 16 * tables);
  const font = new Uint8Array(bytes);
  font.set(directory, 0);
  return font;
}

const LINES = [
  ['ВЫМЫШЛЕННАЯ ИЛЛЮСТРАЦИЯ / FICTIONAL ILLUSTRATION for Dossier', 9],
  ['Документ составлен для примера и никем не выдавался.', 9],
  ['', 12],
  ['АКТ ПРИЁМА-ПЕРЕДАЧИ № 3', 15],
  ['к договору поставки № ТСК-14/2024 от 14.03.2024', 11],
  ['г. Ижевск                                                   20 мая 2024 г.', 11],
  ['', 11],
  ['Поставщик: ООО «ТСК Вектор», ИНН 3849055365,', 11],
  ['в лице Генерального директора Ямщикова А. М.', 11],
  ['Покупатель: АО «ИЭМЗ «Купол»», ИНН 1831083343.', 11],
  ['', 11],
  ['Поставщик передал, а Покупатель принял следующий товар:', 11],
  ['1. Двигатели в сборе (engine assembly), 7 шт.', 11],
  ['2. Запасные части, 12 комплектов.', 11],
  ['Страна происхождения: КНР', 11],
  ['Стоимость товара: 4 200 000,00 юаней (CNY).', 11],
  ['Претензий по количеству и качеству стороны не имеют.', 11],
  ['', 11],
  ['Сдал: Генеральный директор Ямщиков А. М. ________', 11],
  ['Принял: ________', 11],
];
const CHINESE = ['制造商：厦门', 11];

async function main() {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const latin = await doc.embedFont(readFileSync(DEJAVU), { subset: true });
  const han = await doc.embedFont(firstOfCollection(readFileSync(WQY)), { subset: true });
  const page = doc.addPage([595, 842]);
  const tilt = degrees(0.5);
  let y = 780;
  for (const [text, size] of LINES) {
    page.drawText(text, { x: 60, y, size, font: latin, rotate: tilt });
    if (text.startsWith('Страна происхождения')) {
      const after = 60 + latin.widthOfTextAtSize(`${text} `, size);
      page.drawText(CHINESE[0], { x: after, y: y + 0.5, size, font: han, rotate: tilt });
    }
    y -= size * 1.7;
  }
  // Grey specks, as a scanner's glass leaves them.
  let seed = 2024;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let i = 0; i < 400; i++) {
    page.drawCircle({
      x: random() * 595,
      y: random() * 842,
      size: 0.2 + random() * 0.6,
      color: grayscale(0.3 + random() * 0.5),
    });
  }
  const dir = mkdtempSync(join(tmpdir(), 'garpiya-scan-'));
  try {
    const pdf = join(dir, 'scan.pdf');
    writeFileSync(pdf, await doc.save());
    execFileSync('pdftoppm', ['-png', '-gray', '-r', '200', '-singlefile', pdf, join(dir, 'scan')]);
    renameSync(join(dir, 'scan.png'), OUT);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`wrote ${OUT}`);
}

await main();
