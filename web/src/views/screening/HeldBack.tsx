/**
 * The hits held back by earlier false-positive decisions: each with the decision that held it
 * back (who, when, why, and a link to it in its run's trail), and, for a role that may decide, a
 * way to reopen it: a new decision on it in this run (escalate or match, with a reason), which
 * later screenings heed instead of the old one. The new decision shows here and in the trail.
 */
import { type FormEvent, useState } from 'react';
import { decide } from '../../api/client.js';
import type { HeldHitJson } from '../../api/review.js';
import type { DecisionJson, DecisionKind } from '../../api/types.js';
import { href } from '../../app/router.js';
import { Link } from '../../components/Link.js';
import { ErrorNote, Score } from '../../components/Notice.js';
import { useCan } from '../../session/session.js';
import { decisionPath, heldDecision } from './audit.js';
import { hitId } from './queue.js';

export interface HeldBackProps {
  runId: string;
  held: HeldHitJson[] | null;
  truncated: boolean;
  /** This run's latest decisions by hitId: a held-back hit decided here is reopened. */
  latest: Map<string, DecisionJson>;
  onDecided(): Promise<unknown>;
}

export function HeldBack({ runId, held, truncated, latest, onDecided }: HeldBackProps) {
  const mayDecide = useCan('screen');
  if (!held) return <p className="loading">Loading…</p>;
  if (held.length === 0) {
    return <p className="muted">No hit of this run was held back by an earlier decision.</p>;
  }
  return (
    <section aria-labelledby="h-held" className="held">
      <h2 id="h-held">Held back by earlier decisions: {held.length} hit(s)</h2>
      <p className="muted">
        Decided as false positives in an earlier run while the list entry was unchanged, so not
        raised again. Reopening one records a new decision on it in this run; later screenings heed
        the latest decision.
        {truncated && ' Only the first 5,000 are listed: the report has them all.'}
      </p>
      <ol className="held-list">
        {held.map((hit) => (
          <HeldItem
            key={hitId(hit)}
            runId={runId}
            hit={hit}
            reopened={latest.get(hitId(hit))}
            mayDecide={mayDecide}
            onDecided={onDecided}
          />
        ))}
      </ol>
    </section>
  );
}

function HeldItem(props: {
  runId: string;
  hit: HeldHitJson;
  reopened: DecisionJson | undefined;
  mayDecide: boolean;
  onDecided(): Promise<unknown>;
}) {
  const { runId, hit, reopened, mayDecide, onDecided } = props;
  const d = heldDecision(hit);
  const [open, setOpen] = useState(false);
  const who = hit.key ?? `row ${hit.row}`;
  const labelId = `held-${hit.row}-${hit.entity_id}`;
  return (
    <li>
      <p id={labelId}>
        <strong>{who}</strong> (row {hit.row}) and{' '}
        <Link href={href(`/entities/${encodeURIComponent(hit.entity_id)}`)}>{hit.caption}</Link>{' '}
        <Score value={hit.score} />
      </p>
      {d ? (
        <p>
          Held back by{' '}
          <Link href={href(decisionPath(d))}>
            decision {d.id} ({d.decision})
          </Link>{' '}
          by {d.by} on {d.decided_at}: “{d.reason}”
        </p>
      ) : (
        <p>Held back by decision {hit.held_by.id}, which the store no longer has.</p>
      )}
      {reopened ? (
        <p className="reopened">
          Reopened: <strong>{reopened.decision}</strong> by {reopened.by} on {reopened.decided_at}:
          “{reopened.reason}”
        </p>
      ) : (
        mayDecide &&
        (open ? (
          <Reopen runId={runId} hit={hit} onDone={onDecided} onCancel={() => setOpen(false)} />
        ) : (
          <button type="button" onClick={() => setOpen(true)} aria-describedby={labelId}>
            Reopen
          </button>
        ))
      )}
    </li>
  );
}

function Reopen(props: {
  runId: string;
  hit: HeldHitJson;
  onDone(): Promise<unknown>;
  onCancel(): void;
}) {
  const { runId, hit, onDone, onCancel } = props;
  const [choice, setChoice] = useState<DecisionKind>('escalate');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const id = `reopen-${hit.row}-${hit.entity_id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') return;
    setError(null);
    try {
      await decide({
        run_id: runId,
        row: hit.row,
        entity_id: hit.entity_id,
        decision: choice,
        reason: reason.trim(),
      });
      await onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form className="decide" onSubmit={submit} aria-label={`Reopen ${hit.key ?? hit.row}`}>
      <fieldset>
        <legend>New decision</legend>
        {(['escalate', 'match'] as const).map((kind) => (
          <label key={kind} className="choice">
            <input
              type="radio"
              name={`${id}-decision`}
              value={kind}
              checked={choice === kind}
              onChange={() => setChoice(kind)}
            />
            {kind === 'escalate' ? 'Escalate' : 'Match'}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-reason`}>Reason (required, recorded in the audit trail)</label>
      <textarea
        id={`${id}-reason`}
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        // biome-ignore lint/a11y/noAutofocus: the reviewer asked to reopen: the reason comes next
        autoFocus
      />
      <button type="submit" disabled={reason.trim() === ''}>
        Record and reopen
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      <ErrorNote error={error} />
    </form>
  );
}
