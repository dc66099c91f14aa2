/**
 * The run's audit trail: the records that name this job (its start, the batches of rows screened,
 * its finish, the decisions on its hits, the deletion of its upload), in order, each with its
 * sequence number and hash; an admin may check the whole chain (`GET /audit/verify`) and export it.
 */
import { useEffect, useState } from 'react';
import { download } from '../../api/client.js';
import { type AuditCheck, type JobAuditRecord, jobAudit, verifyAudit } from '../../api/review.js';
import { ErrorNote } from '../../components/Notice.js';
import { useCan } from '../../session/session.js';
import { kindLabel, recordSummary } from './audit.js';

export function AuditPanel({ runId, version }: { runId: string; version: number }) {
  const admin = useCan('admin');
  const [records, setRecords] = useState<JobAuditRecord[] | null>(null);
  const [check, setCheck] = useState<AuditCheck | null>(null);
  const [error, setError] = useState<unknown>(null);
  // `version` changes with each decision: the trail is read again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the reason to reload
  useEffect(() => {
    jobAudit(runId).then((a) => setRecords(a.records), setError);
  }, [runId, version]);
  const verify = () => {
    setCheck(null);
    verifyAudit().then(setCheck, setError);
  };
  return (
    <section aria-labelledby="h-audit" className="audit">
      <h2 id="h-audit">Audit trail of this run</h2>
      <ErrorNote error={error} />
      {!records ? (
        <p className="loading">Loading…</p>
      ) : (
        <div className="table-scroll">
          <table className="data">
            <caption>The audit records that name this run, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Who</th>
                <th scope="col">Details</th>
                <th scope="col">Hash</th>
              </tr>
            </thead>
            <tbody>
              {records.map((r) => (
                <tr key={r.seq}>
                  <td>{r.seq}</td>
                  <td>{r.at}</td>
                  <td>{kindLabel(r.kind)}</td>
                  <td>{r.actor}</td>
                  <td>{recordSummary(r)}</td>
                  <td>
                    <code title={r.hash}>{r.hash.slice(0, 12)}…</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {admin ? (
        <p>
          <button type="button" onClick={verify}>
            Verify the whole trail
          </button>{' '}
          <button
            type="button"
            className="link"
            onClick={() => download('/audit/export', 'audit.jsonl').catch(setError)}
          >
            Export the whole audit trail (JSON lines)
          </button>
        </p>
      ) : (
        <p className="muted">An admin may verify the chain of hashes and export the trail.</p>
      )}
      <div aria-live="polite">{check && <Verified check={check} />}</div>
    </section>
  );
}

function Verified({ check }: { check: AuditCheck }) {
  if (check.ok) {
    const head = check.head ? `; head ${check.head.seq}:${check.head.hash.slice(0, 12)}…` : '';
    return (
      <p className="verified">
        <span className="badge status-finished">intact</span> Every hash and link of the{' '}
        {check.records} record(s) checks out, and every run and decision has its records{head}.
      </p>
    );
  }
  return (
    <p role="alert" className="error">
      The trail is broken
      {check.broken_at !== undefined ? ` at record ${check.broken_at}` : ''}: {check.detail}
    </p>
  );
}
