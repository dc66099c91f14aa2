/**
 * An Office Open XML package (DOCX, XLSX): a ZIP whose parts are found through relationships,
 * never by guessed names, read with the ZIP reader's bomb limits (src/readers/zip), and XML parsed
 * with saxes with a DOCTYPE refused (no entity is declared, so none is expanded).
 */
import { posix } from 'node:path';
import { SaxesParser } from 'saxes';
import type { ReadLimits } from '../../core/documents/index.js';
import { ReadProblem } from '../read-problem.js';
import { Archive, type ArchiveEntry } from '../zip/index.js';

export type Attributes = Record<string, string>;

export interface XmlHandlers {
  open?(name: string, attrs: Attributes): void;
  close?(name: string): void;
  text?(text: string): void;
}

export interface Relationship {
  id: string;
  type: string;
  /** The part it points to, resolved to a name in the package. */
  part: string;
}

/** A name without its namespace prefix: writers differ in prefixes (`w:`, `x:`), not local names. */
function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** The compound-file signature: a password-protected OOXML file is an OLE container, not a ZIP. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Part names compare without case and without a leading slash, as OPC compares them. */
function key(part: string): string {
  return part.replace(/^\/+/, '').toLowerCase();
}

export class OfficePackage {
  private constructor(
    private readonly archive: Archive,
    private readonly parts: ReadonlyMap<string, ArchiveEntry>,
    private readonly signal?: AbortSignal,
  ) {}

  static async open(bytes: Uint8Array, limits: ReadLimits, signal?: AbortSignal) {
    if (OLE.every((b, i) => bytes[i] === b)) {
      const problem = 'is an OLE container, not a ZIP package: a password-protected Office file';
      throw new ReadProblem('unpack', 'encrypted', `${problem} (or an old binary .doc/.xls)`);
    }
    const archive = await Archive.open(bytes, limits);
    const parts = new Map<string, ArchiveEntry>();
    for (const entry of archive.entries) {
      if (!entry.folder && !parts.has(key(entry.name))) parts.set(key(entry.name), entry);
    }
    return new OfficePackage(archive, parts, signal);
  }

  has(part: string): boolean {
    return this.parts.has(key(part));
  }

  /** A part's bytes, unpacked within the limits; null when the package has no such part. */
  async read(part: string): Promise<Buffer | null> {
    const entry = this.parts.get(key(part));
    return entry ? this.archive.unpack(entry, this.signal) : null;
  }

  /** Parse a part; false when there is no such part. */
  async xml(part: string, handlers: XmlHandlers): Promise<boolean> {
    const bytes = await this.read(part);
    if (bytes === null) return false;
    parseXml(bytes, part, handlers);
    return true;
  }

  /** The relationships of a part (`''` for the package), resolved to part names. */
  async relationships(source: string): Promise<Relationship[]> {
    const rels = posix.join(posix.dirname(source), '_rels', `${posix.basename(source)}.rels`);
    const found: Relationship[] = [];
    await this.xml(rels, {
      open(name, attrs) {
        if (name !== 'Relationship' || attrs.TargetMode === 'External') return;
        const { Id: id = '', Type: type = '', Target: target = '' } = attrs;
        found.push({ id, type, part: resolveTarget(source, target) });
      },
    });
    return found;
  }

  /** The part a relationship of this type points to (types differ between strict and transitional, not in their end). */
  async related(source: string, type: string, fallback: string): Promise<string | null> {
    const rel = (await this.relationships(source)).find((r) => r.type.endsWith(`/${type}`));
    if (rel) return rel.part;
    return this.has(fallback) ? fallback : null;
  }

  close(): void {
    this.archive.close();
  }
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

/** Parse XML bytes (UTF-8, or UTF-16 with its BOM) to the end, names without prefixes. */
export function parseXml(bytes: Buffer, part: string, handlers: XmlHandlers): void {
  const fail = (problem: string) => new ReadProblem('text', 'corrupt', `${part}: ${problem}`);
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  const text = new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(bytes);
  const parser = new SaxesParser({ position: true });
  parser.on('doctype', () => {
    throw fail('a DOCTYPE (DTD or entity declarations) is not accepted');
  });
  parser.on('error', (error) => {
    throw fail(`malformed XML: ${error.message}`);
  });
  parser.on('opentag', (tag) => {
    const attrs: Attributes = {};
    for (const [name, value] of Object.entries(tag.attributes)) attrs[localName(name)] = value;
    handlers.open?.(localName(tag.name), attrs);
  });
  parser.on('closetag', (tag) => handlers.close?.(localName(tag.name)));
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  parser.write(text).close();
}
