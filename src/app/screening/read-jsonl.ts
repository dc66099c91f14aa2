/**
 * JSON-lines portfolios: one object per line, its keys read as column headers. An object with a
 * `properties` object (FollowTheMoney's shape, as `dossier export` and yente queries have) gives
 * those properties and its `schema`. A row is numbered by its line.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Cell } from '../../core/screening/index.js';
import type { InputEvent } from './input.js';

/** A value as text: lists give several values; an object (an address) its values joined. */
function texts(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (typeof value === 'object') {
    const parts = Object.values(value as Record<string, unknown>).flatMap(texts);
    return parts.length > 0 ? [parts.join(', ')] : [];
  }
  return [String(value)];
}

function cellsOfObject(object: Record<string, unknown>): Cell[] {
  const { properties, schema } = object;
  if (properties && typeof properties === 'object' && !Array.isArray(properties)) {
    const cells = Object.entries(properties).map(([header, v]) => ({ header, values: texts(v) }));
    return [{ header: 'schema', values: texts(schema) }, ...cells];
  }
  return Object.entries(object).map(([header, v]) => ({ header, values: texts(v) }));
}

export function parseJsonLine(line: string, row: number): InputEvent | null {
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { kind: 'problem', row, message: `invalid JSON: ${(error as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { kind: 'problem', row, message: 'not a JSON object' };
  }
  return { kind: 'row', row, cells: cellsOfObject(value as Record<string, unknown>) };
}

export async function* readJsonlInput(
  path: string,
  onBytes: (bytes: number) => void,
): AsyncIterable<InputEvent> {
  const stream = createReadStream(path);
  stream.on('data', (chunk) => onBytes(chunk.length));
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let row = 0;
  try {
    for await (const line of lines) {
      row++;
      const event = parseJsonLine(row === 1 ? line.replace(/^\uFEFF/, '') : line, row);
      if (event) yield event;
    }
  } finally {
    stream.destroy();
  }
}
