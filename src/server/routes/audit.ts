/**
 * The audit trail over HTTP, for admins: `GET /audit/export` streams every record (JSON lines or
 * CSV, as `dossier audit export` writes them) and `GET /audit/verify` checks every hash and link
 * as `dossier audit verify` does. Both read a snapshot: records appended meanwhile wait for the
 * next call.
 */
import { auditFormat, exportAudit, verifyAudit } from '../../app/screening/index.js';
import { AuditBrokenError } from '../../core/screening/index.js';
import { type Handler, screeningOf } from '../context.js';
import { joined, json, streamed } from '../http.js';
import { parseParams } from '../params.js';
import { AUDIT_EXPORT_QUERY, NO_QUERY } from '../schemas/index.js';

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
  parseParams(ctx.query, NO_QUERY);
  try {
    const { records, head } = await verifyAudit(repo);
    return json({ ok: true, records, head });
  } catch (error) {
    if (!(error instanceof AuditBrokenError)) throw error;
    return json({ ok: false, broken_at: error.seq, problem: error.problem, detail: error.message });
  }
};
