/**
 * The audit trail over HTTP, for admins: `GET /audit/export` streams every record (JSON lines or
 * CSV, as `dossier audit export` writes them) and `GET /audit/verify` checks every hash and link
 * as `dossier audit verify` does
 * (`expect_head` as `--expect-head`), and that every run and decision has its records. Both read a snapshot: records appended meanwhile wait for the
 * next call.
 */
import { auditFormat, expectedHead, exportAudit, verifyAudit } from '../../app/screening/index.js';
import { AuditBrokenError, AuditIncompleteError } from '../../core/screening/index.js';
import { type Handler, screeningOf } from '../context.js';
import { joined, json, streamed } from '../http.js';
import { parseParams } from '../params.js';
import { AUDIT_EXPORT_QUERY, AUDIT_VERIFY_QUERY } from '../schemas/index.js';

const CONTENT_TYPES = { jsonl: 'application/x-ndjson', csv: 'text/csv; charset=utf-8' };

export const auditExportRoute: Handler = (deps, ctx) => {
  const { repo } = screeningOf(deps);
  const format = auditFormat(parseParams(ctx.query, AUDIT_EXPORT_QUERY).format);
  const disposition = `attachment; filename="audit.${format}"`;
  return streamed(CONTENT_TYPES[format], () => joined(exportAudit(repo, format)), {
    'content-disposition': disposition,
  });
};

export const auditVerifyRoute: Handler = async (deps, ctx) => {
  const { repo } = screeningOf(deps);
  const { expect_head } = parseParams(ctx.query, AUDIT_VERIFY_QUERY);
  const expectHead = expect_head == null ? null : expectedHead(expect_head);
  try {
    // The same stores the command line checks: every kept split, xref decision, note and tag.
    const kept = deps.auditKept?.() ?? {};
    const { records, pruned, head } = await verifyAudit(repo, { expectHead, ...kept });
    return json({ ok: true, records, pruned, head });
  } catch (error) {
    if (error instanceof AuditIncompleteError) {
      // No record to point at: what is missing is named in the problem.
      return json({ ok: false, problem: error.problem, detail: error.message });
    }
    if (!(error instanceof AuditBrokenError)) throw error;
    return json({ ok: false, broken_at: error.seq, problem: error.problem, detail: error.message });
  }
};
