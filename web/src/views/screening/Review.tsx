/**
 * The review queue: the hits of a run, one at a time, the query and the candidate side by side
 * with the score's explanation, and a decision with a reason. Keys: j/k (or arrows) move, m/f/e
 * choose match, false positive or escalate, Ctrl+Enter records.
 */
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { decide, entity as fetchEntity } from '../../api/client.js';
import type { DecisionJson, DecisionKind, EntityJson, HitJson } from '../../api/types.js';
import { href } from '../../app/router.js';
import { columnHelper, DataTable } from '../../components/DataTable.js';
import { Link } from '../../components/Link.js';
import { ErrorNote, Score } from '../../components/Notice.js';
import { useCan } from '../../session/session.js';
import { Comparison } from './Comparison.js';
import { DECISION_LABELS, hitId, latestDecisions, queueKey } from './queue.js';

interface QueueRow {
  hit: HitJson;
  decision: DecisionJson | undefined;
}

const helper = columnHelper<QueueRow>();
const QUEUE_COLUMNS = helper.columns([
  helper.accessor((r) => r.hit.key ?? `row ${r.hit.row}`, { id: 'key', header: 'Customer' }),
  helper.accessor((r) => r.hit.caption, { id: 'caption', header: 'Candidate' }),
  helper.accessor((r) => r.hit.score, {
    id: 'score',
    header: 'Score',
    cell: (info) => <Score value={info.getValue()} />,
  }),
  helper.accessor((r) => r.decision?.decision ?? 'open', { id: 'decision', header: 'Decision' }),
]);

export interface ReviewProps {
  runId: string;
  hits: HitJson[];
  decisions: DecisionJson[];
  onDecided(): Promise<unknown>;
}

export function Review({ runId, hits, decisions, onDecided }: ReviewProps) {
  const mayDecide = useCan('screen');
  const latest = useMemo(() => latestDecisions(decisions), [decisions]);
  const rows = useMemo(
    () => hits.map((hit) => ({ hit, decision: latest.get(hitId(hit)) })),
    [hits, latest],
  );
  const [index, setIndex] = useState(0);
  const [choice, setChoice] = useState<DecisionKind | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [candidate, setCandidate] = useState<EntityJson | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const current = rows[index];

  useEffect(() => {
    setCandidate(null);
    setChoice(null);
    setReason('');
    if (current) fetchEntity(current.hit.entity_id).then(setCandidate, setError);
  }, [current?.hit.entity_id, current?.hit.row, current]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = !!target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
      const action = queueKey(
        event.key,
        { ctrl: event.ctrlKey, meta: event.metaKey, alt: event.altKey },
        typing,
      );
      if (!action) return;
      event.preventDefault();
      if (action.kind === 'move') {
        setIndex((i) => Math.min(Math.max(i + action.by, 0), Math.max(rows.length - 1, 0)));
      } else if (action.kind === 'choose' && mayDecide) {
        setChoice(action.decision);
        reasonRef.current?.focus();
      } else if (action.kind === 'submit') {
        formRef.current?.requestSubmit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [rows.length, mayDecide]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!current || !choice || reason.trim() === '') return;
    setError(null);
    try {
      const { hit } = current;
      await decide({
        run_id: runId,
        ...(hit.key ? { key: hit.key } : { row: hit.row }),
        entity_id: hit.entity_id,
        decision: choice,
        reason: reason.trim(),
      });
      await onDecided();
      // On to the next hit still open, if any.
      const next = rows.findIndex((r, i) => i > index && !r.decision);
      if (next >= 0) setIndex(next);
    } catch (e) {
      setError(e);
    }
  };

  if (rows.length === 0) {
    return <p className="muted">No hit to review: nothing in this portfolio scored as a match.</p>;
  }
  const open = rows.filter((r) => !r.decision).length;
  return (
    <section aria-labelledby="h-review" className="review">
      <h2 id="h-review">
        Review: {rows.length} hit(s), {open} without a decision
      </h2>
      <p className="muted" id="review-keys">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> next and previous hit, <kbd>m</kbd> match, <kbd>f</kbd>{' '}
        false positive, <kbd>e</kbd> escalate, <kbd>Ctrl</kbd>+<kbd>Enter</kbd> record.
      </p>
      <div className="review-grid">
        <DataTable
          caption="Hits to review"
          columns={QUEUE_COLUMNS}
          data={rows}
          rowId={(r) => hitId(r.hit)}
          activeId={current ? hitId(current.hit) : null}
          height="50vh"
        />
        {current && (
          <div className="review-hit">
            <p>
              Hit {index + 1} of {rows.length}:{' '}
              <Link href={href(`/entities/${encodeURIComponent(current.hit.entity_id)}`)}>
                open {current.hit.caption}
              </Link>
              {current.decision && (
                <>
                  {' '}
                  · decided <strong>{current.decision.decision}</strong> by {current.decision.by}
                </>
              )}
            </p>
            <Comparison hit={current.hit} candidate={candidate} />
            {mayDecide && (
              <form
                ref={formRef}
                onSubmit={submit}
                className="decide"
                aria-describedby="review-keys"
              >
                <fieldset>
                  <legend>Decision</legend>
                  {(Object.keys(DECISION_LABELS) as DecisionKind[]).map((kind) => (
                    <label key={kind} className="choice">
                      <input
                        type="radio"
                        name="decision"
                        value={kind}
                        checked={choice === kind}
                        onChange={() => setChoice(kind)}
                      />
                      {DECISION_LABELS[kind]}
                    </label>
                  ))}
                </fieldset>
                <label htmlFor="reason">Reason (required, recorded in the audit trail)</label>
                <textarea
                  id="reason"
                  ref={reasonRef}
                  rows={2}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                />
                <button type="submit" disabled={!choice || reason.trim() === ''}>
                  Record decision
                </button>
                <ErrorNote error={error} />
              </form>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
