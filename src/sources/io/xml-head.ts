/**
 * The root element of an XML document, read from the first bytes of a file, for sniffing:
 * the prolog (declaration, comments, processing instructions, a DOCTYPE) is skipped.
 */

/** The root element's local name and its start tag (which carries the namespaces). */
export interface XmlRoot {
  name: string;
  tag: string;
}

const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)/i;

export function xmlRoot(head: string): XmlRoot | null {
  // The head is decoded as latin1, so a UTF-8 byte order mark reads as three characters.
  let rest = head.replace(/^(\u00ef\u00bb\u00bf|\ufeff)/, '');
  for (let m = PROLOG.exec(rest); m && m[0].length > 0; m = PROLOG.exec(rest)) {
    rest = rest.slice(m[0].length);
  }
  const tag = /^<([A-Za-z_][\w.:-]*)(?:\s[^>]*)?\/?>/.exec(rest);
  if (!tag) return null;
  const qname = tag[1]!;
  return { name: qname.slice(qname.indexOf(':') + 1), tag: tag[0] };
}
