/**
 * CSV portfolios, streamed with csv-parse. The separator is guessed from the header line (",",
 * ";", tab or "|"); the text is UTF-8, or Windows-1252 when it is not valid UTF-8 (as older
 * Excel exports are). A row is numbered by the line it starts on.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { sniffDelimiter } from '../../core/screening/index.js';
import { readHead, readText } from '../../sources/io/index.js';
import { cellsOf, headerNames, type InputEvent } from './input.js';

interface Parsed {
  record: string[];
  raw: string;
  info: { lines: number };
}

/**
 * The problems found before a row: skipped records are reported as the parser meets them, which
 * can be before the records ahead of them are read, and rows must come out in order.
 */
function before(pending: InputEvent[], row: number): InputEvent[] {
  const ready = pending.filter((p) => p.row < row);
  pending.splice(0, pending.length, ...pending.filter((p) => p.row >= row));
  return ready;
}

/** The line a record starts on: csv-parse counts lines up to its end. */
function startLine(parsed: Parsed): number {
  // A record after skipped empty lines carries them at the start of its raw text.
  const raw = parsed.raw.replace(/^(?:\r?\n)+/, '');
  const newlines = raw.split('\n').length - 1;
  const trailing = raw.endsWith('\n') ? 1 : 0;
  return parsed.info.lines - (newlines - trailing);
}

function makeParser(path: string, onRecordEnd: (line: number) => void) {
  const firstLine = readHead(path, 65536).split('\n')[0] ?? '';
  const delimiter = sniffDelimiter(firstLine);
  return parse({
    delimiter,
    relax_column_count: true,
    // A quote inside a field ("Ltd "Alfa"") is kept as text rather than failing the row.
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    raw: true,
    // Called in parse order, before a bad record is skipped: where the last good one ended.
    on_record: (record: string[], context: { lines: number }) => {
      onRecordEnd(context.lines);
      return record;
    },
  });
}

export async function* readCsvInput(
  path: string,
  onBytes: (bytes: number) => void,
): AsyncIterable<InputEvent> {
  let lastEnd = 0;
  const parser = makeParser(path, (line) => {
    lastEnd = line;
  });
  const pending: InputEvent[] = [];
  parser.on('skip', (error: Error & { lines?: number }) => {
    const to = error.lines && error.lines > lastEnd + 1 ? ` to line ${error.lines}` : '';
    const message = `unreadable CSV${to}: ${error.message.replace(/^Invalid /, 'invalid ')}`;
    pending.push({ kind: 'problem', row: lastEnd + 1, message });
  });
  const text = Readable.from(readText(path, 'auto', onBytes));
  text.on('error', (error) => parser.destroy(error));
  text.pipe(parser);
  let headers: string[] | null = null;
  for await (const parsed of parser as AsyncIterable<Parsed>) {
    const row = startLine(parsed);
    yield* before(pending, row);
    if (parsed.record.every((f) => f.trim() === '')) continue;
    if (headers === null) {
      headers = headerNames(parsed.record);
      yield { kind: 'header', row, headers };
    } else if (parsed.record.length !== headers.length) {
      const message = `expected ${headers.length} fields, found ${parsed.record.length}`;
      yield { kind: 'problem', row, message };
    } else {
      yield { kind: 'row', row, cells: cellsOf(headers, parsed.record) };
    }
  }
  yield* pending.splice(0);
}
