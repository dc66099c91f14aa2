/**
 * One screening job: its progress while it runs (polled), then, in tabs, the review queue of its
 * hits with the decisions already taken and this run's decisions, the hits held back by earlier
 * decisions (which may be reopened), and the run's audit trail; and the downloads.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  decisions as fetchDecisions,
  download,
  hits as fetchHits,
  job as fetchJob,
  resultsUrl,
} from '../../api/client.js';
import { type HeldAnswer, heldHits } from '../../api/review.js';
import type { DecisionJson, HitJson, JobJson } from '../../api/types.js';
import type { ViewProps } from '../../app/routes.js';
import { href, navigate } from '../../app/router.js';
import { ErrorNote } from '../../components/Notice.js';
import { Tabs } from '../../components/Tabs.js';
import { useCan } from '../../session/session.js';
import { AuditPanel } from './AuditPanel.js';
import { HeldBack } from './HeldBack.js';
import { latestDecisions } from './queue.js';
import { Review } from './Review.js';

const TABS = ['review', 'held', 'audit'] as const;
type Tab = (typeof TABS)[number];

const RUNNING = new Set(['queued', 'running', 'interrupted']);

export default function JobView({ params, location }: ViewProps) {
  const id = params.job!;
  const [job, setJob] = useState<JobJson | null>(null);
  const [hits, setHits] = useState<HitJson[] | null>(null);
  const [decisions, setDecisions] = useState<DecisionJson[]>([]);
  const [held, setHeld] = useState<HeldAnswer | null>(null);
  const [error, setError] = useState<unknown>(null);
  // The tab is in the address (?tab=held), so that it can be linked to and gone back to.
  const asked = location.query.get('tab');
  const tab: Tab = TABS.find((t) => t === asked) ?? 'review';
  const latest = useMemo(() => latestDecisions(decisions), [decisions]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const poll = () => {
      fetchJob(id).then((j) => {
        if (!live) return;
        setJob(j);
        if (RUNNING.has(j.status)) timer = setTimeout(poll, 1000);
      }, setError);
    };
    poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [id]);

  const reloadDecisions = useCallback(
    () => fetchDecisions(id).then((a) => setDecisions(a.decisions), setError),
    [id],
  );
  const finished = job?.status === 'finished';
  useEffect(() => {
    if (!finished) return;
    fetchHits(id).then(setHits, setError);
    heldHits(id).then(setHeld, setError);
    void reloadDecisions();
  }, [finished, id, reloadDecisions]);

  // A link to a decision (#decision-<id>) scrolls to it once the trail is there.
  useEffect(() => {
    const target = window.location.hash.slice(1);
    if (!target.startsWith('decision-') || decisions.length === 0) return;
    const element = document.getElementById(target);
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  }, [decisions]);

  if (!job) return error ? <ErrorNote error={error} /> : <p className="loading">Loading…</p>;
  return (
    <section className="job">
      <h1>Screening job {job.id}</h1>
      <Progress job={job} />
      <ErrorNote error={error} />
      {finished && <Downloads id={id} />}
      {finished && (
        <Tabs
          name="job"
          label="This run"
          tabs={[
            { id: 'review', label: `Review queue (${job.hits})` },
            { id: 'held', label: `Held back (${job.suppressed})` },
            { id: 'audit', label: 'Audit trail' },
          ]}
          selected={tab}
          onSelect={(t) => navigate(href(`/screening/${encodeURIComponent(id)}`, { tab: t }), true)}
        >
          {tab === 'review' && (
            <>
              {hits && (
                <Review runId={id} hits={hits} decisions={decisions} onDecided={reloadDecisions} />
              )}
              <Trail decisions={decisions} />
            </>
          )}
          {tab === 'held' && (
            <HeldBack
              runId={id}
              held={held?.held ?? null}
              truncated={held?.truncated ?? false}
              latest={latest}
              onDecided={reloadDecisions}
            />
          )}
          {tab === 'audit' && <AuditPanel runId={id} version={decisions.length} />}
        </Tabs>
      )}
    </section>
  );
}

function Progress({ job }: { job: JobJson }) {
  const lists = Object.entries(job.list_versions)
    .map(([d, v]) => `${d} v${v}`)
    .join(', ');
  return (
    <div className="progress" aria-live="polite">
      <p>
        <span className={`badge status-${job.status}`}>{job.status}</span> {job.rows_done} row(s)
        screened, {job.hits} hit(s), {job.suppressed} held back by earlier decisions, {job.issues}{' '}
        row(s) with a problem{lists && `; against ${lists}`}.
      </p>
      {RUNNING.has(job.status) && <progress aria-label="Screening in progress" />}
      {job.error && (
        <p role="alert" className="error">
          {job.error}
        </p>
      )}
      {job.problems && job.problems.length > 0 && (
        <details>
          <summary>Rows with a problem ({job.problems.length})</summary>
          <ul>
            {job.problems.map((p) => (
              <li key={p.row}>
                Row {p.row}: {p.message} {p.screened ? '(screened anyway)' : '(not screened)'}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function Downloads({ id }: { id: string }) {
  const [error, setError] = useState<unknown>(null);
  const get = (path: string, name: string) => download(path, name).catch(setError);
  return (
    <div className="downloads">
      <button type="button" onClick={() => get(resultsUrl(id, 'csv'), `${id}-hits.csv`)}>
        Download hits (CSV)
      </button>
      <button type="button" onClick={() => get(resultsUrl(id, 'jsonl'), `${id}-hits.jsonl`)}>
        Download hits (JSON lines)
      </button>
      <button
        type="button"
        onClick={() => get(`/screen/jobs/${encodeURIComponent(id)}/report`, `${id}-report.html`)}
      >
        Download the report (HTML)
      </button>
      <ErrorNote error={error} />
    </div>
  );
}

function Trail({ decisions }: { decisions: DecisionJson[] }) {
  const admin = useCan('admin');
  const [error, setError] = useState<unknown>(null);
  return (
    <section aria-labelledby="h-trail" id="trail">
      <h2 id="h-trail">Decisions on this run (audit trail)</h2>
      {decisions.length === 0 ? (
        <p className="muted">No decision yet.</p>
      ) : (
        <ol className="trail">
          {decisions.map((d) => (
            <li key={d.id} id={`decision-${d.id}`} tabIndex={-1}>
              {d.decided_at}: <strong>{d.decision}</strong> on {d.key ?? 'a row without ID'} (row{' '}
              {d.row}) and {d.entity_id} by {d.by}: “{d.reason}”
            </li>
          ))}
        </ol>
      )}
      {admin && (
        <p>
          <button
            type="button"
            className="link"
            onClick={() => download('/audit/export', 'audit.jsonl').catch(setError)}
          >
            Export the whole audit trail (JSON lines)
          </button>
        </p>
      )}
      <ErrorNote error={error} />
    </section>
  );
}
