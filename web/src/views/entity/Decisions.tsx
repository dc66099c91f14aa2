/**
 * Reviewers' decisions on screening hits whose candidate is this entity: which run and row, what
 * was screened, the score, the decision with its reason, who and when. Shown only to roles that
 * may see screening.
 */
import { href } from '../../app/router.js';
import { Link } from '../../components/Link.js';
import type { EntityDecision } from './api.js';

const DECISION_LABEL: Record<string, string> = {
  match: 'Match',
  'false-positive': 'False positive',
  escalate: 'Escalated',
};

function Row({ d }: { d: EntityDecision }) {
  return (
    <tr>
      <td>{d.decided_at.replace('T', ' ').replace(/\.\d+Z$|Z$/, '')}</td>
      <td>
        <Link href={href(`/screening/${encodeURIComponent(d.run_id)}`)}>{d.run_id}</Link>
        <span className="muted"> row {d.key ?? d.row}</span>
      </td>
      <td>{d.query ? d.query.names.join('; ') : <span className="muted">not kept</span>}</td>
      <td>{d.score === null ? '—' : d.score.toFixed(2)}</td>
      <td>{DECISION_LABEL[d.decision] ?? d.decision}</td>
      <td>{d.reason}</td>
      <td>{d.by}</td>
    </tr>
  );
}

export function DecisionsSection({ decisions }: { decisions: EntityDecision[] }) {
  return (
    <section aria-labelledby="h-decisions">
      <h2 id="h-decisions">Matches and decisions</h2>
      {decisions.length === 0 ? (
        <p className="muted">No screening hit on this entity has been decided.</p>
      ) : (
        <table className="data decisions">
          <caption className="visually-hidden">Decisions on screening hits of this entity</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Run</th>
              <th scope="col">Query</th>
              <th scope="col">Score</th>
              <th scope="col">Decision</th>
              <th scope="col">Reason</th>
              <th scope="col">Who</th>
            </tr>
          </thead>
          <tbody>
            {decisions.map((d) => (
              <Row key={d.id} d={d} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
