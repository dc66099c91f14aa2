/**
 * XML parts parsed with saxes as they are unpacked, so that a sheet of any length is read in
 * small pieces. Names lose their namespace prefix: writers differ in prefixes (some write
 * `x:row`), not in local names.
 */
import { DossierError } from '../../../core/errors/index.js';
import { guardedParser, localName, type SourceError } from '../../../sources/io/index.js';
import type { Zip } from './zip.js';

export type Attributes = Record<string, string>;

export interface XmlHandlers {
  open?(name: string, attrs: Attributes): void;
  close?(name: string): void;
  text?(text: string): void;
}

/**
 * Parse a part, pausing after each unpacked chunk so that the caller can hand on what the
 * handlers gathered from it. A handler that throws stops the parse, its message placed at the
 * part and line. A DOCTYPE is refused: no entity is declared, so none is expanded.
 */
export async function* parsePart(
  zip: Zip,
  part: string,
  handlers: XmlHandlers,
  onPacked?: (bytes: number) => void,
): AsyncGenerator<void> {
  let failure: SourceError | null = null;
  const fail = (problem: string) => {
    failure ??= zip.error(part, problem, parser.line);
  };
  const parser = guardedParser(fail);
  let sawRoot = false;
  parser.on('opentag', (tag) => {
    sawRoot = true;
    const attrs: Attributes = {};
    for (const [name, value] of Object.entries(tag.attributes)) attrs[localName(name)] = value;
    handlers.open?.(localName(tag.name), attrs);
  });
  parser.on('closetag', (tag) => handlers.close?.(localName(tag.name)));
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const write = (text: string) => {
    try {
      parser.write(text);
    } catch (error) {
      // Dossier's own errors (a limit a handler enforces) keep their code and message.
      if (error instanceof DossierError) throw error;
      fail((error as Error).message);
    }
    if (failure) throw failure;
  };
  const decode = (chunk?: Buffer) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw zip.error(part, 'is not valid UTF-8 text', parser.line);
    }
  };
  for await (const chunk of zip.read(part, onPacked)) {
    write(decode(chunk));
    yield;
  }
  write(decode());
  parser.close();
  if (failure) throw failure;
  if (!sawRoot) throw zip.error(part, 'holds no XML element');
}

/** Parse a part to its end. */
export async function readPart(zip: Zip, part: string, handlers: XmlHandlers): Promise<void> {
  for await (const _ of parsePart(zip, part, handlers));
}
