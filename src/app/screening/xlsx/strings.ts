/**
 * Texts as spreadsheets store them: shared strings (each distinct text once, cells refer to it by
 * its index) and inline strings share one shape, plain `<t>` or rich-text runs `<r><t>`, with
 * phonetic guides (`<rPh>`, Japanese readings) that are not part of the text.
 */
import { Zip } from './zip.js';
import { readPart } from './xml.js';

/** Characters XML cannot hold (a carriage return kept as such) are written `_xHHHH_`. */
export function unescapeText(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/** The text of a string element (`<si>`, `<is>`), fed with its descendants' events. */
export class StringText {
  private phonetic = 0;
  private inText = false;
  private text = '';

  open(name: string): void {
    if (name === 'rPh') this.phonetic++;
    else if (name === 't' && this.phonetic === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === 'rPh') this.phonetic--;
    else if (name === 't') this.inText = false;
  }

  add(text: string): void {
    if (this.inText) this.text += text;
  }

  /** The text gathered since the last call. */
  take(): string {
    const text = unescapeText(this.text);
    this.text = '';
    return text;
  }
}

/**
 * The shared strings, in order; held in memory, since any cell may refer to any of them. Their
 * number and their characters are counted as they are parsed (a single string may be the bomb),
 * against the zip's limits.
 */
export async function readSharedStrings(zip: Zip, part: string | null): Promise<string[]> {
  const strings: string[] = [];
  if (part === null) return strings;
  const { maxSharedStrings, maxSharedStringChars } = zip.limits;
  const text = new StringText();
  let inString = false;
  let chars = 0;
  const refuse = (problem: string) => Zip.limitError(zip.path, part, problem);
  await readPart(zip, part, {
    open(name) {
      if (name === 'si') inString = true;
      else if (inString) text.open(name);
    },
    close(name) {
      if (name !== 'si') text.close(name);
      else {
        if (strings.length >= maxSharedStrings) {
          const problem = `holds more than ${maxSharedStrings} shared strings`;
          throw refuse(`${problem} (xlsx.maxSharedStrings)`);
        }
        strings.push(text.take());
        inString = false;
      }
    },
    text(t) {
      chars += t.length;
      if (chars > maxSharedStringChars) {
        const problem = `holds more than ${maxSharedStringChars} characters of text`;
        throw refuse(`${problem} (xlsx.maxSharedStringChars)`);
      }
      text.add(t);
    },
  });
  return strings;
}
