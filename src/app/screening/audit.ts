/**
 * Checking and exporting the audit trail. Both read a snapshot (a read-only connection of their
 * own), so that records appended while they run (a server keeps screening) are not half seen:
 * the walk and the head it ends at are from the same moment.
 */
import { type AuditRecord, ChainWalk, type ChainHead } from '../../core/screening/index.js';
import { AuditBrokenError, AuditIncompleteError } from '../../core/screening/index.js';
import { AuditCoverage, AuditHeadFormatError, parseHead } from '../../core/screening/index.js';
import type { ExpectedHead } from '../../core/screening/index.js';
import { UnsupportedFileError } from '../../core/screening/index.js';
import { csvLine, defuseFormula } from '../../core/screening/index.js';
import { canonicalJson } from '../../core/screening/index.js';
import type { ScreeningStore } from '../../store/screening/index.js';

/** A reviewer's split of a designation as the designation store keeps it. */
export interface KeptSplit {
  entities: readonly [string, string];
  decidedAt: string;
}

/** A reviewer's xref decision as the case store keeps it. */
export interface KeptXrefDecision {
  caseName: string;
  party: string;
  entityId: string;
  decidedAt: string;
}

/** A reporter's note as the case store keeps it. */
export interface KeptNote {
  caseName: string;
  actor: string;
  createdAt: string;
  text: string;
  retractedAt: string | null;
}

/** A document's tag as the case store keeps it. */
export interface KeptTag {
  caseName: string;
  documentId: string;
  tag: string;
  taggedAt: string;
}

/**
 * What is kept outside the trail that the trail must account for, each read when verifying:
 * reviewers' splits of designations, their xref decisions on the parties of cases, reporters'
 * notes and document tags. The composition root gathers them (`Dossier.auditKept()`), so that
 * the command line and the server check the same things.
 */
export interface AuditKeptSources {
  splits?: () => Promise<readonly KeptSplit[]>;
  xrefDecisions?: () => Promise<readonly KeptXrefDecision[]>;
  notes?: () => Promise<readonly KeptNote[]>;
  tags?: () => Promise<readonly KeptTag[]>;
}

/** Records checked between two pauses that let other work run. */
const RECORDS_PER_TURN = 2000;

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

export interface AuditVerified {
  records: number;
  /** Records whose payload was pruned to its hash (retention). */
  pruned: number;
  head: ChainHead | null;
}

/**
 * The number of records and the head, or an AuditBrokenError naming the first bad record, or an
 * AuditIncompleteError when the chain holds but lacks a record the store implies (a run, a
 * decision, one of `splits`: reviewers' splits of designations, one of `xrefDecisions`: reviewers'
 * decisions on the parties of cases, `notes` and `tags`: reporters' notes and document tags) or does not hold `expectHead`,
 * the head a user kept outside the database, or one of `checkpoints`, the heads of signed
 * checkpoints (already checked against their key).
 */
export async function verifyAudit(
  repo: ScreeningStore,
  options: AuditKeptSources & {
    expectHead?: ChainHead | null;
    checkpoints?: readonly ExpectedHead[];
  } = {},
): Promise<AuditVerified> {
  // Read before the snapshot: a split's or xref decision's record is appended before it is
  // kept, so every one read here has its record in the snapshot taken after.
  const splits = (await options.splits?.()) ?? [];
  const xrefDecisions = (await options.xrefDecisions?.()) ?? [];
  const notes = (await options.notes?.()) ?? [];
  const tags = (await options.tags?.()) ?? [];
  const snapshot = await repo.snapshot();
  try {
    const head = await snapshot.auditHead();
    const walk = new ChainWalk();
    const expected: ExpectedHead[] = [...(options.checkpoints ?? [])];
    if (options.expectHead)
      expected.push({ ...options.expectHead, label: 'the head kept elsewhere' });
    const coverage = new AuditCoverage(expected);
    let seen = 0;
    for await (const record of snapshot.auditRecords()) {
      const broken = walk.add(record);
      if (broken) throw new AuditBrokenError(broken.seq, broken.problem);
      const rewritten = coverage.add(record);
      if (rewritten) throw new AuditBrokenError(record.seq, rewritten);
      if (++seen % RECORDS_PER_TURN === 0) await nextTurn();
    }
    const check = walk.end(head);
    if (!check.ok) throw new AuditBrokenError(check.seq, check.problem);
    await checkCoverage(snapshot, coverage);
    for (const split of splits) {
      const problem = coverage.splitProblem(split);
      if (problem) throw new AuditIncompleteError(problem);
    }
    for (const decision of xrefDecisions) {
      const problem = coverage.xrefDecisionProblem(decision);
      if (problem) throw new AuditIncompleteError(problem);
    }
    for (const problem of [
      ...notes.map((n) => coverage.noteProblem(n)),
      ...tags.map((t) => coverage.tagProblem(t)),
    ]) {
      if (problem) throw new AuditIncompleteError(problem);
    }
    return { records: check.records, pruned: check.pruned, head: check.head };
  } finally {
    await snapshot.close();
  }
}

/** The head as `dossier audit head` prints it: read, not verified (verify does that). */
export async function readAuditHead(repo: ScreeningStore): Promise<ChainHead | null> {
  return repo.auditHead();
}

/** Parse an expected head given by a user; throws AuditHeadFormatError when it is malformed. */
export function expectedHead(text: string): ChainHead {
  const head = parseHead(text);
  if (!head) throw new AuditHeadFormatError(text);
  return head;
}

/** Every run and decision in the same snapshot has its records; throws on the first without. */
async function checkCoverage(snapshot: ScreeningStore, coverage: AuditCoverage): Promise<void> {
  const truncated = coverage.headProblem();
  if (truncated) throw new AuditIncompleteError(truncated);
  for (const run of await snapshot.runs()) {
    const problem = coverage.runProblem(run);
    if (problem) throw new AuditIncompleteError(problem);
  }
  for (const decision of await snapshot.decisionList()) {
    const problem = coverage.decisionProblem(decision.id);
    if (problem) throw new AuditIncompleteError(problem);
  }
}

export const AUDIT_FORMATS = ['jsonl', 'csv'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

export function auditFormat(text: string): AuditFormat {
  const format = AUDIT_FORMATS.find((f) => f === text);
  if (!format) throw new UnsupportedFileError(`--format must be jsonl or csv, not "${text}"`);
  return format;
}

const CSV_COLUMNS = [
  ...['seq', 'at', 'kind', 'actor', 'payload', 'prev', 'hash'],
  ...['layout', 'payload_sha256', 'pruned'],
];

/**
 * A record as exported: the fields its hash covers under their hashed names, its layout, and
 * for a pruned record no payload but `pruned: true`.
 */
function exported(record: AuditRecord) {
  const { seq, at, kind, actor, payload, prev, hash, layout, payloadSha256, pruned } = record;
  return {
    ...{ seq, at, kind, actor, prev, hash, layout },
    ...(pruned ? { pruned: true } : { payload }),
    ...(layout === 2 ? { payload_sha256: payloadSha256 } : {}),
  };
}

function recordText(record: AuditRecord, format: AuditFormat): string {
  if (format === 'jsonl') return `${canonicalJson(exported(record))}\n`;
  const { seq, at, kind, actor, payload, prev, hash, layout, payloadSha256, pruned } = record;
  // Every text is defused like the hits CSV's (an actor "=cmd|..."), and restoring it gives
  // back exactly the text that was hashed; a pruned record's payload cell is empty.
  const payloadText = pruned ? '' : canonicalJson(payload);
  const text = [at, kind, actor, payloadText, prev, hash].map((t) => defuseFormula(String(t)));
  return csvLine([seq, ...text, layout, payloadSha256 ?? '', pruned ? 'true' : '']);
}

/**
 * Every record, in order, as JSON lines or CSV (the payload as canonical JSON text), so that
 * anyone can recompute the hashes: SHA-256 of the canonical JSON of
 * {seq, kind, actor, at, payload, prev} (layout 1) or of
 * {seq, kind, actor, at, layout, payload_sha256, prev} (layout 2, where payload_sha256 is the
 * SHA-256 of the payload's canonical JSON). The consumer may pause between records.
 */
export async function* exportAudit(
  repo: ScreeningStore,
  format: AuditFormat,
): AsyncGenerator<string> {
  const snapshot = await repo.snapshot();
  try {
    if (format === 'csv') yield csvLine(CSV_COLUMNS);
    for await (const record of snapshot.auditRecords()) yield recordText(record, format);
  } finally {
    await snapshot.close();
  }
}
