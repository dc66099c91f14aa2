/**
 * CSV and TSV tables as one page whose line r is record r of the file (the header, if any, is
 * record 1) and whose tab-separated field c is column c, so that a mention's offset gives its row
 * and column. Tabs and line breaks inside a field become spaces (a quoted field spanning lines
 * stays on its record's line). The text's encoding is found as for any text (BOM, valid UTF-8,
 * else Windows-1251, GBK or CP866); the separator is `\t` for `.tsv`, else whichever of `,` `;`
 * `\t` `|` the first line holds most of outside quotes.
 */
import { parse } from 'csv-parse/sync';
import type { ReadOutcome } from '../../core/documents/index.js';
import { failed, readSafely } from '../read-problem.js';
import type { DocumentReader, ReadInput } from '../types.js';
import { decodeText } from '../zip/index.js';

const CSV_TYPES = new Set(['text/csv', 'text/tab-separated-values', 'application/csv']);
const SEPARATORS = [',', ';', '\t', '|'];

export function guessSeparator(text: string): string {
  let best = ',';
  let most = 0;
  const firstLine = text
    .slice(0, 64 * 1024)
    .split('\n', 1)[0]!
    .replace(/"[^"]*"/g, '');
  for (const separator of SEPARATORS) {
    const count = firstLine.split(separator).length - 1;
    if (count > most) [best, most] = [separator, count];
  }
  return best;
}

function records(text: string, delimiter: string): { rows: string[][]; warning: string | null } {
  try {
    const rows = parse(text, {
      delimiter,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
    return { rows, warning: null };
  } catch (error) {
    // A quote left open swallows the rest of the file in a strict parse: fall back to lines.
    const rows = text.split(/\r?\n/).map((line) => line.split(delimiter));
    if (rows.at(-1)?.join('') === '') rows.pop();
    return { rows, warning: `read line by line: ${(error as Error).message}` };
  }
}

async function readCsv(input: ReadInput): Promise<ReadOutcome> {
  if (input.bytes.length === 0) {
    return failed({ stage: 'text', reason: 'empty', message: 'the file is empty' });
  }
  const { text, encoding } = decodeText(input.bytes);
  const delimiter = /\.tsv$/i.test(input.fileName) ? '\t' : guessSeparator(text);
  const { rows, warning } = records(text, delimiter);
  const page = rows
    .map((fields) => fields.map((f) => f.replace(/[\t\r\n]/g, ' ')).join('\t'))
    .join('\n');
  const properties: Record<string, string[]> = {
    encoding: [encoding],
    separator: [delimiter === '\t' ? 'tab' : delimiter],
    rows: [String(rows.length)],
  };
  if (warning) properties.warning = [warning];
  return {
    status: 'processed',
    properties,
    pages: [
      {
        page: 1,
        text: page,
        method: 'text',
        language: null,
        confidence: null,
        width: null,
        height: null,
      },
    ],
    children: [],
  };
}

export const csvReader: DocumentReader = {
  name: 'csv',
  accepts(mediaType, fileName) {
    return CSV_TYPES.has(mediaType) || /\.(csv|tsv)$/i.test(fileName);
  },
  read(input) {
    return readSafely('text', () => readCsv(input));
  },
};
