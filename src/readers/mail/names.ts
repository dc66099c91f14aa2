/**
 * Names for the children of an e-mail: an attachment's own file name made safe, or one made from
 * its type; the same name twice numbered, so that each child keeps its own place.
 */

/** A few common types, for attachments without a name. */
const EXTENSIONS: Record<string, string> = {
  'application/pdf': '.pdf',
  'application/zip': '.zip',
  'application/msword': '.doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/tiff': '.tif',
  'text/plain': '.txt',
  'text/html': '.html',
  'text/csv': '.csv',
  'message/rfc822': '.eml',
};

/** MIME encoded words (`=?utf-8?B?...?=`), as some writers leave them in parameters. */
export function decodeWords(text: string): string {
  return text.replace(
    /=\?([^?]+)\?([BbQq])\?([^?]*)\?=\s*/g,
    (whole, charset: string, kind: string, data: string) => {
      try {
        const bytes =
          kind.toUpperCase() === 'B'
            ? Buffer.from(data, 'base64')
            : Buffer.from(
                data
                  .replace(/_/g, ' ')
                  .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) =>
                    String.fromCharCode(Number.parseInt(hex, 16)),
                  ),
                'latin1',
              );
        return new TextDecoder(charset.split('*')[0]!).decode(bytes);
      } catch {
        return whole;
      }
    },
  );
}

/** One segment: no separators, no control characters. */
export function safeName(name: string): string {
  return (
    name
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
      .replace(/[\u0000-\u001f\u007f/\\]/g, '_')
      .replace(/^\.+$/, '_')
      .trim()
  );
}

export class ChildNames {
  private readonly used = new Set<string>();
  private count = 0;

  /** A unique name for the next child. */
  next(fileName: string | null | undefined, contentType: string, fallback = 'attachment'): string {
    this.count++;
    const ext = EXTENSIONS[contentType.toLowerCase()] ?? '.bin';
    let name = safeName(fileName ?? '') || `${fallback}-${this.count}${ext}`;
    if (contentType.toLowerCase() === 'message/rfc822' && !/\.eml$/i.test(name)) name += '.eml';
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    for (let n = 2; this.used.has(name.toLowerCase()); n++) name = `${stem} (${n})${extension}`;
    this.used.add(name.toLowerCase());
    return name;
  }
}
