/**
 * FollowTheMoney entity files, as OpenSanctions publishes them and Dossier exports them:
 * `ftm` reads whole datasets (entities.ftm.json, targets.nested.json), `ftm-delta` reads
 * OpenSanctions' delta files (`{op, entity}` lines), whose DEL lines remove entities.
 *
 * An entity is a target when its `target` field says so; when the field is absent, when it has
 * a target schema (a legal entity, vessel or aircraft) and topics.
 *
 * @example
 * for await (const record of ftmJson.read(['entities.ftm.json'], ctx)) store(record);
 */
import { checkFile } from '../io/index.js';
import { Deletion, type ReadContext, type Source, type SourceRecord } from '../types.js';
import { mapEntity, Skipped } from './map.js';
import { parseDelta, parseEntity, readJsonLines } from './read.js';

/** OpenSanctions' full default dataset is several gigabytes. */
const MAX_BYTES = 32 * 1024 ** 3;

async function* readFile(file: string, ctx: ReadContext, delta: boolean) {
  const skipped = new Skipped();
  for await (const { line, value } of readJsonLines(file, ctx.progress)) {
    const where = `line ${line}`;
    const mapCtx = { file, line, skipped };
    if (!delta) {
      yield* mapEntity(parseEntity(value, file, where), mapCtx);
      continue;
    }
    const record = parseDelta(value, file, where);
    if (record.op === 'DEL') yield new Deletion(record.id);
    else yield* mapEntity(record.entity, mapCtx);
  }
  for (const message of skipped.messages(file)) ctx.warn(message);
}

function reader(delta: boolean) {
  return async function* read(files: string[], ctx: ReadContext): AsyncIterable<SourceRecord> {
    for (const file of files) checkFile(file, MAX_BYTES);
    for (const file of files) yield* readFile(file, ctx, delta);
  };
}

/** The first line of the head, parsed; undefined when it is not JSON or is cut off. */
function firstLine(head: string): unknown {
  const text = head.replace(/^\u00ef\u00bb\u00bf/, '').trimStart();
  const nl = text.indexOf('\n');
  try {
    return JSON.parse(nl === -1 ? text : text.slice(0, nl));
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function looksLikeEntity(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.schema === 'string' &&
    isObject(value.properties)
  );
}

/** A first line longer than the head: judge by how it starts. */
const ENTITY_START = /^\{\s*"(id|schema|caption)"\s*:\s*"/;
const DELTA_START = /^\{\s*"op"\s*:\s*"(ADD|MOD|DEL)"\s*,\s*"entity"\s*:\s*\{/;

function sniffEntity(head: string): boolean {
  const value = firstLine(head);
  if (value !== undefined) return looksLikeEntity(value) && !('op' in (value as object));
  const text = head.trimStart();
  return ENTITY_START.test(text) && text.includes('"properties":') && text.includes('"schema":');
}

function sniffDelta(head: string): boolean {
  const value = firstLine(head);
  if (value === undefined) return DELTA_START.test(head.trimStart());
  if (!isObject(value) || !['ADD', 'MOD', 'DEL'].includes(value.op as string)) return false;
  return value.op === 'DEL' ? isObject(value.entity) : looksLikeEntity(value.entity);
}

export const ftmJson: Source = {
  format: 'ftm',
  description: 'FollowTheMoney entities, JSON lines (OpenSanctions exports, Dossier exports)',
  maxBytes: MAX_BYTES,
  sniff: sniffEntity,
  read: reader(false),
};

export const ftmDelta: Source = {
  format: 'ftm-delta',
  description: 'FollowTheMoney delta, JSON lines of {op: ADD|MOD|DEL, entity} (OpenSanctions)',
  maxBytes: MAX_BYTES,
  incremental: true,
  sniff: sniffDelta,
  read: reader(true),
};
