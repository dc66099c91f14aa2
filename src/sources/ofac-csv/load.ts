/**
 * Reading a set of OFAC legacy CSV files: the small companion files into maps keyed by ent_num
 * first, then the primary file(s) streamed entry by entry, then the cross-references.
 */
import type { EntityDraft } from '../../core/model/index.js';
import { checkFile, SourceError } from '../io/index.js';
import type { ReadContext, SourceRecord } from '../types.js';
import type { NameRef } from './apply-remarks.js';
import { type FileKind, fileKind } from './files.js';
import { NameIndex, resolveRefs } from './links.js';
import { entityId, mapEntry } from './map.js';
import {
  type AddressRecord,
  type AliasRecord,
  type PrimaryRecord,
  readAddresses,
  readAliases,
  readComments,
  readPrimary,
} from './read.js';
import { parseRemarks } from './remarks.js';

/** OFAC cuts the Remarks field at this length; the comments file holds the rest. */
export const REMARKS_LIMIT = 1000;

interface Side {
  addresses: Map<string, AddressRecord[]>;
  aliases: Map<string, AliasRecord[]>;
  comments: Map<string, string>;
}

/** Check each file and sort the set by kind. */
function groupFiles(files: string[], maxBytes: number): Record<FileKind, string[]> {
  const groups: Record<FileKind, string[]> = { primary: [], address: [], alias: [], comment: [] };
  for (const file of files) {
    checkFile(file, maxBytes);
    groups[fileKind(file)].push(file);
  }
  if (groups.primary.length === 0) {
    throw new SourceError(
      files.join(', '),
      null,
      'no primary file: add.csv, alt.csv and the comments files only complete an sdn.csv or cons_prim.csv, which must be given with them',
    );
  }
  return groups;
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

async function readSide(groups: Record<FileKind, string[]>, progress: (n: number) => void) {
  const side: Side = { addresses: new Map(), aliases: new Map(), comments: new Map() };
  for (const file of groups.address) {
    for await (const r of readAddresses(file, progress)) push(side.addresses, r.entNum, r);
  }
  for (const file of groups.alias) {
    for await (const r of readAliases(file, progress)) push(side.aliases, r.entNum, r);
  }
  for (const file of groups.comment) {
    for await (const r of readComments(file, progress)) {
      side.comments.set(r.entNum, (side.comments.get(r.entNum) ?? '') + r.text);
    }
  }
  return side;
}

/**
 * The entry's remarks with their continuation; `cut` when they reach the limit without one,
 * `unexpected` when a continuation follows remarks that were not cut (files of different dates).
 */
function joinRemarks(record: PrimaryRecord, side: Side) {
  const rest = side.comments.get(record.entNum);
  side.comments.delete(record.entNum);
  const length = record.remarks?.length ?? 0;
  const text = ((record.remarks ?? '') + (rest ?? '')).trim();
  return {
    text: text === '' ? null : text,
    cut: rest === undefined && length >= REMARKS_LIMIT,
    unexpected: rest !== undefined && length < REMARKS_LIMIT,
  };
}

function warnRemarks(
  where: string,
  id: string,
  remarks: ReturnType<typeof joinRemarks>,
  ctx: ReadContext,
) {
  if (remarks.cut) {
    ctx.warn(
      `${where} (${id}): the remarks are cut at ${REMARKS_LIMIT} characters and no comments file continues them; the last clause is kept in the notes only`,
    );
  }
  if (remarks.unexpected) {
    ctx.warn(
      `${where} (${id}): the comments file continues remarks that were not cut; are the files of the same date?`,
    );
  }
}

/** Everything one load accumulates while streaming. */
class LoadState {
  readonly names = new NameIndex();
  readonly refs: NameRef[] = [];
  /** Vessels and aircraft whose owner or operator is to be resolved: emitted at the end. */
  readonly held = new Map<string, EntityDraft>();
  readonly lines = new Map<string, string>();
  /** Remark clauses not understood, and understood values the schema had no property for. */
  unparsed = 0;
  unplaced = 0;
}

function mapRecord(
  path: string,
  record: PrimaryRecord,
  side: Side,
  state: LoadState,
  ctx: ReadContext,
) {
  const where = `line ${record.line}`;
  const first = state.lines.get(record.entNum);
  if (first)
    throw new SourceError(path, where, `entry ${record.entNum} appears again (first at ${first})`);
  state.lines.set(record.entNum, `${path}: ${where}`);
  const remarks = joinRemarks(record, side);
  warnRemarks(`${path}: ${where}`, entityId(record.entNum), remarks, ctx);
  const facts = remarks.text ? parseRemarks(remarks.text, { truncated: remarks.cut }) : [];
  const entry = {
    addresses: side.addresses.get(record.entNum) ?? [],
    aliases: side.aliases.get(record.entNum) ?? [],
  };
  side.addresses.delete(record.entNum);
  side.aliases.delete(record.entNum);
  const mapped = mapEntry(record, entry, { text: remarks.text, facts });
  state.names.add(record.name, mapped.target.id);
  state.refs.push(...mapped.refs);
  for (const fact of mapped.unplaced) {
    if (fact.kind === 'other') state.unparsed++;
    else state.unplaced++;
  }
  const hold = mapped.refs.some((r) => r.kind !== 'link');
  if (hold) state.held.set(mapped.target.id, mapped.target);
  return hold ? mapped.others : [mapped.target, ...mapped.others];
}

/** Companion records whose entry was not in the primary file(s): a mismatched set of files. */
function warnLeftovers(side: Side, ctx: ReadContext) {
  const report = (what: string, keys: string[]) => {
    if (keys.length === 0) return;
    const sample = keys.slice(0, 5).join(', ');
    ctx.warn(
      `${what} of ${keys.length} ent_num(s) not in the primary file(s) were ignored (${sample})`,
    );
  };
  report('addresses', [...side.addresses.keys()]);
  report('alternate names', [...side.aliases.keys()]);
  report('remarks continuations', [...side.comments.keys()]);
}

export async function* readOfacCsv(
  files: string[],
  ctx: ReadContext,
  maxBytes: number,
): AsyncIterable<SourceRecord> {
  if (files.length === 0) throw new SourceError('(no file)', null, 'no input file given');
  const groups = groupFiles(files, maxBytes);
  const side = await readSide(groups, ctx.progress);
  const state = new LoadState();
  for (const path of groups.primary) {
    for await (const record of readPrimary(path, ctx.progress)) {
      yield* mapRecord(path, record, side, state, ctx);
    }
  }
  yield* resolveRefs(state.refs, state.names, state.held, ctx.warn);
  yield* state.held.values();
  warnLeftovers(side, ctx);
  if (state.unparsed + state.unplaced > 0) {
    ctx.warn(
      `${state.unparsed} remark clause(s) not understood and ${state.unplaced} with no property on their entity's schema; all kept in the notes`,
    );
  }
}
