/**
 * The list versions the entity is in, and what changed between versions: added to or removed from
 * a list, or which values of which properties changed (values for the versions the store still
 * keeps, property names for older ones).
 */
import type { HistoryAnswer, PropValue, TimelineEntry } from './api.js';
import { propLabel } from './provenance.js';

const day = (stamp: string) => stamp.slice(0, 10);

function Values({ sign, label, values }: { sign: string; label: string; values: PropValue[] }) {
  if (values.length === 0) return null;
  return (
    <ul aria-label={label} className="changes">
      {values.map((v) => (
        <li key={`${sign}${v.prop}:${v.value}`}>
          <span aria-hidden="true">{sign} </span>
          {propLabel(v.prop)}: {v.value}
        </li>
      ))}
    </ul>
  );
}

function Entry({ e }: { e: TimelineEntry }) {
  const what =
    e.change === 'added'
      ? 'added to the list'
      : e.change === 'removed'
        ? 'removed from the list'
        : `changed: ${e.props.map(propLabel).join(', ')}`;
  return (
    <li>
      <strong>
        {e.dataset} version {e.version}
      </strong>{' '}
      <span className="muted">
        (loaded {day(e.loaded_at)}
        {e.published && `, published ${e.published}`})
      </span>
      : {what}
      {e.change === 'modified' && e.added === null && (
        <span className="muted"> (the values of this older version are no longer kept)</span>
      )}
      {e.added && <Values sign="+" label="Values added" values={e.added} />}
      {e.removed && <Values sign="−" label="Values removed" values={e.removed} />}
    </li>
  );
}

export function TimelineSection({ history }: { history: HistoryAnswer }) {
  return (
    <section aria-labelledby="h-timeline">
      <h2 id="h-timeline">Changes between list versions</h2>
      <ul className="plain">
        {history.datasets.map((d) => (
          <li key={d.dataset}>
            {d.dataset}: in version{d.versions.length === 1 ? '' : 's'} {d.versions.join(', ')}{' '}
            <span className="muted">
              (current version {d.current}
              {d.present ? '' : '; not in it'})
            </span>
          </li>
        ))}
      </ul>
      {history.timeline.length === 0 ? (
        <p className="muted">No change since it was first seen.</p>
      ) : (
        <ol reversed className="timeline">
          {history.timeline.map((e) => (
            <Entry key={`${e.dataset}:${e.version}`} e={e} />
          ))}
        </ol>
      )}
    </section>
  );
}

/** First and last seen, as list versions with the day they were loaded. */
export function seenText(seen: HistoryAnswer['first_seen']): string {
  return seen ? `${seen.dataset} version ${seen.version} (loaded ${day(seen.loaded_at)})` : '—';
}
