/**
 * DOCX and XLSX packages written part by part at test time (with the ZIP fixture writer), so that
 * tests hold exactly what Word and Excel write for tracked changes, comments and shared strings.
 */
import { type FixtureEntry, zipBytes } from '../zip/zip-fixture.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

function rels(list: [string, string, string][]): string {
  const items = list.map(
    ([id, type, target]) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL}">${items.join('')}</Relationships>`;
}

const CORE = `<?xml version="1.0" encoding="UTF-8"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
<dc:title>Договор поставки №17</dc:title><dc:creator>Иванов И.И.</dc:creator>
<cp:lastModifiedBy>Li Wei</cp:lastModifiedBy><dcterms:created>2024-03-01T09:00:00Z</dcterms:created>
</cp:coreProperties>`;

const APP = `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>ООО «Купол»</Company></Properties>`;

/** A contract with an insertion, a deletion, a comment, a table and an AlternateContent text box. */
export const DOCUMENT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>
<w:p><w:r><w:t>ДОГОВОР ПОСТАВКИ №17</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Покупатель оплачивает </w:t></w:r>
<w:del w:id="1" w:author="Иванов И.И." w:date="2024-03-14T10:00:00Z"><w:r><w:delText>1 000 000</w:delText></w:r></w:del>
<w:ins w:id="2" w:author="Иванов И.И." w:date="2024-03-14T10:01:00Z"><w:r><w:t>1 200 000</w:t></w:r></w:ins>
<w:r><w:t xml:space="preserve"> юаней</w:t></w:r><w:r><w:tab/><w:t>в течение 10 дней.</w:t></w:r></w:p>
<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Поставщик: ООО «Ромашка»</w:t></w:r><w:commentRangeEnd w:id="0"/>
<w:r><w:commentReference w:id="0"/></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Товар</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>ТН ВЭД 8806</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>Печать</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Печать</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
</w:body></w:document>`;

const COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments xmlns:w="${W}"><w:comment w:id="0" w:author="Li Wei" w:date="2024-03-15T08:00:00Z" w:initials="LW">
<w:p><w:r><w:t>Check the INN of this supplier.</w:t></w:r></w:p><w:p><w:r><w:t>它在名单上吗？</w:t></w:r></w:p></w:comment></w:comments>`;

/** A letterhead used by two headers (first page and default), and a footnote with its separator. */
const HEADER = `<w:hdr xmlns:w="${W}"><w:p><w:r><w:t>ООО «Купол», ИНН 1835019560</w:t></w:r></w:p></w:hdr>`;
const FOOTNOTES = `<w:footnotes xmlns:w="${W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Курс ЦБ РФ на дату платежа.</w:t></w:r></w:p></w:footnote></w:footnotes>`;

export function docxBytes(
  document = DOCUMENT,
  comments: string | null = COMMENTS,
  notes = false,
): Buffer {
  const docRels: [string, string, string][] = comments
    ? [['rId1', 'comments', 'comments.xml']]
    : [];
  if (notes) {
    docRels.push(
      ['rId7', 'header', 'header1.xml'],
      ['rId8', 'header', 'header2.xml'],
      ['rId9', 'footnotes', 'footnotes.xml'],
    );
  }
  const parts: FixtureEntry[] = [
    {
      name: '_rels/.rels',
      data: rels([
        ['rId1', 'officeDocument', 'word/document.xml'],
        ['rId2', 'metadata/core-properties', 'docProps/core.xml'],
        ['rId3', 'extended-properties', 'docProps/app.xml'],
      ]),
    },
    { name: 'word/document.xml', data: document },
    { name: 'word/_rels/document.xml.rels', data: rels(docRels) },
    { name: 'docProps/core.xml', data: CORE },
    { name: 'docProps/app.xml', data: APP },
  ];
  if (comments) parts.push({ name: 'word/comments.xml', data: comments });
  if (notes) {
    parts.push(
      { name: 'word/header1.xml', data: HEADER },
      { name: 'word/header2.xml', data: HEADER },
      { name: 'word/footnotes.xml', data: FOOTNOTES },
    );
  }
  return zipBytes(parts);
}

export interface SheetSpec {
  name: string;
  /** The `<sheetData>` content. */
  rows: string;
}

const S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A workbook with these sheets, shared strings (`<si>` contents) and a date style (s="1"). */
export function xlsxBytes(
  sheets: SheetSpec[],
  strings: string[],
  extra: FixtureEntry[] = [],
): Buffer {
  const book = sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const bookRels: [string, string, string][] = sheets.map((_, i) => [
    `rId${i + 1}`,
    'worksheet',
    `worksheets/sheet${i + 1}.xml`,
  ]);
  bookRels.push(['rIdS', 'sharedStrings', 'sharedStrings.xml'], ['rIdT', 'styles', 'styles.xml']);
  return zipBytes([
    { name: '_rels/.rels', data: rels([['rId1', 'officeDocument', 'xl/workbook.xml']]) },
    {
      name: 'xl/workbook.xml',
      data: `<workbook xmlns="${S}" xmlns:r="${R}"><sheets>${book}</sheets></workbook>`,
    },
    { name: 'xl/_rels/workbook.xml.rels', data: rels(bookRels) },
    {
      name: 'xl/sharedStrings.xml',
      data: `<sst xmlns="${S}" count="${strings.length}">${strings.map((s) => `<si>${s}</si>`).join('')}</sst>`,
    },
    {
      name: 'xl/styles.xml',
      data: `<styleSheet xmlns="${S}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
    },
    ...sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: `<worksheet xmlns="${S}"><sheetData>${s.rows}</sheetData></worksheet>`,
    })),
    ...extra,
  ]);
}
