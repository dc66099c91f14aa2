/**
 * Claims on SQLite: written in the caller's transaction after every piece of evidence is checked
 * against the case's mentions, so that a claim never cites a place that is not there; read back
 * with their evidence in the order given.
 */
import type { SqliteDatabase } from '../sqlite/index.js';
import { InvalidDocumentData } from './errors.js';
import type { Claim, ClaimFilter, ClaimInput, ClaimStatus, Evidence } from './types.js';
import { requireCase, stamp } from './writes.js';

interface ClaimRow {
  id: string;
  kind: string;
  subject: string;
  object: string | null;
  properties: string;
  status: ClaimStatus;
  note: string | null;
  reviewed_at: string | null;
}

export function writeClaims(db: SqliteDatabase, caseName: string, claims: readonly ClaimInput[]) {
  requireCase(db, caseName);
  const mention = db
    .prepare('SELECT 1 FROM case_mentions WHERE case_name = ? AND document_id = ? AND id = ?')
    .pluck();
  for (const claim of claims) {
    if (!claim.id || !claim.kind || !claim.subject) {
      throw new InvalidDocumentData(`claim "${claim.id}" needs an id, a kind and a subject`);
    }
    if (claim.evidence.length === 0) {
      throw new InvalidDocumentData(`claim ${claim.id} rests on no mention`);
    }
    for (const e of claim.evidence) {
      if (!mention.get(caseName, e.documentId, e.mentionId)) {
        throw new InvalidDocumentData(
          `claim ${claim.id} cites mention ${e.mentionId} of document ${e.documentId}, which ` +
            `case "${caseName}" does not have`,
        );
      }
    }
  }
  // The review columns are left out of the update: a new run does not undo a reviewer's call.
  const put = db.prepare(
    `INSERT INTO case_claims (case_name, id, kind, subject, object, properties)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (case_name, id) DO UPDATE SET kind = excluded.kind, subject = excluded.subject,
       object = excluded.object, properties = excluded.properties`,
  );
  const clear = db.prepare('DELETE FROM case_claim_evidence WHERE case_name = ? AND claim_id = ?');
  const cite = db.prepare(
    `INSERT INTO case_claim_evidence (case_name, claim_id, seq, document_id, mention_id)
     VALUES (?, ?, ?, ?, ?)`,
  );
  for (const c of claims) {
    put.run(caseName, c.id, c.kind, c.subject, c.object, JSON.stringify(c.properties));
    clear.run(caseName, c.id);
    c.evidence.forEach((e, seq) => {
      cite.run(caseName, c.id, seq, e.documentId, e.mentionId);
    });
  }
}

export function review(
  db: SqliteDatabase,
  caseName: string,
  claimId: string,
  verdict: { status: ClaimStatus; note?: string | null; at?: Date },
): boolean {
  return (
    db
      .prepare(
        `UPDATE case_claims SET status = ?, note = ?, reviewed_at = ?
         WHERE case_name = ? AND id = ?`,
      )
      .run(verdict.status, verdict.note ?? null, stamp(verdict.at), caseName, claimId).changes > 0
  );
}

export function readClaims(db: SqliteDatabase, caseName: string, filter: ClaimFilter): Claim[] {
  const rows = db
    .prepare(
      `SELECT id, kind, subject, object, properties, status, note, reviewed_at FROM case_claims
       WHERE case_name = @caseName AND (@kind IS NULL OR kind = @kind)
         AND (@status IS NULL OR status = @status)
         AND (@entity IS NULL OR subject = @entity OR object = @entity)
       ORDER BY id`,
    )
    .all({
      caseName,
      kind: filter.kind ?? null,
      status: filter.status ?? null,
      entity: filter.entity ?? null,
    }) as ClaimRow[];
  const evidence = db.prepare(
    `SELECT document_id, mention_id FROM case_claim_evidence
     WHERE case_name = ? AND claim_id = ? ORDER BY seq`,
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    subject: row.subject,
    object: row.object,
    properties: JSON.parse(row.properties) as Record<string, string[]>,
    status: row.status,
    note: row.note,
    reviewedAt: row.reviewed_at,
    evidence: (evidence.all(caseName, row.id) as { document_id: string; mention_id: string }[]).map(
      (e): Evidence => ({ documentId: e.document_id, mentionId: e.mention_id }),
    ),
  }));
}
