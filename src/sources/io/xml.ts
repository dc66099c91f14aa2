import { SaxesParser } from 'saxes';
import { SourceError } from './errors.js';
import { readText } from './files.js';

/** An element and its content, with namespace prefixes dropped from names. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
  /** The line where the element starts, for error messages. */
  line: number;
}

/** A name without its namespace prefix: writers differ in prefixes, not in local names. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/**
 * A saxes parser that tells `fail` of a DOCTYPE (refused outright: no DTD, no entity
 * declarations, nothing expanded or fetched) and of malformed XML, without saxes's own position
 * prefix: the caller says where, with the parser's line.
 */
export function guardedParser(fail: (problem: string) => void): SaxesParser {
  const parser = new SaxesParser({ position: true });
  parser.on('doctype', () => fail('a DOCTYPE (DTD or entity declarations) is not accepted'));
  parser.on('error', (error) =>
    fail(`malformed XML: ${error.message.replace(/^(.*?:)?\d+:\d+: /, '')}`),
  );
  return parser;
}

/**
 * Stream an XML file and yield each record element (an element whose local name is in
 * `records`) as a small tree, so memory stays flat however long the list is. Elements outside
 * records are skipped. A DOCTYPE is refused outright: no DTD, no entity declarations, nothing
 * expanded or fetched. Malformed or truncated XML stops the read with the file and line.
 */
export async function* readXmlRecords(
  path: string,
  records: ReadonlySet<string>,
  progress: (bytes: number) => void,
): AsyncIterable<XmlNode> {
  const stack: XmlNode[] = [];
  const ready: XmlNode[] = [];
  let failure: SourceError | null = null;
  const fail = (problem: string) => {
    failure ??= new SourceError(path, `line ${parser.line}`, problem);
  };
  const parser = guardedParser(fail);
  // saxes keeps one handler per event, so each event has exactly one `on` call here.
  let sawRoot = false;
  parser.on('opentag', (tag) => {
    sawRoot = true;
    const name = localName(tag.name);
    if (stack.length === 0 && !records.has(name)) return;
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes))
      attrs[localName(key)] = String(value);
    const node: XmlNode = { name, attrs, children: [], text: '', line: parser.line };
    stack.at(-1)?.children.push(node);
    stack.push(node);
  });
  const addText = (text: string) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const node = stack.pop();
    if (node && stack.length === 0) {
      node.text = node.text.trim();
      ready.push(node);
    } else if (node) {
      node.text = node.text.trim();
    }
  });

  for await (const chunk of readText(path, 'utf-8', progress)) {
    parser.write(chunk);
    if (failure) throw failure;
    yield* ready.splice(0);
  }
  parser.close();
  if (failure) throw failure;
  if (!sawRoot) throw new SourceError(path, null, 'no XML element found');
  yield* ready.splice(0);
}

/** The first child element with this local name. */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

/** All child elements with this local name. */
export function children(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** The text of the first child with this name, or null when absent or blank. */
export function childText(node: XmlNode, name: string): string | null {
  const text = child(node, name)?.text;
  return text ? text : null;
}

/** Depth-first search for descendants with this local name. */
export function descendants(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  const visit = (n: XmlNode) => {
    for (const c of n.children) {
      if (c.name === name) found.push(c);
      visit(c);
    }
  };
  visit(node);
  return found;
}
