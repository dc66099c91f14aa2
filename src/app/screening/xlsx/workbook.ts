/**
 * The workbook found as OPC packages are meant to be read: the package's relationships name the
 * workbook part, the workbook's relationships name its sheets, shared strings and styles. Part
 * names are never guessed (`xl/worksheets/sheet1.xml` need not be the first sheet, or exist).
 */
import { posix } from 'node:path';
import { SourceError } from '../../../sources/io/index.js';
import type { Zip } from './zip.js';
import { readPart } from './xml.js';

interface Relationship {
  id: string;
  type: string;
  /** The part it points to, resolved to a name in the zip. */
  part: string;
}

export interface Workbook {
  /** The first worksheet's part. */
  sheet: string;
  sharedStrings: string | null;
  styles: string | null;
  /** Dates count from 1904-01-01 (older Mac workbooks) rather than from 1900. */
  date1904: boolean;
}

/** Types are URIs that differ between transitional and strict files, but not in their end. */
function isType(rel: Relationship, type: string): boolean {
  return rel.type.endsWith(`/${type}`);
}

/** Targets are URIs relative to the source part's folder, or absolute from the package root. */
function resolveTarget(source: string, target: string): string {
  let path = target;
  try {
    path = decodeURIComponent(target);
  } catch {
    // Not percent-encoded after all: the target as written.
  }
  const joined = path.startsWith('/') ? path : posix.join(posix.dirname(source), path);
  return posix.normalize(joined).replace(/^\/+/, '');
}

/** The relationships of a part (`''` for the package): none when it has no `.rels` part. */
async function relationships(zip: Zip, source: string): Promise<Relationship[]> {
  const rels = posix.join(posix.dirname(source), '_rels', `${posix.basename(source)}.rels`);
  if (!zip.has(rels)) return [];
  const found: Relationship[] = [];
  await readPart(zip, rels, {
    open(name, attrs) {
      if (name !== 'Relationship' || attrs.TargetMode === 'External') return;
      const { Id: id = '', Type: type = '', Target: target = '' } = attrs;
      found.push({ id, type, part: resolveTarget(source, target) });
    },
  });
  return found;
}

interface SheetEntry {
  name: string;
  relId: string;
}

async function readWorkbookPart(zip: Zip, part: string) {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await readPart(zip, part, {
    open(name, attrs) {
      // The sheet's `r:id`: its relationship, by the attribute's local name.
      if (name === 'sheet') sheets.push({ name: attrs.name ?? '', relId: attrs.id ?? '' });
      else if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attrs.date1904 ?? '');
    },
  });
  return { sheets, date1904 };
}

/** The workbook's parts and settings; its first worksheet is the first in the workbook's order. */
export async function readWorkbook(zip: Zip): Promise<Workbook> {
  const office = (await relationships(zip, '')).find((r) => isType(r, 'officeDocument'));
  if (!office) {
    const problem = "no workbook: the zip's _rels/.rels names none, so it is not an XLSX file";
    throw new SourceError(zip.path, null, problem);
  }
  const part = office.part;
  if (!zip.has(part)) throw zip.error(part, 'is named as the workbook but is not in the file');
  const { sheets, date1904 } = await readWorkbookPart(zip, part);
  const rels = await relationships(zip, part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  // Chart sheets and dialog sheets are listed among the sheets but have no rows.
  let first: { name: string; rel: Relationship } | null = null;
  for (const sheet of sheets) {
    const rel = byId.get(sheet.relId);
    if (!rel) {
      const where = `sheet "${sheet.name}" refers to relationship "${sheet.relId}"`;
      throw zip.error(part, `${where}, which its relationships do not have`);
    }
    if (isType(rel, 'worksheet')) {
      first = { name: sheet.name, rel };
      break;
    }
  }
  if (!first) throw zip.error(part, 'the workbook has no worksheet');
  if (!zip.has(first.rel.part)) {
    throw zip.error(first.rel.part, `the worksheet "${first.name}" is not in the file`);
  }
  const partOf = (type: string) => rels.find((r) => isType(r, type))?.part ?? null;
  return {
    sheet: first.rel.part,
    sharedStrings: partOf('sharedStrings'),
    styles: partOf('styles'),
    date1904,
  };
}
