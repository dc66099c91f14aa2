/**
 * Forwarded messages (`message/rfc822` parts) found in a message's MIME tree and taken out whole,
 * as their bytes were sent. mailparser keeps such a part as an attachment only when it is not
 * marked inline; marked inline, it merges the message into the body and its headers are lost.
 * This walker finds them in both cases, so a forwarded e-mail always becomes a child `.eml`.
 */

const MAX_NESTING = 30;

interface Part {
  headers: Map<string, string>;
  body: Buffer;
}

/** Headers (names lower-cased, folded lines joined) and the body after the first empty line. */
function splitPart(bytes: Buffer): Part {
  const crlf = bytes.indexOf('\r\n\r\n');
  const lf = bytes.indexOf('\n\n');
  let end = -1;
  let skip = 0;
  if (crlf !== -1 && (lf === -1 || crlf < lf)) [end, skip] = [crlf, 4];
  else if (lf !== -1) [end, skip] = [lf, 2];
  const head = (end === -1 ? bytes : bytes.subarray(0, end)).toString('latin1');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      const name = line.slice(0, colon).trim().toLowerCase();
      if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
    }
  }
  return { headers, body: end === -1 ? Buffer.alloc(0) : bytes.subarray(end + skip) };
}

/** A header parameter (`boundary`, `filename`, `name`), quoted or not. */
export function headerParam(value: string | undefined, name: string): string | null {
  const match = value?.match(
    new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]+))`, 'i'),
  );
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : (match[2] ?? null);
}

/** The parts of a multipart body, between its `--boundary` lines. */
function multipartParts(body: Buffer, boundary: string): Buffer[] {
  const parts: Buffer[] = [];
  const delimiter = Buffer.from(`--${boundary}`);
  let start = -1;
  let at = 0;
  while (at <= body.length) {
    const found = body.indexOf(delimiter, at);
    if (found === -1) break;
    const lineStart = found === 0 || body[found - 1] === 0x0a;
    const lineEnd = body.indexOf(0x0a, found);
    if (lineStart) {
      if (start !== -1) {
        // The line break before the delimiter belongs to the delimiter.
        let end = found;
        if (body[end - 1] === 0x0a) end--;
        if (body[end - 1] === 0x0d) end--;
        parts.push(body.subarray(start, end));
      }
      if (
        body.subarray(found + delimiter.length, found + delimiter.length + 2).toString() === '--'
      ) {
        return parts;
      }
      start = lineEnd === -1 ? body.length : lineEnd + 1;
    }
    at = lineEnd === -1 ? body.length + 1 : lineEnd + 1;
  }
  if (start !== -1 && start < body.length) parts.push(body.subarray(start));
  return parts;
}

function decodeBody(body: Buffer, encoding: string | undefined): Buffer {
  const name = (encoding ?? '').trim().toLowerCase();
  if (name === 'base64') return Buffer.from(body.toString('latin1'), 'base64');
  if (name === 'quoted-printable') {
    const text = body.toString('latin1').replace(/=\r?\n/g, '');
    return Buffer.from(
      text.replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      ),
      'latin1',
    );
  }
  return body;
}

export interface ForwardedMessage {
  bytes: Buffer;
  /** The file name the part gives itself, if any (undecoded when MIME-encoded). */
  fileName: string | null;
}

/** Every `message/rfc822` part of a message, outermost first; not those inside them. */
export function forwardedMessages(message: Buffer): ForwardedMessage[] {
  const found: ForwardedMessage[] = [];
  const walk = (bytes: Buffer, nesting: number, root: boolean) => {
    if (nesting > MAX_NESTING) return;
    const { headers, body } = splitPart(bytes);
    const type = headers.get('content-type') ?? 'text/plain';
    const mediaType = type.split(';')[0]!.trim().toLowerCase();
    if (!root && mediaType === 'message/rfc822') {
      const fileName =
        headerParam(headers.get('content-disposition'), 'filename') ?? headerParam(type, 'name');
      found.push({ bytes: decodeBody(body, headers.get('content-transfer-encoding')), fileName });
      return;
    }
    const boundary = headerParam(type, 'boundary');
    if (!mediaType.startsWith('multipart/') || !boundary) return;
    for (const part of multipartParts(body, boundary)) walk(part, nesting + 1, false);
  };
  walk(message, 0, true);
  return found;
}
