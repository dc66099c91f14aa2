/** Checking and exporting the audit trail. */
import { type AuditRecord, type ChainHead, verifyChain } from '../../screening/audit.js';
import { AuditBrokenError, UnsupportedFileError } from '../../screening/errors.js';
import { csvLine } from '../../screening/hits.js';
import { canonicalJson } from '../../screening/keys.js';
import type { ScreeningRepository } from '../../store/screening/repository.js';

/** The number of records and the head, or an AuditBrokenError naming the first bad record. */
export function verifyAudit(repo: ScreeningRepository): {
  records: number;
  head: ChainHead | null;
} {
  const check = verifyChain(repo.auditRecords(), repo.auditHead());
  if (!check.ok) throw new AuditBrokenError(check.seq, check.problem);
  return { records: check.records, head: check.head };
}

export const AUDIT_FORMATS = ['jsonl', 'csv'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

export function auditFormat(text: string): AuditFormat {
  const format = AUDIT_FORMATS.find((f) => f === text);
  if (!format) throw new UnsupportedFileError(`--format must be jsonl or csv, not "${text}"`);
  return format;
}

const CSV_COLUMNS = ['seq', 'at', 'kind', 'actor', 'payload', 'prev', 'hash'];

function recordText(record: AuditRecord, format: AuditFormat): string {
  if (format === 'jsonl') return `${canonicalJson(record)}\n`;
  const { seq, at, kind, actor, payload, prev, hash } = record;
  return csvLine([seq, at, kind, actor, canonicalJson(payload), prev, hash]);
}

/**
 * Every record, in order, as JSON lines or CSV (the payload as canonical JSON text), so that
 * anyone can recompute the hashes: SHA-256 of the canonical JSON of
 * {seq, kind, actor, at, payload, prev}.
 */
export function* exportAudit(repo: ScreeningRepository, format: AuditFormat): Generator<string> {
  if (format === 'csv') yield csvLine(CSV_COLUMNS);
  for (const record of repo.auditRecords()) yield recordText(record, format);
}
