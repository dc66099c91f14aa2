import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { SourceError } from './errors.js';
import { type Encoding, readText } from './files.js';

export interface CsvRow {
  /** The line of the file where the record starts (1-based), for error messages. */
  line: number;
  fields: string[];
}

export interface CsvOptions {
  encoding: Encoding;
  delimiter?: string;
  progress: (bytes: number) => void;
  /** Allow rows with a different number of fields (the UK CSV's trailing commas vary). */
  relaxColumnCount?: boolean;
}

/**
 * Stream the rows of a CSV (or tab-separated) file. A malformed record (an unclosed quote, a
 * truncated last line) stops the read with the file and line.
 */
export async function* readCsv(path: string, options: CsvOptions): AsyncIterable<CsvRow> {
  const parser = parse({
    delimiter: options.delimiter ?? ',',
    relax_column_count: options.relaxColumnCount ?? true,
    relax_quotes: options.delimiter === '\t',
    quote: options.delimiter === '\t' ? false : '"',
    skip_empty_lines: true,
    info: true,
  });
  const text = Readable.from(readText(path, options.encoding, options.progress));
  text.on('error', (error) => parser.destroy(error));
  text.pipe(parser);
  try {
    for await (const row of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      yield { line: row.info.lines, fields: row.record };
    }
  } catch (error) {
    if (error instanceof SourceError) throw error;
    const e = error as Error & { lines?: number };
    const where = e.lines ? `line ${e.lines}` : null;
    throw new SourceError(
      path,
      where,
      `malformed CSV: ${e.message.replace(/^Invalid /, 'invalid ')}`,
    );
  }
}
