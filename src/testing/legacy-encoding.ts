/**
 * Text into the legacy encodings Node can decode but not encode (Windows-1251, KOI8-R, GBK), for
 * tests that need files as old systems wrote them. The table is the decoder's own, inverted: what
 * the encoder writes is by construction what TextDecoder reads back.
 */
const tables = new Map<string, Map<string, number[]>>();

function tableOf(encoding: 'windows-1251' | 'koi8-r' | 'gbk'): Map<string, number[]> {
  let table = tables.get(encoding);
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder(encoding);
  if (encoding === 'gbk') {
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== '\ufffd' && !table.has(char))
          table.set(char, [lead, trail]);
      }
    }
  } else {
    for (let byte = 0x80; byte <= 0xff; byte++) {
      const char = decoder.decode(new Uint8Array([byte]));
      if (char !== '\ufffd' && !table.has(char)) table.set(char, [byte]);
    }
  }
  tables.set(encoding, table);
  return table;
}

export function encodeLegacy(
  text: string,
  encoding: 'windows-1251' | 'koi8-r' | 'gbk',
): Uint8Array {
  const table = tableOf(encoding);
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const encoded = table.get(char);
      if (!encoded) throw new Error(`${encoding} has no ${char}`);
      bytes.push(...encoded);
    }
  }
  return new Uint8Array(bytes);
}

/** UTF-16 with its byte-order mark, little- or big-endian. */
export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, endian === 'le');
  for (let i = 0; i < text.length; i++)
    view.setUint16(2 + i * 2, text.charCodeAt(i), endian === 'le');
  return bytes;
}
